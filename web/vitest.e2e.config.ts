// End-to-end tests: Debian's Chromium driven by playwright-core against a
// real `hoistway serve --demo` on a temporary SQLite file and a free
// loopback port, started by e2e/global-setup.ts. Run after `npm run build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
