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
});
