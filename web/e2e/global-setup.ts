// Starts a real `hoistway serve --demo` on a temporary SQLite file and a
// free loopback port (the server picks it: --port 0) for the end-to-end
// tests, and stops it afterwards. The binary is $HOISTWAY_BIN, else
// ../build/release/hoistway; the console is ./dist (run `npm run build`).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const START_TIMEOUT_MS = 180_000; // the demo fleet takes a while in a sanitizer build

function waitForAddress(server: ChildProcess, log: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`hoistway serve did not start:\n${log.join('')}`)), START_TIMEOUT_MS);
    server.stderr?.setEncoding('utf8');
    server.stderr?.on('data', (chunk: string) => {
      log.push(chunk);
      const match = /serving (http:\/\/[^/\s]+\/)/.exec(log.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`hoistway serve exited with ${code}:\n${log.join('')}`));
    });
  });
}

export default async function setup(project: TestProject) {
  const binary = process.env.HOISTWAY_BIN ?? resolve(web, '..', 'build', 'release', 'hoistway');
  const dist = join(web, 'dist');
  if (!existsSync(binary)) throw new Error(`no hoistway binary at ${binary}; build it or set HOISTWAY_BIN`);
  if (!existsSync(join(dist, 'index.html'))) throw new Error('web/dist is not built: run `npm run build` first');

  const dir = mkdtempSync(join(tmpdir(), 'hoistway-e2e-'));
  const log: string[] = [];
  // Every test signs in afresh from this one loopback address, more often
  // than the default ten a minute; the throttle has its own API tests.
  const server = spawn(
    binary,
    ['serve', '--demo', '--db', `sqlite:${join(dir, 'demo.sqlite')}`, '--port', '0', '--static', dist,
      '--sign-ins-per-minute', '1000'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let baseUrl: string;
  try {
    baseUrl = await waitForAddress(server, log);
  } catch (e) {
    server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    await new Promise<void>((done) => {
      if (server.exitCode !== null) return done();
      server.once('exit', () => done());
      server.kill('SIGTERM');
      setTimeout(() => server.kill('SIGKILL'), 10_000).unref();
    });
    rmSync(dir, { recursive: true, force: true });
  };
}
