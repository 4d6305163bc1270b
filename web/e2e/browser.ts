// Debian's Chromium under playwright-core (never a downloaded browser), with
// the flags this closed-network machine needs and a fresh user-data-dir.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const CHROMIUM = process.env.HOISTWAY_CHROMIUM ?? '/usr/bin/chromium';
export const RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'e2e-results');

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  baseUrl: string;
  close: () => Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'hoistway-chromium-'));
  mkdirSync(RESULTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  return {
    context,
    baseUrl: inject('baseUrl'),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Uncaught errors of the console's pages; each test file checks it stays empty.
export const pageErrors: string[] = [];

// For a test file: opens the browser before its tests, closes it after them
// and then expects no page to have raised an uncaught error. The returned
// function gives the open browser.
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    expect(pageErrors).toEqual([]);
  });
  return () => {
    if (!browser) throw new Error('the browser is not open');
    return browser;
  };
}

// A new tab (its own sessionStorage: nobody signed in) at `path`.
export async function newPage(browser: Browser, path = '/'): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(new URL(path, browser.baseUrl).toString());
  return page;
}

// Signs in through the demo list of the sign-in page (and lands on the page
// asked for, or the fleet).
export async function signInAsDemo(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await expect.poll(() => page.getByLabel('User name').inputValue()).toBe(name);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

// Pairs of visible texts (labels, values, headings, buttons, table cells)
// whose boxes overlap on the page: each pair as "a | b". Empty when the
// layout keeps every text apart, whatever the language's word lengths.
export async function overlappingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes: { text: string; rect: DOMRect; owner: Element }[] = [];
    const selector = 'label, dt, dd, th, td, button, summary, legend, h1, h2, h3, h4, small, option:checked, a, p, li';
    for (const element of document.querySelectorAll(selector)) {
      const style = window.getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (element.closest('.visually-hidden')) continue; // for screen readers only
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width > 1 && rect.height > 1) boxes.push({ text: node.textContent.trim(), rect, owner: element });
        }
      }
    }
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.owner === b.owner) continue;
        const dx = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const dy = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (dx > 2 && dy > 2) found.push(`${a.text} | ${b.text}`);
      }
    }
    return found;
  });
}
