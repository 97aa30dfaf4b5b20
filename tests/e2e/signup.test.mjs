// The sign-up in a phone-sized Chromium, against the real server: the full
// flow in both languages, the error path, a reload mid-way, a network cut at
// submit, a lost answer, a double tap, and a keyboard-only sign-up; axe-core
// on every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './lib/suite.mjs';
import { phone, appReady, assertNoProblems, assertAccessible, assertFitsWidth } from './lib/browser.mjs';
import { WORDS, PERSON, fillAll, send, expectDone, isoInDays } from './lib/signup.mjs';

const suite = serverAndBrowser();

const registrations = () => suite.server.stats().registrations;
const draft = (page) => page.evaluate(() => localStorage.getItem('handen.sign_up.draft'));

test('a full sign-up in Dutch, checked answers, one registration, draft cleared', async () => {
  const before = registrations();
  const { context, page, problems } = await phone(suite.browser);
  const w = WORDS.nl;
  await page.goto(`${suite.server.base}/`);
  await appReady(page);
  await fillAll(page, w, { ...PERSON, email: 'sanne.nl@example.nl' });
  const answers = await page.locator('main').innerText();
  for (const shown of ['Sanne van der Berg', 'sanne.nl@example.nl', '3511 AB 12', '20 km', 'maandag: ochtend', 'EHBO']) {
    assert.ok(answers.includes(shown), `check page lacks ${shown}:\n${answers}`);
  }
  await send(page, w);
  await expectDone(page, w);
  assert.match(await page.locator('main').innerText(), /Uiterlijk \w+dag \d+ \w+ \d{4} neemt een bemiddelaar/);
  assert.equal(registrations(), before + 1);
  assert.equal(await draft(page), null, 'the draft is cleared after sending');
  assertNoProblems(problems);
  await context.close();
});

test('a full sign-up in English', async () => {
  const before = registrations();
  const { context, page, problems } = await phone(suite.browser);
  const w = WORDS.en;
  await page.goto(`${suite.server.base}/`);
  await appReady(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Extra hands in a crisis' }).waitFor();
  await fillAll(page, w, { ...PERSON, email: 'sanne.en@example.nl' });
  await send(page, w);
  await expectDone(page, w);
  assert.match(await page.locator('main').innerText(), /By \w+day \d+ \w+ \d{4}, a recruiter/);
  assert.equal(registrations(), before + 1);
  assertNoProblems(problems);
  await context.close();
});

test('errors: a summary that takes focus and links to each field, messages that say how to fix', async () => {
  const { context, page, problems } = await phone(suite.browser);
  const w = WORDS.nl;
  await page.goto(`${suite.server.base}/sign-up/name`);
  await page.getByRole('heading', { level: 1, name: 'Wie ben je?' }).waitFor();
  await page.getByRole('button', { name: w.continue }).click();
  const summary = page.locator('.error-summary');
  await summary.getByRole('heading', { name: w.problem }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary', null, { timeout: 5_000 });
  const links = await summary.getByRole('link').allInnerTexts();
  assert.deepEqual(links, ['Vul je voornaam in', 'Vul je achternaam in', 'Vul je geboortedatum in']);
  await assertAccessible(page, 'name step with errors');
  await summary.getByRole('link', { name: 'Vul je achternaam in' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'surname', null, { timeout: 5_000 });
  assert.equal(await page.getByLabel(w.surname, { exact: true }).getAttribute('aria-invalid'), 'true');

  await page.getByLabel(w.givenNames, { exact: true }).fill('Jan');
  await page.getByLabel(w.surname, { exact: true }).fill('Jansen');
  const birth = page.getByRole('group', { name: w.birthDate });
  const fifteen = new Date().getFullYear() - 15;
  await birth.getByLabel(w.day).fill('1');
  await birth.getByLabel(w.month).fill('1');
  await birth.getByLabel(w.year).fill(String(fifteen));
  await page.getByRole('button', { name: w.continue }).click();
  await summary.getByRole('link', { name: 'Je moet minstens 16 jaar zijn om je aan te melden' }).waitFor();
  await birth.getByLabel(w.year).fill('1990');
  await page.getByRole('button', { name: w.continue }).click();

  await page.getByRole('heading', { level: 1, name: 'Hoe kunnen we je bereiken?' }).waitFor();
  await page.getByLabel(w.email).fill('jan@example');
  await page.getByLabel(w.phone).fill('020-1234567');
  await page.getByRole('button', { name: w.continue }).click();
  await summary.getByRole('link', { name: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' }).waitFor();
  await summary.getByRole('link', { name: 'Vul een mobiel nummer in; Nederlandse mobiele nummers beginnen met 06' }).waitFor();
  // The inline message sits with the field and is announced with it.
  const described = await page.getByLabel(w.email).getAttribute('aria-describedby');
  assert.ok(described.split(' ').includes('email-error'), described);
  assert.match(await page.locator('#email-error').innerText(), /Vul een e-mailadres in zoals naam@voorbeeld\.nl/);
  await assertAccessible(page, 'contact step with errors');
  await page.getByLabel(w.email).fill('jan@example.nl');
  await page.getByLabel(w.phone).fill('+31 6 1234 5678');
  await page.getByRole('button', { name: w.continue }).click();
  await page.getByRole('heading', { level: 1, name: 'Waar woon je?' }).waitFor();
  await page.getByLabel(w.postcode).fill('1000 AA');
  await page.getByLabel(w.houseNumber, { exact: true }).fill('1');
  await page.getByLabel(w.travel).fill('10');
  await page.getByRole('button', { name: w.continue }).click();
  await summary.getByRole('link', { name: 'Deze postcode bestaat niet. Controleer de vier cijfers' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('a reload mid-way keeps the draft, and back and forward work', async () => {
  const { context, page, problems } = await phone(suite.browser);
  const w = WORDS.nl;
  await page.goto(`${suite.server.base}/sign-up`);
  await page.waitForURL(`${suite.server.base}/sign-up/name`);
  await page.getByLabel(w.givenNames, { exact: true }).fill('Fatima');
  await page.getByLabel(w.surname, { exact: true }).fill('El Amrani');
  const birth = page.getByRole('group', { name: w.birthDate });
  await birth.getByLabel(w.day).fill('5');
  await birth.getByLabel(w.month).fill('11');
  await birth.getByLabel(w.year).fill('1985');
  await page.getByRole('button', { name: w.continue }).click();
  await page.getByLabel(w.email).fill('fatima@example.nl');
  await page.reload();
  await appReady(page);
  assert.equal(page.url(), `${suite.server.base}/sign-up/contact`);
  assert.equal(await page.getByLabel(w.email).inputValue(), 'fatima@example.nl');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Wie ben je?' }).waitFor();
  assert.equal(await page.getByLabel(w.surname, { exact: true }).inputValue(), 'El Amrani');
  assert.equal(await page.getByRole('group', { name: w.birthDate }).getByLabel(w.year).inputValue(), '1985');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Hoe kunnen we je bereiken?' }).waitFor();
  // A closed tab too: a new page in the same browser profile finds it.
  const other = await context.newPage();
  await other.goto(`${suite.server.base}/sign-up/name`);
  await appReady(other);
  assert.equal(await other.getByLabel(w.givenNames, { exact: true }).inputValue(), 'Fatima');
  assertNoProblems(problems);
  await context.close();
});

test('the network cut at submit, then restored, gives exactly one registration', async () => {
  const before = registrations();
  const { context, page, problems, expect } = await phone(suite.browser);
  const w = WORDS.nl;
  await page.goto(`${suite.server.base}/`);
  await appReady(page);
  await fillAll(page, w, { ...PERSON, email: 'offline@example.nl' });
  expect.networkFailures = true;
  await context.setOffline(true);
  await page.getByRole('button', { name: w.send }).click();
  await page.locator('.send-status', { hasText: w.offline }).waitFor();
  // A second tap while it retries changes nothing (the button says it is
  // busy; a person can still tap it).
  await page.getByRole('button', { name: w.send }).click({ force: true });
  assert.equal(registrations(), before);
  await context.setOffline(false);
  await expectDone(page, w);
  assert.equal(registrations(), before + 1);
  assertNoProblems(problems);
  await context.close();
});

test('an answer lost on the way back is retried with the same key: one registration', async () => {
  const before = registrations();
  const { context, page, problems, expect } = await phone(suite.browser);
  const w = WORDS.nl;
  await page.goto(`${suite.server.base}/`);
  await appReady(page);
  await fillAll(page, w, { ...PERSON, email: 'lost@example.nl' });
  expect.networkFailures = true;
  const keys = [];
  await page.route('**/api/registrations', async (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    if (keys.length === 1) {
      // The server stores the sign-up; the phone never hears the answer.
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await send(page, w);
  await expectDone(page, w);
  assert.ok(keys.length >= 2, `retried: ${keys.length}`);
  assert.equal(new Set(keys).size, 1, 'every attempt carried the same idempotency key');
  assert.equal(registrations(), before + 1);
  assertNoProblems(problems);
  await context.close();
});

// Tab until `locator` has focus, like a keyboard user moving through a page.
async function tabTo(page, locator, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${locator} with Tab`);
}

async function typeInto(page, locator, text) {
  await tabTo(page, locator);
  await page.keyboard.type(text);
}

async function choose(page, group, label) {
  const target = group.getByLabel(label, { exact: true });
  await tabTo(page, group.getByRole('radio').first());
  for (let i = 0; i < 12 && !(await target.isChecked()); i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  assert.ok(await target.isChecked(), `could not choose ${label} with the keyboard`);
}

async function tick(page, locator) {
  await tabTo(page, locator);
  await page.keyboard.press('Space');
  assert.ok(await locator.isChecked());
}

async function continueWithEnter(page, w) {
  await tabTo(page, page.getByRole('button', { name: w.continue }));
  await page.keyboard.press('Enter');
}

test('keyboard only, in English, from the home page to the confirmation', async () => {
  const before = registrations();
  const { context, page, problems } = await phone(suite.browser);
  const w = WORDS.en;
  await page.goto(`${suite.server.base}/`);
  await appReady(page);
  await tabTo(page, page.getByRole('button', { name: 'English' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Extra hands in a crisis' }).waitFor();
  await tabTo(page, page.getByRole('link', { name: w.start }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Who are you?' }).waitFor();

  await typeInto(page, page.getByLabel(w.givenNames, { exact: true }), 'Kees');
  await typeInto(page, page.getByLabel(w.surname, { exact: true }), 'de Vries');
  const birth = page.getByRole('group', { name: w.birthDate });
  await typeInto(page, birth.getByLabel(w.day), '9');
  await typeInto(page, birth.getByLabel(w.month), '12');
  await typeInto(page, birth.getByLabel(w.year), '1979');
  await continueWithEnter(page, w);

  await page.getByRole('heading', { level: 1, name: 'How can we reach you?' }).waitFor();
  await typeInto(page, page.getByLabel(w.email), 'kees.keyboard@example.nl');
  await typeInto(page, page.getByLabel(w.phone), '0612345678');
  await continueWithEnter(page, w);

  await page.getByRole('heading', { level: 1, name: 'Where do you live?' }).waitFor();
  await typeInto(page, page.getByLabel(w.postcode), '9712CP');
  await typeInto(page, page.getByLabel(w.houseNumber, { exact: true }), '3');
  await typeInto(page, page.getByLabel(w.travel), '25');
  await continueWithEnter(page, w);

  await page.getByRole('heading', { level: 1, name: 'When can you help?' }).waitFor();
  // A date field takes its parts in the browser's order (en-US: month, day, year).
  const [year, month, day] = isoInDays(2).split('-');
  await typeInto(page, page.getByLabel(w.from), `${month}${day}${year}`);
  await typeInto(page, page.getByLabel(w.hours), '8');
  await tick(page, page.getByRole('checkbox', { name: w.monMorning }));
  await tick(page, page.getByRole('checkbox', { name: w.satEvening }));
  await continueWithEnter(page, w);

  await page.getByRole('heading', { level: 1, name: 'What is your background?' }).waitFor();
  await choose(page, page.getByRole('group', { name: w.care }), w.no);
  await choose(page, page.getByRole('group', { name: 'Your highest diploma relevant to this work' }), 'No diploma relevant to this');
  await choose(page, page.getByRole('group', { name: w.student }), w.no);
  await choose(page, page.getByRole('group', { name: 'Do you have a certificate of conduct (VOG)?' }), w.vog);
  await tick(page, page.getByRole('checkbox', { name: w.dutch, exact: true }));
  await continueWithEnter(page, w);

  await page.getByRole('heading', { level: 1, name: 'Where would you like to help?' }).waitFor();
  await tick(page, page.getByRole('checkbox', { name: 'Education', exact: true }));
  await choose(page, page.getByRole('group', { name: 'Why are you signing up?' }), w.motivation);
  await continueWithEnter(page, w);

  await page.getByRole('heading', { level: 1, name: 'Consent' }).waitFor();
  await tick(page, page.getByLabel(w.agree));
  await continueWithEnter(page, w);

  await page.getByRole('heading', { level: 1, name: w.checkTitle }).waitFor();
  await tabTo(page, page.getByRole('button', { name: w.send }), 200);
  await page.keyboard.press('Enter');
  await expectDone(page, w);
  assert.equal(registrations(), before + 1);
  assertNoProblems(problems);
  await context.close();
});

test('conditional questions open for those they concern, fit the phone and pass axe', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/sign-up/background`);
  await appReady(page);
  const bigNumber = page.getByLabel('BIG-nummer');
  assert.equal(await bigNumber.count(), 0, 'no BIG questions without a care background');
  await page.getByRole('group', { name: 'Heb je een achtergrond in de zorg?' }).getByLabel('Ja', { exact: true }).check();
  await page.getByRole('group', { name: 'Ben je BIG-geregistreerd?' }).getByLabel('Ja', { exact: true }).check();
  await page.getByLabel('Nee, verlopen').check();
  await page.getByLabel('Sinds wanneer verlopen?').waitFor();
  await page.getByLabel('mbo niveau 3').check();
  await page.getByLabel('Welke richting?').waitFor();
  await page.getByRole('group', { name: 'Studeer je op dit moment?' }).getByLabel('Ja', { exact: true }).check();
  await page.getByLabel('In welk jaar?').waitFor();
  await assertFitsWidth(page);
  await assertAccessible(page, 'background step with every question open');
  await page.getByRole('button', { name: WORDS.nl.continue }).click();
  const summary = page.locator('.error-summary');
  for (const message of ['Vul je BIG-nummer in', 'Kies je beroep in het BIG-register', 'Vul in sinds wanneer je registratie verlopen is', 'Vul de richting van je diploma in', 'Vul in wat je studeert']) {
    await summary.getByRole('link', { name: message }).waitFor();
  }
  await assertFitsWidth(page);
  assertNoProblems(problems);
  await context.close();
});
