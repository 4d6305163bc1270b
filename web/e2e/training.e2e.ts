// The training centre in the browser against the real server: a technician
// starts a scenario, runs the tower test the scenario allows (computed by
// the twin on the server: it fails), answers, reads the explanation, and
// finds the session among the records with the demo fleet's.
import { describe, expect, test } from 'vitest';

import { newPage, screenshot, signInAsDemo, useBrowser } from './browser';

const browser = useBrowser();

describe('the training centre', () => {
  test('a technician walks the doors scenario from the call-out to the explanation', async () => {
    const page = await newPage(browser());
    await signInAsDemo(page, 'demo-technician');
    await page.getByRole('link', { name: 'Training' }).click();
    await page.getByRole('heading', { name: 'Training centre', level: 1 }).waitFor();
    // The demo fleet's records (the technician's company's) are listed.
    await page.getByRole('cell', { name: 'demo-technician' }).first().waitFor();

    await page.getByRole('button', { name: 'Start: Passengers are struck by the closing doors' }).click();
    await page.getByRole('heading', { name: 'The call-out' }).waitFor();
    await page.getByRole('table', { name: 'Normal runs (half load)' }).waitFor();

    await page.getByRole('button', { name: 'Run test door_kinetic_energy' }).click();
    const result = page.getByRole('region', { name: 'door_kinetic_energy fail' });
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('10 J');
    await page.getByRole('button', { name: 'Trace door_kinetic_energy' }).click();
    await page.getByRole('img', { name: /Trace of door_kinetic_energy/ }).waitFor();

    await page.getByLabel('The door operator closes too fast').check();
    await page.getByLabel(/Re-adjust the door operator to its commissioned speed/).check();
    await page.getByRole('button', { name: 'Submit the answer' }).click();
    await page.getByText('Score: 100 / 100').waitFor();
    expect(await page.getByText(/Reference: EN 81-20 5\.3\.6\.2\.2\.1 b/).count()).toBe(1);
    await screenshot(page, 'training-graded');

    await page.getByRole('button', { name: 'Choose another scenario' }).click();
    const rows = page.getByRole('row', { name: /Passengers are struck by the closing doors/ });
    await expect.poll(() => rows.count()).toBeGreaterThan(1); // the demo's and this one
    await page.close();
  });

  test('a fault only monitoring sees: left unanswered, continued from the records, answered', async () => {
    const page = await newPage(browser());
    await signInAsDemo(page, 'demo-technician');
    await page.getByRole('link', { name: 'Training' }).click();
    await page.getByRole('button', { name: 'Start: The lift hesitates before it moves' }).click();
    await page.getByRole('heading', { name: 'The call-out' }).waitFor();
    await page.getByRole('button', { name: 'Monitoring: four hours in service' }).click();
    const monitoring = page.getByRole('region', { name: 'Monitoring (emulated)' });
    await monitoring.waitFor({ timeout: 30_000 });
    expect(await monitoring.textContent()).toContain('start_failure');
    await page.getByRole('button', { name: "The lift's history" }).click();
    await page.getByRole('table', { name: "The lift's history (oldest first)" }).waitFor();

    await page.getByRole('button', { name: 'Choose another scenario' }).click();
    await page.getByRole('button', { name: 'Continue: The lift hesitates before it moves' }).first().click();
    await page.getByRole('heading', { name: 'The call-out' }).waitFor();
    // What was observed before is there again, recomputed by the server.
    await page.getByRole('region', { name: 'Monitoring (emulated)' }).waitFor();
    await page.getByRole('table', { name: "The lift's history (oldest first)" }).waitFor();
    await page.getByLabel('The main (start) contactor or its relay sometimes fails to close').check();
    await page.getByRole('button', { name: 'Submit the answer' }).click();
    await page.getByText('Score: 70 / 100').waitFor();
    await screenshot(page, 'training-in-service-graded');
    await page.close();
  });
});
