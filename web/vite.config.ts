// Vite builds the console into dist/ (served by `hoistway serve` at /); in
// development (`npm run dev`) it proxies /api to a running server, by default
// http://127.0.0.1:8080 (HOISTWAY_API overrides). Vitest runs the component
// tests (src/**/*.test.ts[x]) in jsdom; the end-to-end tests have their own
// configuration (vitest.e2e.config.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const api = process.env.HOISTWAY_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: api, changeOrigin: false } },
    // The workbench preloads ../examples/office.yaml.
    fs: { allow: ['..'] },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
