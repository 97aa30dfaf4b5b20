// The walking skeleton in a phone-sized Chromium: the app loads from
// `handen serve`, speaks Dutch by default, switches to English and back,
// remembers the choice, and has no console errors or failed requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './lib/suite.mjs';
import {
  phone, appReady, assertNoProblems, assertFitsWidth, assertAccessible,
} from './lib/browser.mjs';

const suite = serverAndBrowser();

test('home page: Dutch by default, English and back, remembered', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/`);
  await appReady(page);

  const heading = page.getByRole('heading', { level: 1 });
  await assert.doesNotReject(heading.filter({ hasText: 'Extra handen in een crisis' }).waitFor());
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.match(await page.title(), /Extra handen in een crisis/);
  for (const sector of ['Zorg', 'Onderwijs', 'Toezicht en handhaving', 'Kinderopvang']) {
    assert.equal(await page.getByRole('heading', { level: 3, name: sector }).count(), 1, sector);
  }
  assert.equal(await page.getByRole('link', { name: 'Aanmelden om te helpen' }).count(), 1);
  assert.equal(await page.getByRole('heading', { name: 'Voor organisaties' }).count(), 1);
  await assertFitsWidth(page);
  await assertAccessible(page, 'home (nl)');

  await page.getByRole('button', { name: 'English' }).click();
  await heading.filter({ hasText: 'Extra hands in a crisis' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByRole('link', { name: 'Sign up to help' }).count(), 1);
  await assertAccessible(page, 'home (en)');

  await page.reload();
  await appReady(page);
  await heading.filter({ hasText: 'Extra hands in a crisis' }).waitFor();

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await heading.filter({ hasText: 'Extra handen in een crisis' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');

  assertNoProblems(problems);
  await context.close();
});

test('about page carries the postcode data attribution', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/`);
  await appReady(page);
  await page.getByRole('link', { name: 'Over en privacy' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Over Handen en je privacy' }).waitFor();
  assert.equal(page.url(), `${suite.server.base}/about`);
  const attribution = await page.locator('.attribution').innerText();
  assert.match(attribution, /GeoNames \(www\.geonames\.org\)/);
  assert.match(attribution, /CC BY 4\.0/);
  assert.match(attribution, /CBS/);
  // Focus moved to the new page's heading after the client-side navigation.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5_000 });
  await assertFitsWidth(page);
  await assertAccessible(page, 'about');
  assertNoProblems(problems);
  await context.close();
});

test('unknown addresses show the not-found page', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/no/such/page`);
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  await page.getByRole('heading', { level: 1, name: 'Extra handen in een crisis' }).waitFor();
  await assertAccessible(page, 'not found');
  assertNoProblems(problems);
  await context.close();
});

test('keyboard: the skip link is the first stop and moves focus into the content', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/`);
  await appReady(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // After skipping, the next stop is inside the main content.
  assert.ok(await page.evaluate(() => document.querySelector('main').contains(document.activeElement)));
  assertNoProblems(problems);
  await context.close();
});
