// The Test tower in the browser against the real server: an example lift
// passes every test; with a fault from the catalogue exactly the tests it
// names fail; a test's traces are drawn; the HTML report downloads; a bad
// change and a bad description are answered where they are; a tablet-sized
// window does not scroll sideways; an inspector records a run as a type test
// of a lift model, and the lift's page shows it.
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

import { newPage, screenshot, signInAsDemo, useBrowser } from './browser';

const browser = useBrowser();

async function openTower(page: Page, example: string): Promise<void> {
  await page.getByRole('link', { name: 'Test tower' }).click();
  await page.getByRole('heading', { name: 'Test tower', level: 1 }).waitFor();
  const choice = page.getByLabel('Example lift');
  await expect.poll(() => choice.locator('option').count()).toBeGreaterThan(1);
  expect(await choice.inputValue()).toBe('');
  await choice.selectOption(example);
  await page.getByRole('button', { name: 'Open the example' }).click();
}

async function run(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run the tests' }).click();
  await expect
    .poll(() => page.getByTestId('tower-results').getAttribute('data-stale'), { timeout: 30_000 })
    .toBe('false');
}

// Each test's id and verdict, as the table shows them.
async function verdicts(page: Page): Promise<Record<string, string>> {
  const rows = page.getByTestId('tower-tests').locator('tbody tr');
  const out: Record<string, string> = {};
  for (let i = 0; i < (await rows.count()); i += 1) {
    const row = rows.nth(i);
    const id = (await row.locator('.tower-test-button').textContent()) ?? '';
    out[id] = (await row.locator('.tower-verdict').textContent()) ?? '';
  }
  return out;
}

describe('the Test tower', () => {
  test('an example passes, a fault fails its tests, a test shows its traces and the report downloads', async () => {
    const page = await newPage(browser());
    await signInAsDemo(page, 'demo-owner');
    await openTower(page, 'mrl-630');
    const text = page.getByLabel('Lift description');
    expect(await text.inputValue()).toContain('name: MRL 630 kg');
    // Nothing chosen for the user.
    for (const box of await page.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(false);

    await run(page);
    expect(await page.getByTestId('tower-verdict').textContent()).toContain('all 12 tests passed');
    const passed = await verdicts(page);
    expect(Object.keys(passed)).toHaveLength(12);
    expect(Object.values(passed).every((v) => v === '✓ pass')).toBe(true);
    // An owner may not record type tests.
    expect(await page.getByTestId('record-type-test').count()).toBe(0);
    await screenshot(page, 'tower-pass');

    // A fault from the catalogue: the results are out of date until run again.
    await page.getByLabel(/Worn brake linings/).check();
    await page.getByTestId('tower-stale').waitFor();
    await run(page);
    expect(await page.getByTestId('tower-verdict').textContent()).toContain('2 of 12 tests failed');
    const failed = Object.entries(await verdicts(page))
      .filter(([, v]) => v !== '✓ pass')
      .map(([id, v]) => `${id} ${v}`);
    expect(failed).toEqual(['brake_125 ✗ FAIL', 'brake_one_set ✗ FAIL']);

    // The traces of a failed test.
    await page.getByRole('button', { name: 'brake_125: show its traces' }).click();
    const detail = page.getByTestId('tower-detail');
    await detail.getByRole('heading', { name: /Test brake_125/ }).waitFor();
    for (const q of ['position', 'speed', 'acceleration']) {
      const canvas = page.getByTestId(`chart-brake_125-${q}`).locator('canvas');
      await canvas.waitFor();
      expect((await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    }
    expect(await detail.locator('.tower-events li').first().textContent()).toMatch(/s, car at .* m: brake acts/);
    await screenshot(page, 'tower-fault');

    // The normal runs: speed, acceleration and jerk, with ride figures.
    const full = page.getByTestId('run-full_travel');
    await full.getByTestId('chart-run-full_travel-jerk').locator('canvas').waitFor();
    expect(await full.getByRole('row', { name: /maximum jerk/ }).textContent()).toMatch(/\d m\/s³$/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the report (HTML)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tower-report-mrl-630-kg-1-0-m-s-1-1-residential.html');
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Virtual test tower: MRL 630 kg');
    expect(html).toContain('worn_brake_lining');
    await page.close();
  });

  test('a bad change and a bad description are answered where they are', async () => {
    const page = await newPage(browser(), '/tower');
    await signInAsDemo(page, 'demo-technician');
    await page.getByRole('heading', { name: 'Test tower', level: 1 }).waitFor();
    const choice = page.getByLabel('Example lift');
    await expect.poll(() => choice.locator('option').count()).toBeGreaterThan(1);
    await choice.selectOption('mr-1000-2to1');
    await page.getByRole('button', { name: 'Open the example' }).click();

    // A change whose value is not a number: the server's answer at that change.
    await page.getByRole('button', { name: 'Add a change' }).click();
    const change = page.getByRole('group', { name: 'Change 1' });
    await change.getByLabel('Key').selectOption('lift.brake.torque_per_set_nm');
    await change.getByLabel('Value (N·m)').fill('strong');
    await page.getByRole('button', { name: 'Run the tests' }).click();
    const changeError = change.getByRole('alert');
    await changeError.waitFor();
    expect(await changeError.textContent()).toMatch(/lift\.brake\.torque_per_set_nm.*strong/);
    expect(await page.getByTestId('tower-results').count()).toBe(0);
    await change.getByRole('button', { name: 'Remove change 1' }).click();

    // A misspelt key: the line is marked and the loader's message stands at it.
    const text = page.getByLabel('Lift description');
    await text.fill((await text.inputValue()).replace('rated_speed_mps: 1.6', 'rated_sped_mps: 1.6'));
    const line = (await text.inputValue()).split('\n').findIndex((l) => l.includes('rated_sped_mps')) + 1;
    await page.getByRole('button', { name: 'Run the tests' }).click();
    const message = page.getByTestId('error-at-line');
    await message.waitFor();
    expect(await message.textContent()).toMatch(
      new RegExp(`^lift\\.yaml:${line}:\\d+: lift\\.rated_sped_mps: unknown key \\(did you mean 'rated_speed_mps'\\?\\)`),
    );
    expect(await page.locator('.gutter-error').textContent()).toBe(`▶ ${line}`);
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    // The message is just under its line.
    const band = await page.getByTestId('error-line-band').boundingBox();
    const box = await message.boundingBox();
    expect(band && box && box.y - (band.y + band.height)).toBeGreaterThanOrEqual(0);
    expect(band && box && box.y - (band.y + band.height)).toBeLessThan(12);
    await screenshot(page, 'tower-bad-description');

    // Go to the line, fix it, and the suite runs.
    await page.getByRole('button', { name: `Go to line ${line}` }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lift-text');
    await text.fill((await text.inputValue()).replace('rated_sped_mps', 'rated_speed_mps'));
    await run(page);
    expect(await page.getByTestId('tower-verdict').textContent()).toContain('all 12 tests passed');
    await page.close();
  });

  test('a tablet-sized window has no sideways scrolling, results and charts included', async () => {
    const page = await newPage(browser());
    await page.setViewportSize({ width: 768, height: 1024 });
    await signInAsDemo(page, 'demo-admin');
    await openTower(page, 'gearless-1600-4');
    await page.getByLabel(/Governor trips too late/).check();
    await run(page);
    expect(Object.entries(await verdicts(page)).filter(([, v]) => v !== '✓ pass').map(([id]) => id)).toEqual([
      'governor_tripping',
    ]);
    await page.getByRole('button', { name: 'governor_tripping: show its traces' }).click();
    await page.getByTestId('chart-governor_tripping-speed').locator('canvas').waitFor();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    const table = await page.getByTestId('tower-tests').evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
    expect(table[0]).toBeLessThanOrEqual(table[1]! + 1);
    await screenshot(page, 'tower-tablet');
    await page.close();
  });

  test("an inspector records a run as a type test of a model, and the lift's page lists it", async () => {
    const page = await newPage(browser());
    await signInAsDemo(page, 'demo-inspector');
    await openTower(page, 'mrl-630');
    await run(page);
    const record = page.getByTestId('record-type-test');
    expect(await record.getByTestId('chosen-model').textContent()).toBe('No model chosen yet.');
    await record.getByLabel('Find a lift model').fill('DL-400');
    await record.getByRole('button', { name: 'Search', exact: true }).click();
    const model = record.getByRole('radio', { name: 'Example Hoist Ltd DL-400' });
    await model.waitFor();
    expect(await model.isChecked()).toBe(false);
    await model.check();
    await record.getByRole('button', { name: 'Record as a type test…' }).click();
    const confirm = record.getByRole('group', { name: /Record the run of MRL 630 kg/ });
    expect(await confirm.textContent()).toContain('as a type test of Example Hoist Ltd DL-400?');
    await confirm.getByRole('button', { name: 'Confirm: record it' }).click();
    const recorded = record.getByTestId('type-test-recorded');
    await recorded.waitFor();
    const text = (await recorded.textContent()) ?? '';
    const match = /Recorded: type test (\d+) of Example Hoist Ltd DL-400, verdict ✓ pass/.exec(text);
    expect(match, text).not.toBeNull();
    const id = match![1]!;
    await screenshot(page, 'tower-type-test-recorded');

    // Lift 9000002 of the demo fleet is an Example Hoist Ltd DL-400.
    await page.goto(new URL('/lifts/9000002', browser().baseUrl).toString());
    const section = page.getByTestId('lift-type-tests');
    await section.getByRole('heading', { name: 'Type tests of this model' }).waitFor();
    const row = section.getByRole('row', { name: new RegExp(`no\\. ${id}, by demo-inspector`) });
    await row.waitFor();
    expect(await row.textContent()).toContain('✓ pass');
    expect(await row.textContent()).toContain('MRL 630 kg 1.0 m/s, 1:1, residential');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `HTML report of type test ${id}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`type-test-${id}.html`);
    expect(readFileSync(await download.path(), 'utf8')).toContain(`type test ${id} of model`);
    // The section fits a tablet too.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'lift-type-tests');
    await page.close();
  });
});
