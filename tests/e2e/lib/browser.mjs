// Debian's Chromium driven by playwright-core, as a phone: 360x740, touch.
// Every page records console errors and failed requests; tests assert none.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';

export const PHONE = { width: 360, height: 740 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

// A fresh phone-sized context whose browser prefers English, so a test can
// tell Handen's own Dutch default from the browser's language.
export async function phone(browser, options = {}) {
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    ...options,
  });
  const page = await context.newPage();
  const problems = [];
  // Tests that cut the network on purpose set `expectNetworkFailures`.
  const expect = { networkFailures: false };
  page.on('console', (msg) => {
    const networkNoise = expect.networkFailures && /Failed to load resource: net::/.test(msg.text());
    if (msg.type() === 'error' && !networkNoise) problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (!expect.networkFailures) {
      problems.push(`request failed: ${req.method()} ${req.url()} ${req.failure()?.errorText}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) {
      problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
    }
  });
  return { context, page, problems, expect };
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems, [], 'the page logged errors or had failed requests');
}

// The page must not scroll sideways at phone width.
export async function assertFitsWidth(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `page is ${width}px wide at ${PHONE.width}px`);
}

export async function assertAccessible(page, what) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  assert.deepEqual(summary, [], `axe-core violations on ${what}`);
}

// Waits until the wasm app has rendered a page heading.
export async function appReady(page) {
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 20_000 });
}
