// The duplicate check while signing up, in a phone-sized Chromium: someone
// already registered who starts again (written differently, with a new
// e-mail address) and a stranger see the very same neutral notice; only the
// address on file gets a sign-in link. The device remembers what it sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './lib/suite.mjs';
import { phone, appReady, assertNoProblems, assertAccessible, assertFitsWidth } from './lib/browser.mjs';
import { waitForLink } from './lib/mail.mjs';
import { WORDS, PERSON, fillAll, send, expectDone } from './lib/signup.mjs';

const suite = serverAndBrowser();
const w = WORDS.nl;
const NOTICE = 'Heb je je al eerder aangemeld?';

async function startAs(page, person) {
  await page.goto(`${suite.server.base}/`);
  await appReady(page);
  await page.getByRole('link', { name: w.start }).click();
  await page.getByLabel(w.givenNames, { exact: true }).fill(person.given);
  await page.getByLabel(w.surname, { exact: true }).fill(person.surname);
  const birth = page.getByRole('group', { name: w.birthDate });
  await birth.getByLabel(w.day).fill(person.day);
  await birth.getByLabel(w.month).fill(person.month);
  await birth.getByLabel(w.year).fill(person.year);
  await page.getByRole('button', { name: w.continue }).click();
  await page.getByLabel(w.email).fill(person.email);
  await page.getByLabel(w.phone).fill(person.phone);
  await page.getByRole('button', { name: w.continue }).click();
  await page.getByRole('heading', { level: 1, name: 'Waar woon je?' }).waitFor();
  await page.locator('.panel--warning').waitFor();
  return (await page.locator('.panel--warning').innerText()).trim();
}

test('someone registered and a stranger see the same notice; only the address on file gets a link', async () => {
  const base = suite.server.base;
  const doc = await (await fetch(`${base}/api/openapi.json`)).json();
  const example = doc.paths['/api/registrations'].post.requestBody.content['application/json'].example;
  const registered = { ...example, given_names: 'Sanne', name_prefix: 'van der', surname: 'Berg', birth_date: '1990-03-27', email: 'sanne.eerder@example.nl' };
  const stored = await fetch(`${base}/api/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-dup-${crypto.randomUUID()}` },
    body: JSON.stringify(registered),
  });
  assert.equal(stored.status, 201);

  const { context, page, problems } = await phone(suite.browser);
  const again = { given: 'Sanne', surname: 'van der Berg', day: '27', month: '3', year: '1990', email: 'sanne.nieuw@example.nl', phone: '06-87654321' };
  const shownAgain = await startAs(page, again);
  assert.ok(shownAgain.includes(NOTICE), shownAgain);
  await assertFitsWidth(page);
  await assertAccessible(page, 'address step with the notice');

  const link = await waitForLink(suite.server.outbox, 'sanne.eerder@example.nl', '/sign-in');
  assert.ok(link.includes('/sign-in#token='), link);

  const stranger = { given: 'Pieter', surname: 'Jansen', day: '1', month: '2', year: '1980', email: 'pieter.e2e@example.nl', phone: '06-11112222' };
  const shownStranger = await startAs(page, stranger);
  assert.equal(shownStranger, shownAgain, 'the notice must not tell them apart');
  assertNoProblems(problems);
  await context.close();
});

test('a second sign-up from the same phone is pointed to signing in', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/`);
  await appReady(page);
  const person = { ...PERSON, email: 'eenmaal@example.nl', phone: '06-33334444' };
  await fillAll(page, w, person);
  await send(page, w);
  await expectDone(page, w);
  const shown = await startAs(page, { ...person, given: person.given, surname: `${person.prefix} ${person.surname}` });
  assert.ok(shown.includes('vanaf dit apparaat al een aanmelding verstuurd'), shown);
  await page.getByRole('link', { name: 'Inloggen bij je bestaande aanmelding' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});
