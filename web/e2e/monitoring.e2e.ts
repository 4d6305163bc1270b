// Connected lifts in the browser: a Mosquitto of this test's own, `hoistway
// serve --demo --broker` (its monitor waits 5 s, not 30, before declaring an
// entrapment: a rules file), an emulated fleet for live traffic, and one
// entrapment published by hand. The page must show it unmissably, let an
// admin acknowledge and close it, and show a lift's health and charts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { pageErrors, screenshot, signInAsDemo, useBrowser } from './browser';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(web, '..');
const MOSQUITTO = ['/usr/sbin/mosquitto', '/usr/bin/mosquitto'].find((p) => existsSync(p));
const BINARY = process.env.HOISTWAY_BIN ?? resolve(root, 'build', 'release', 'hoistway');
const START_TIMEOUT_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

function waitForText(child: ChildProcess, pattern: RegExp, log: string[]): Promise<RegExpExecArray> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${pattern} in:\n${log.join('')}`)), START_TIMEOUT_MS);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      log.push(chunk);
      const match = pattern.exec(log.join(''));
      if (match) {
        clearTimeout(timer);
        done(match);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code}:\n${log.join('')}`));
    });
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  return new Promise((done) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

function publish(port: number, topic: string, payload: unknown): void {
  const result = spawnSync('mosquitto_pub', ['-h', '127.0.0.1', '-p', String(port), '-q', '1', '-t', topic, '-m', JSON.stringify(payload)]);
  if (result.status !== 0) throw new Error(`mosquitto_pub: ${result.stderr.toString()}`);
}

describe.skipIf(!MOSQUITTO)('connected lifts', () => {
  const browser = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'hoistway-e2e-monitoring-'));
  let broker: ChildProcess | undefined;
  let server: ChildProcess | undefined;
  let emulator: ChildProcess | undefined;
  let baseUrl = '';
  let port = 0;

  beforeAll(async () => {
    port = await freePort();
    writeFileSync(
      join(dir, 'mosquitto.conf'),
      `${readFileSync(join(root, 'data', 'mosquitto', 'hoistway.conf'), 'utf8')}\nlistener ${port} 127.0.0.1\npersistence false\n`,
    );
    broker = spawn(MOSQUITTO!, ['-c', join(dir, 'mosquitto.conf')], { stdio: 'ignore' });
    writeFileSync(join(dir, 'rules.yaml'), 'entrapment: {after_s: 5}\n');
    const db = `sqlite:${join(dir, 'demo.sqlite')}`;
    const url = `mqtt://127.0.0.1:${port}`;
    server = spawn(
      BINARY,
      ['serve', '--demo', '--db', db, '--port', '0', '--static', join(web, 'dist'), '--broker', url,
        '--rules', join(dir, 'rules.yaml'), '--client-id', 'e2e-serve'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const serving = await waitForText(server, /serving (http:\/\/[^/\s]+\/)/, []);
    baseUrl = serving[1]!;
    await waitForText(server, /monitor: connected/, []).catch(() => undefined);
    emulator = spawn(BINARY, ['emulate', '--broker', url, '--db', db, '--lifts', '40', '--duration', '900', '--seed', '3'], {
      stdio: 'ignore',
    });
  }, START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await stop(emulator);
    await stop(server);
    await stop(broker);
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await browser().context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    await page.goto(new URL(path, baseUrl).toString());
    return page;
  }

  test('an entrapment is unmissable, and an admin acknowledges and closes it', async () => {
    const page = await open('/sign-in');
    await signInAsDemo(page, 'demo-admin');
    await page.getByRole('link', { name: 'Monitoring' }).click();
    await page.getByRole('heading', { name: 'Monitoring', level: 1 }).waitFor();

    // Passengers trapped in 9000012: 300 kg in the car, stopped between floors.
    const now = new Date().toISOString();
    publish(port, 'hoistway/v1/lift/9000012/status', { time: now, mode: 'normal', floor: 6, moving: false, doors: 'closed', load_kg: 300 });
    publish(port, 'hoistway/v1/lift/9000012/event', { id: 'e2e-stop-1', time: now, kind: 'stopped_outside_door_zone', floor: 6 });

    const banner = page.getByTestId('entrapment-banner');
    await banner.waitFor({ timeout: 40_000 });
    expect(await banner.textContent()).toContain('PASSENGERS TRAPPED');
    expect(await banner.textContent()).toContain('Lift 9000012');
    const row = page.locator('tr.alarm-row-entrapment');
    await row.waitFor();
    expect(await row.textContent()).toContain('work order');
    // Live traffic from the emulator colours the grid.
    await expect.poll(() => page.locator('.tile-normal').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await screenshot(page, 'monitoring-entrapment');

    await row.getByRole('button', { name: /Acknowledge/ }).click();
    await expect.poll(() => row.textContent()).toContain('acknowledged by demo-admin');
    await row.getByRole('button', { name: /Close/ }).click();
    await page.getByLabel(/Note on closing alarm/).fill('passengers released by the technician');
    await page.getByRole('button', { name: 'Close alarm' }).click();
    await expect.poll(() => page.getByTestId('entrapment-banner').count()).toBe(0);
    await page.close();
  });

  test('a lift shows its availability, signals, charts and event log', async () => {
    // A lift the demo technician's company (company 1) maintains, among the
    // emulated ones (the first 40): found through the API, as the demo fleet's
    // draws change with its data.
    const page = await open('/sign-in?next=%2Fmonitoring');
    await signInAsDemo(page, 'demo-technician');
    const token = await page.evaluate(() => {
      const stored = window.sessionStorage.getItem('hoistway.session');
      return stored ? (JSON.parse(stored) as { token: string }).token : '';
    });
    const lifts = (await (
      await page.request.get(new URL('/api/v1/lifts?company_id=1&per_page=100', baseUrl).toString(), {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { items: { registration_no: string }[] };
    const reg = lifts.items.map((l) => l.registration_no).find((r) => Number(r) <= 9000040) ?? '';
    expect(reg).toMatch(/^\d{7}$/);
    await page.goto(new URL(`/monitoring?lift=${reg}`, baseUrl).toString());
    await page.getByRole('heading', { name: `Lift ${reg}` }).waitFor();
    await page.getByTestId('availability').waitFor();
    expect(await page.getByTestId('availability').textContent()).toMatch(/% in service/);
    await page.getByRole('table', { name: /Predictive signals of the lift/ }).waitFor();
    await page.getByTestId('chart-availability').waitFor();
    // Trips arrive every few tens of seconds; the chart appears with the first.
    await page.getByTestId('chart-door').waitFor({ timeout: 60_000 });
    await page.getByRole('table', { name: /Events the lift sent/ }).waitFor();
    await screenshot(page, 'monitoring-lift');
    // The technician of company 1 sees only that company's lifts in the grid.
    const tiles = await page.locator('.fleet-grid .tile').count();
    expect(tiles).toBeGreaterThan(0);
    expect(tiles).toBeLessThan(300);
    await page.close();
  }, 90_000);
});
