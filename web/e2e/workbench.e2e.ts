// The traffic workbench in the browser: the round-trip time of the example
// building, a simulation run on the server to its charts, one cancelled,
// and a bad description answered with the loader's line.
import { describe, expect, test } from 'vitest';

import { newPage, screenshot, signInAsDemo, useBrowser } from './browser';

const browser = useBrowser();

describe('the traffic workbench', () => {
  test('calculates the round-trip time and simulates the example to its charts', async () => {
    const page = await newPage(browser());
    await signInAsDemo(page, 'demo-owner');
    await page.getByRole('link', { name: 'Traffic workbench' }).click();
    const text = page.getByLabel('Building description');
    expect(await text.inputValue()).toContain('Sixteen-floor office');

    await page.getByRole('button', { name: 'Calculate round-trip time' }).click();
    const rtt = page.getByTestId('rtt-table');
    await rtt.waitFor();
    expect(await rtt.getByRole('row', { name: /Round-trip time RTT/ }).textContent()).toMatch(/\d/);

    await page.getByLabel('Runs').fill('2');
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await expect.poll(() => page.getByTestId('job-status').textContent(), { timeout: 60_000 }).toBe('done');
    for (const chart of ['chart-waiting-histogram', 'chart-queue', 'chart-trajectory']) {
      const canvas = page.getByTestId(chart).locator('canvas');
      await canvas.waitFor();
      const box = await canvas.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
    }
    // The legend names every car (the axes are drawn on the canvas).
    const legend = await page.getByTestId('chart-trajectory').locator('.u-legend').textContent();
    expect(legend).toMatch(/A1.*A8/s);
    const figures = page.getByTestId('figures-table');
    expect(await figures.getByRole('row', { name: /Mean waiting time/ }).textContent()).toMatch(/±/);
    await screenshot(page, 'workbench-results');
    await page.close();
  });

  test('a long simulation shows its progress and can be cancelled', async () => {
    // Asked for before signing in, the workbench opens after.
    const page = await newPage(browser(), '/workbench');
    await signInAsDemo(page, 'demo-inspector');
    await page.getByRole('heading', { name: 'Traffic workbench', level: 1 }).waitFor();
    const text = page.getByLabel('Building description');
    // A week of traffic, 20 runs: long enough to be cancelled.
    await text.fill((await text.inputValue()).replace('duration_s: 3600', 'duration_s: 604800'));
    await page.getByLabel('Runs').fill('20');
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const progress = page.getByRole('progressbar', { name: 'Simulation progress' });
    await progress.waitFor();
    // It moves (live events or polling), then Cancel stops it.
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await screenshot(page, 'workbench-progress');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => page.getByTestId('job-status').textContent()).toBe('cancelled');
    expect(await page.getByTestId('chart-trajectory').count()).toBe(0);
    await page.close();
  });

  test('a bad building description is answered with the line that is wrong', async () => {
    const page = await newPage(browser());
    await signInAsDemo(page, 'demo-technician');
    await page.getByRole('link', { name: 'Traffic workbench' }).click();
    const text = page.getByLabel('Building description');
    await text.fill((await text.inputValue()).replace('rated_speed_mps: 2.5', 'rated_sped_mps: 2.5'));
    await page.getByRole('button', { name: 'Calculate round-trip time' }).click();
    const error = page.locator('#building-text-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^building\.yaml:\d+:\d+: .*did you mean 'rated_speed_mps'/);
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Back to the example' }).click();
    await page.close();
  });

  test('pins a result, compares destination control with it, exports and marks stale results', async () => {
    const page = await newPage(browser());
    await signInAsDemo(page, 'demo-owner');
    await page.getByRole('link', { name: 'Traffic workbench' }).click();
    const text = page.getByLabel('Building description');
    await page.getByRole('button', { name: 'Back to the example' }).click();
    // Half an hour of traffic keeps the runs short.
    await text.fill((await text.inputValue()).replace('duration_s: 3600', 'duration_s: 1800'));
    await page.getByLabel('Runs').fill('3');
    await page.getByRole('button', { name: 'Calculate round-trip time' }).click();
    await page.getByTestId('general-analysis').waitFor();
    expect(await page.getByTestId('targets-rtt').textContent()).toMatch(/Interval.*(met|not met)/);
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await expect.poll(() => page.getByTestId('job-status').textContent(), { timeout: 60_000 }).toBe('done');
    expect(await page.getByTestId('targets-simulated').textContent()).toMatch(/Handling capacity.*met/);
    await page.getByTestId('round-trip-note').waitFor();

    // CSV of the figures.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export figures (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('hoistway-simulation.csv');

    await page.getByRole('button', { name: 'Pin for comparison' }).click();
    await page.getByTestId('pinned').waitFor();
    // The form changes the control: the results are marked stale.
    await page.getByLabel('Call model of group A').selectOption('destination');
    await page.getByLabel('Group control of group A').selectOption('etd');
    expect(await text.inputValue()).toMatch(/call_model: destination/);
    await page.getByTestId('stale-notice').waitFor();

    await page.getByRole('button', { name: 'Compare with the pinned result' }).click();
    await expect.poll(() => page.getByTestId('job-status').textContent(), { timeout: 90_000 }).toBe('done');
    const table = page.getByTestId('comparison-table');
    await table.waitFor();
    expect(await table.getByRole('row', { name: /Mean time to destination/ }).textContent()).toMatch(/\[[-+]?[\d.]+, [-+]?[\d.]+\]/);
    for (const chart of ['chart-compare-histogram', 'chart-compare-queue']) {
      await page.getByTestId(chart).locator('canvas').waitFor();
    }
    expect(await page.getByTestId('stale-notice').count()).toBe(0);
    await screenshot(page, 'workbench-comparison');
    await page.close();
  });

  test('the line numbers mark the line an error names', async () => {
    const page = await newPage(browser());
    await signInAsDemo(page, 'demo-owner');
    await page.getByRole('link', { name: 'Traffic workbench' }).click();
    const text = page.getByLabel('Building description');
    await page.getByRole('button', { name: 'Back to the example' }).click();
    await text.fill((await text.inputValue()).replace('dispatcher: collective', 'dispatcher: etdd'));
    await page.getByRole('button', { name: 'Calculate round-trip time' }).click();
    const go = page.getByRole('button', { name: /Go to line \d+/ });
    await go.waitFor();
    const line = Number((await go.textContent())?.replace(/\D/g, ''));
    expect(await page.getByTestId('line-numbers').locator('.bad-line').textContent()).toBe(`${line}\n`);
    await go.click();
    const selected = await text.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toContain('dispatcher: etdd');
    await screenshot(page, 'workbench-error-line');
    // The text and the form stack on a tablet, without sideways scrolling.
    await page.setViewportSize({ width: 768, height: 1024 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'workbench-tablet');
    await page.close();
  });
});
