// Certificates in the browser against the real server: from a demo lift's
// page to its model's certificate and the model's type tests (with a report),
// to a fitted part's certificate, an unknown number, and a tablet-sized
// window without sideways scrolling.
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

import { newPage, screenshot, signInAsDemo, useBrowser } from './browser';

const browser = useBrowser();

// The demo owner answers for the first buildings of the demo fleet, 9000001's among them.
const LIFT = '9000001';

async function noSidewaysScrolling(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('certificates', () => {
  test("from a lift's page to its model's certificate with the model's type tests, and to a part's", async () => {
    const page = await newPage(browser(), `/lifts/${LIFT}`);
    await signInAsDemo(page, 'demo-owner');
    await page.getByRole('heading', { name: `Lift ${LIFT}`, level: 1 }).waitFor();

    // The model's certificate, from the lift's data.
    const modelLink = page.getByRole('link', { name: /^DEMO-M-00\d$/ });
    const modelNo = (await modelLink.textContent()) ?? '';
    const modelName = `DL-${modelNo.slice(-1)}00`;
    await modelLink.click();
    await page.getByRole('heading', { name: `Certificate ${modelNo}`, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/certificates/${modelNo}`);
    expect(await page.locator('.certificate-lead').textContent()).toMatch(new RegExp(`^Lift model: .+ ${modelName}$`));
    expect(await page.getByTestId('certificate-state').textContent()).toMatch(
      /^Valid: the certificate is in force\. It remains valid up to and including \d{4}-\d{2}-\d{2}\.$/,
    );

    // The model's type tests (the demo has some for each model), with their reports.
    const section = page.getByTestId('certificate-type-tests');
    await section.getByRole('heading', { name: 'Type tests of this model', level: 2 }).waitFor();
    const table = section.getByRole('table', { name: new RegExp(`^Type tests of .+ ${modelName} \\(\\d+\\), newest first$`) });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const verdicts = await rows.locator('.tower-verdict').allTextContents();
    expect(verdicts.every((v) => v === '✓ pass' || v === '✗ FAIL')).toBe(true);
    expect(verdicts).toContain('✓ pass');
    const first = rows.first();
    const id = /no\. (\d+), by /.exec((await first.locator('th').textContent()) ?? '')?.[1];
    expect(id).toBeDefined();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      first.getByRole('button', { name: `HTML report of type test ${id}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`type-test-${id}.html`);
    expect(readFileSync(await download.path(), 'utf8')).toContain(`type test ${id} of model`);
    await screenshot(page, 'certificate-model');

    // The page fits a tablet.
    await page.setViewportSize({ width: 768, height: 1024 });
    await noSidewaysScrolling(page);
    const frame = await table.evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
    expect(frame[0]).toBeLessThanOrEqual(frame[1]! + 1);
    await screenshot(page, 'certificate-model-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Back on the lift's page, a fitted part's certificate.
    await page.goBack();
    await page.getByRole('heading', { name: 'Certified safety components' }).waitFor();
    const partLink = page.getByRole('link', { name: /^DEMO-C-\d{3}-01$/ });
    const partNo = (await partLink.textContent()) ?? '';
    await partLink.click();
    await page.getByRole('heading', { name: `Certificate ${partNo}`, level: 1 }).waitFor();
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('CertifiesSafety component');
    expect(facts).toMatch(/Component kind\S/);
    expect(await page.getByTestId('certificate-type-tests').count()).toBe(0);
    await screenshot(page, 'certificate-component');
    await page.close();
  });

  test('an unknown number says there is no such certificate', async () => {
    const page = await newPage(browser(), '/certificates/NO-SUCH-1');
    await signInAsDemo(page, 'demo-admin');
    await page.getByRole('heading', { name: 'Certificate NO-SUCH-1', level: 1 }).waitFor();
    expect(await page.getByTestId('certificate-missing').textContent()).toBe(
      'No such certificate. The registry has no certificate numbered NO-SUCH-1. Check the number.',
    );
    await screenshot(page, 'certificate-missing');
    await page.close();
  });
});
