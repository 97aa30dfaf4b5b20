// The live fit panel in a phone-sized Chromium, against a server with the
// demo demand: it changes as availability and postcode change, never takes
// focus, and speaks through a polite live region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './lib/suite.mjs';
import { phone, appReady, assertNoProblems, assertAccessible, assertFitsWidth } from './lib/browser.mjs';

const suite = serverAndBrowser({ HANDEN_DEMO: 'true' });

const FITS = /Je past nu bij (\d+) van (\d+) werkpakketten\./;
const PLACES = /(\d+) open plek(?:ken)? binnen je bereik\./;

async function summary(page) {
  return page.locator('.fit-panel__line').innerText();
}

// Waits until the summary differs from `before`, and returns it.
async function changed(page, before) {
  await page.waitForFunction(
    (old) => document.querySelector('.fit-panel__line')?.innerText !== old,
    before,
    { timeout: 10_000 },
  );
  return summary(page);
}

test('"what could I do?" answers while you type, and the numbers follow your answers', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/what-could-i-do`);
  await appReady(page);
  assert.equal(await page.locator('.fit-panel__line').getAttribute('aria-live'), 'polite');
  await page.waitForFunction(() => /Je past nu bij/.test(document.querySelector('.fit-panel__line')?.innerText ?? ''));
  let text = await summary(page);
  const total = Number(text.match(FITS)[2]);
  assert.ok(total >= 24, text);

  // A few hours a week rules out the bigger packages.
  const hours = page.getByLabel('Hoeveel uur per week?');
  await hours.fill('4');
  text = await changed(page, text);
  const withFourHours = Number(text.match(FITS)[1]);
  assert.ok(withFourHours < total, text);
  // Typing updated the panel without taking focus from the field.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'hours_per_week');
  // What does not fit is folded away until asked for, with its reasons;
  // once opened it stays open while the answers change.
  await page.locator('.fit-group summary').click();
  assert.match(await page.locator('.fit-panel__body').innerText(), /Je biedt 4 uur per week; dit werk vraagt er minstens 16\./);

  // Only Saturday evening: packages during school days stop fitting.
  await page.getByRole('checkbox', { name: 'zaterdag avond' }).check();
  text = await changed(page, text);
  const saturdayOnly = Number(text.match(FITS)[1]);
  assert.ok(saturdayOnly < withFourHours, text);
  assert.match(await page.locator('.fit-panel__body').innerText(), /Bied ook \w+ \w+ aan: \d+ werkpakket/);

  // Place: Eindhoven lies in the demo demand; Groningen mostly does not.
  await page.getByRole('checkbox', { name: 'maandag ochtend' }).check();
  await page.getByRole('checkbox', { name: 'dinsdag middag' }).check();
  await hours.fill('16');
  await page.getByLabel('Hoe ver wil je reizen?').fill('15');
  await page.getByLabel('Postcode').fill('5611');
  await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('.fit-panel__line')?.innerText ?? ''), PLACES.source, { timeout: 10_000 });
  text = await summary(page);
  const eindhoven = Number(text.match(PLACES)[1]);
  assert.ok(eindhoven > 0, text);
  assert.match(await page.locator('.fit-panel__body').innerText(), /Afstanden gemeten vanaf het midden van postcode 5611\./);

  await page.getByLabel('Postcode').fill('9712');
  text = await changed(page, text);
  const groningen = Number(text.match(PLACES)?.[1] ?? 0);
  assert.ok(groningen < eindhoven, `${groningen} in Groningen, ${eindhoven} in Eindhoven`);
  assert.match(await page.locator('.fit-panel__body').innerText(), /De dichtstbijzijnde open plek is \d+ km weg; je reist tot 15 km\./);

  await assertFitsWidth(page);
  await assertAccessible(page, 'what could I do, panel open');
  assertNoProblems(problems);
  await context.close();
});

test('the panel follows the sign-up answers and the language', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/sign-up/availability`);
  await appReady(page);
  const line = page.locator('.fit-panel__line');
  await page.waitForFunction(() => /Je past nu bij/.test(document.querySelector('.fit-panel__line')?.innerText ?? ''));
  // Folded away on a phone until asked for; the summary stays readable.
  assert.equal(await page.locator('.fit-panel > details').getAttribute('open'), null);
  await page.getByLabel('Hoeveel uur per week?').fill('2');
  await changed(page, await line.innerText());
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => /You fit \d+ of \d+ work packages now\./.test(document.querySelector('.fit-panel__line')?.innerText ?? ''));
  await page.locator('.fit-panel__summary').click();
  await page.locator('.fit-group summary').click();
  assert.match(await page.locator('.fit-panel__body').innerText(), /You offer 2 hours a week; this work needs at least/);
  await assertAccessible(page, 'availability step with the panel open');
  assertNoProblems(problems);
  await context.close();
});

test('leaving a step right after typing does not break the panel', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/sign-up/availability`);
  await appReady(page);
  // Faster than the panel's pause: its pending update outlives the step.
  await page.getByLabel('Hoeveel uur per week?').fill('9');
  await page.getByRole('link', { name: 'Terug' }).click();
  await page.getByRole('heading', { level: 1, name: 'Waar woon je?' }).waitFor();
  await page.waitForTimeout(400);
  assertNoProblems(problems);
  await context.close();
});
