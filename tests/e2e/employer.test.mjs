// Employers in a phone-sized Chromium against the real server: an
// organisation registers, an administrator approves it, a member files a
// request near people who signed up, browses the anonymised pool and asks
// for an introduction; the candidate accepts from the mailed link; only then
// does the employer see a name, and records the placement. axe-core on every
// page, nothing wider than 360 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { serverAndBrowser } from './lib/suite.mjs';
import { phone, appReady, assertNoProblems, assertAccessible, assertFitsWidth } from './lib/browser.mjs';
import { waitForLink } from './lib/mail.mjs';
import { isoInDays } from './lib/signup.mjs';

const suite = serverAndBrowser();
const CANDIDATES = ['anouk.pool@example.nl', 'bram.pool@example.nl'];
const MEMBER = 'fatima@zorghuis.example.nl';
const ADMIN = 'admin@example.org';

// People who sign up near Utrecht on Monday and Wednesday mornings.
async function signUp(email) {
  const base = suite.server.base;
  const doc = await (await fetch(`${base}/api/openapi.json`)).json();
  const example = doc.paths['/api/registrations'].post.requestBody.content['application/json'].example;
  const response = await fetch(`${base}/api/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-employer-${crypto.randomUUID()}` },
    body: JSON.stringify({
      ...example,
      email,
      available_from: isoInDays(1),
      available_until: isoInDays(120),
    }),
  });
  assert.equal(response.status, 201, await response.text());
}

// `handen admin add` on this server's database.
function addAdmin() {
  const bin = process.env.HANDEN_BIN ?? resolve(import.meta.dirname, '../../target/debug/handen');
  const databaseUrl = `sqlite://${join(suite.server.dir, 'handen.db')}?mode=rwc`;
  execFileSync(bin, ['admin', 'add', '--email', ADMIN, '--name', 'Admin', '--database-url', databaseUrl], {
    stdio: 'pipe',
  });
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

async function check(page, what) {
  await assertFitsWidth(page);
  await assertAccessible(page, what);
}

// Asking the session of someone not signed in is answered 401 on purpose;
// the forms are sent wrong once on purpose (409, 422).
function withoutExpected(problems, patterns) {
  return problems.filter((p) => !patterns.some((re) => re.test(p)));
}
const EXPECTED = [/401/, /409/, /422/];

const seen = new Set();
async function signIn(page, email) {
  await page.goto(`${suite.server.base}/employer`);
  await heading(page, 'Inloggen voor organisaties');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await page.getByRole('heading', { name: 'Kijk in je e-mail' }).waitFor();
  const link = await waitForLink(suite.server.outbox, email, '/employer/sign-in', seen);
  await page.goto(link);
  await page.locator('main h1').first().waitFor();
  assert.ok(!page.url().includes('token'), `the token leaves the address bar: ${page.url()}`);
}

test('register, approve, request, browse the pool, introduce, accept, place', async () => {
  for (const email of CANDIDATES) await signUp(email);
  addAdmin();

  // An organisation registers; the rules are the server's, checked first in the browser.
  const member = await phone(suite.browser);
  const page = member.page;
  await page.goto(`${suite.server.base}/employer`);
  await appReady(page);
  await check(page, 'employer sign-in');
  await page.getByRole('link', { name: 'Meld je organisatie aan' }).click();
  await heading(page, 'Je organisatie aanmelden');
  await check(page, 'register');
  await page.getByLabel('KvK-nummer').fill('1234');
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  const kvkError = page.locator('.error-summary').getByRole('link', { name: 'Een KvK-nummer heeft 8 cijfers, zoals 12345678' });
  await kvkError.waitFor();
  await check(page, 'register with errors');
  await kvkError.click();
  await page.waitForFunction(() => document.activeElement?.id === 'kvk');
  await page.getByLabel('Naam van de organisatie').fill('Zorghuis De Linde');
  await page.getByLabel('KvK-nummer').fill('8765 4321');
  await page.getByLabel('Zorg', { exact: true }).check();
  await page.getByLabel('Postcode van de vestiging').fill('3511 AB');
  await page.getByLabel('Naam van de contactpersoon').fill('Fatima El Amrani');
  await page.getByLabel('E-mailadres van de contactpersoon').fill(MEMBER);
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await heading(page, 'Aanmelding ontvangen');
  await check(page, 'registered');

  // Until approved, the member sees nothing but that.
  await signIn(page, MEMBER);
  await heading(page, 'Zorghuis De Linde');
  await page.getByText('Een beheerder moet je organisatie nog goedkeuren').waitFor();
  await check(page, 'pending organisation');

  // The administrator approves it.
  const admin = await phone(suite.browser);
  await signIn(admin.page, ADMIN);
  await admin.page.getByRole('link', { name: 'Organisaties beoordelen' }).click();
  await heading(admin.page, 'Organisaties beoordelen');
  await admin.page.getByRole('button', { name: 'Goedkeuren – Zorghuis De Linde' }).click();
  await admin.page.getByText('Zorghuis De Linde is goedgekeurd.').waitFor();
  await check(admin.page, 'admin');
  assertNoProblems(withoutExpected(admin.problems, EXPECTED));
  await admin.context.close();

  // A request for Monday and Wednesday mornings in Utrecht.
  await page.reload();
  await heading(page, 'Zorghuis De Linde');
  await page.getByRole('link', { name: 'Nieuwe hulpvraag' }).click();
  await heading(page, 'Nieuwe hulpvraag');
  await check(page, 'request form');
  await page.getByRole('button', { name: 'Hulpvraag indienen' }).click();
  await page.locator('.error-summary').getByRole('link', { name: 'Kies een werkpakket' }).waitFor();
  await check(page, 'request form with errors');
  await page.getByLabel('Welk werk is het?').selectOption('keep_company');
  await page.getByLabel('Hoeveel mensen zoek je?').fill('1');
  await page.getByLabel('Vanaf welke datum?').fill(isoInDays(7));
  await page.getByRole('checkbox', { name: 'maandag ochtend' }).check();
  await page.getByRole('checkbox', { name: 'woensdag ochtend' }).check();
  await page.getByLabel('Hoeveel uur per week?').fill('4');
  await page.getByRole('button', { name: 'Hulpvraag indienen' }).click();
  await heading(page, 'Gezelschap bieden aan bewoners');

  // The pool: counts in a table (small numbers hidden), cards without names.
  const counts = page.getByRole('table', { name: 'Aantal kandidaten per afstand' });
  await counts.waitFor();
  assert.equal(await counts.getByRole('columnheader').count(), 5);
  assert.equal(await counts.getByRole('rowheader').count(), 4);
  const cards = page.locator('.card');
  await cards.first().waitFor();
  assert.ok((await cards.count()) >= 1);
  const pool = await page.locator('main').innerText();
  for (const hidden of ['Sanne', 'Berg', ...CANDIDATES, '3511 AB']) {
    assert.ok(!pool.slice(pool.indexOf('Kandidaten die passen')).includes(hidden), `the pool shows ${hidden}`);
  }
  await check(page, 'request and pool');
  await page.getByLabel('Hoogstens hoeveel kilometer ver?').fill('999');
  await page.getByRole('button', { name: 'Opnieuw zoeken' }).click();
  await page.locator('.error-summary').getByRole('link', { name: /van 1 tot en met 300 kilometer/ }).waitFor();
  await check(page, 'pool filters with errors');
  await page.getByLabel('Hoogstens hoeveel kilometer ver?').fill('25');
  await page.getByRole('button', { name: 'Opnieuw zoeken' }).click();
  await page.locator('.error-summary').waitFor({ state: 'detached' });

  // Ask the first card for an introduction.
  await page.getByRole('button', { name: 'Vraag om kennismaking – Kandidaat 1' }).click();
  await page.getByText('Gevraagd. De kandidaat krijgt een e-mail en beslist zelf.').waitFor();
  await page.getByText('Gevraagd, wacht op antwoord').waitFor();
  await page.getByText('Naam en contactgegevens zie je als de kandidaat wil kennismaken.').waitFor();
  await check(page, 'introduction asked');

  // The candidate accepts from the mailed link.
  let link = '';
  while (!link.includes('next=/my/introductions')) {
    link = await waitForLink(suite.server.outbox, '', '/sign-in', seen);
  }
  assert.match(link, /\/sign-in#token=[0-9a-f]+&next=\/my\/introductions$/);
  const candidate = await phone(suite.browser);
  await candidate.page.goto(link);
  await heading(candidate.page, 'Organisaties die je willen ontmoeten');
  // The list comes after the registration and the package titles load.
  await candidate.page.getByText('Wacht op je antwoord').first().waitFor();
  const offer = await candidate.page.locator('main').innerText();
  for (const shown of ['Zorghuis De Linde', 'Gezelschap bieden aan bewoners', 'maandag ochtend', 'Wacht op je antwoord']) {
    assert.ok(offer.includes(shown), `the candidate's page lacks ${shown}:\n${offer}`);
  }
  await check(candidate.page, 'candidate introductions');
  await candidate.page.getByRole('button', { name: 'Ja, ik wil kennismaken' }).click();
  await candidate.page.getByText('Je wilt kennismaken').waitFor();
  await check(candidate.page, 'introduction accepted');
  assertNoProblems(withoutExpected(candidate.problems, EXPECTED));
  await candidate.context.close();

  // Now the employer sees who it is, and records the placement.
  await page.reload();
  await heading(page, 'Gezelschap bieden aan bewoners');
  await page.getByText('Wil kennismaken').waitFor();
  const introduced = await page.locator('main').innerText();
  assert.ok(CANDIDATES.some((email) => introduced.includes(email)), introduced);
  assert.ok(introduced.includes('+31612345678'), introduced);
  await page.getByRole('button', { name: /^Uitkomst vastleggen/ }).click();
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await page.locator('.error-summary').getByRole('link', { name: 'Kies hoe het is afgelopen' }).waitFor();
  await check(page, 'outcome with errors');
  await page.getByLabel('Geplaatst').check();
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await page.getByText('De uitkomst is opgeslagen.').waitFor();
  await page.getByText('1 van 1 geplaatst').waitFor();
  await page.getByText('Vervuld', { exact: true }).waitFor();
  await check(page, 'placed');

  // In English too.
  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, 'Keeping residents company');
  await page.getByText('1 of 1 placed').waitFor();
  await page.getByRole('button', { name: 'Nederlands' }).click();

  assertNoProblems(withoutExpected(member.problems, EXPECTED));
  await member.context.close();
});
