// Self-service in a phone-sized Chromium against the real server: sign in
// with the link from the outbox, edit availability (with the rules and the
// error summary), pause and resume, download the export, delete; the
// "still available?" reminder's one-tap link; a dead link. axe-core on
// every page, nothing wider than 360 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAndBrowser } from './lib/suite.mjs';
import { phone, appReady, assertNoProblems, assertAccessible, assertFitsWidth } from './lib/browser.mjs';
import { waitForLink } from './lib/mail.mjs';
import { isoInDays } from './lib/signup.mjs';

const suite = serverAndBrowser();

// Signs someone up through the API, as the sign-up tests do through the UI.
async function signUp(email) {
  const base = suite.server.base;
  const doc = await (await fetch(`${base}/api/openapi.json`)).json();
  const example = doc.paths['/api/registrations'].post.requestBody.content['application/json'].example;
  const response = await fetch(`${base}/api/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-account-${crypto.randomUUID()}` },
    body: JSON.stringify({ ...example, email }),
  });
  assert.equal(response.status, 201);
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

async function check(page, what) {
  await assertFitsWidth(page);
  await assertAccessible(page, what);
}

// A person who is not signed in asks /api/me and is answered 401 on purpose;
// the browser logs that as an error. Only those entries are expected.
function withoutExpected(problems, patterns) {
  return problems.filter((p) => !patterns.some((re) => re.test(p)));
}
const SIGNED_OUT = [/401/];

test('sign in by link, edit availability, pause and resume, export, delete', async () => {
  const email = 'sanne.account@example.nl';
  await signUp(email);
  const { context, page, problems } = await phone(suite.browser, { acceptDownloads: true });
  await page.goto(`${suite.server.base}/`);
  await appReady(page);

  // From the sign-up app's menu to the self-service app, which asks to sign in.
  await page.getByRole('link', { name: 'Mijn aanmelding' }).click();
  await heading(page, 'Inloggen');
  await page.getByText('Log in om je aanmelding te zien').waitFor();
  await check(page, 'sign-in');
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await page.locator('.error-summary').getByRole('link', { name: /Vul het e-mailadres of mobiele nummer in/ }).waitFor();
  await page.getByLabel('E-mailadres of mobiel nummer').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await heading(page, 'Kijk in je e-mail');
  await check(page, 'link sent');

  const link = await waitForLink(suite.server.outbox, email, '/sign-in');
  await page.goto(link);
  await heading(page, 'Je aanmelding');
  assert.ok(!page.url().includes('token'), `the token leaves the address bar: ${page.url()}`);
  const overview = await page.locator('main').innerText();
  for (const shown of [email, '+31612345678', 'We ontvingen je aanmelding', 'Organisaties kunnen je zien']) {
    assert.ok(overview.includes(shown), `overview lacks ${shown}:\n${overview}`);
  }
  await check(page, 'overview');

  // Edit: the sign-up's rules apply, with the error summary linking to the field.
  await page.getByRole('link', { name: /Wijzigen\s+Hoeveel uur per week/ }).click();
  await heading(page, 'Beschikbaarheid en achtergrond wijzigen');
  await page.locator('.fit-panel').waitFor();
  await check(page, 'edit availability');
  const hours = page.getByLabel('Hoeveel uur per week?');
  await hours.fill('0');
  await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  const problem = page.locator('.error-summary').getByRole('link').first();
  await problem.waitFor();
  await check(page, 'edit with errors');
  await problem.click();
  await page.waitForFunction(() => document.activeElement?.id === 'hours_per_week');
  await hours.fill('8');
  await page.getByRole('checkbox', { name: 'zondag ochtend' }).check();
  await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await heading(page, 'Je aanmelding');
  await page.getByText('Je wijzigingen zijn bewaard').waitFor();
  const saved = await page.locator('main').innerText();
  assert.ok(saved.includes('zondag: ochtend'), saved);
  assert.ok(saved.includes('Je werkte je gegevens bij'), saved);

  // Pause until a date, then come back.
  await page.getByRole('link', { name: 'Pauzeren' }).click();
  await heading(page, 'Pauzeren');
  await page.getByRole('button', { name: 'Pauzeren' }).click();
  await page.locator('.error-summary').getByRole('link', { name: 'Kies waarom je pauzeert' }).waitFor();
  await check(page, 'pause with errors');
  await page.getByLabel('Pauzeren tot en met').fill(isoInDays(14));
  await page.getByLabel('Ik ben op vakantie').check();
  await page.getByRole('button', { name: 'Pauzeren' }).click();
  await heading(page, 'Je aanmelding');
  await page.getByText(/Je pauzeert tot en met .* \(Ik ben op vakantie\)/).waitFor();
  await check(page, 'paused overview');
  await page.getByRole('button', { name: 'Ik ben weer beschikbaar' }).click();
  await page.getByText('je bent weer beschikbaar').first().waitFor();

  // Everything stored, as a download.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download alles wat we over je bewaren/ }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.data.registration.email, email);
  assert.deepEqual(
    exported.data.timeline.map((e) => e.status),
    ['received', 'availability_updated', 'paused', 'resumed'],
  );
  assert.equal(exported.data.consents.length, 2);

  // In English too.
  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, 'Your registration');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await heading(page, 'Je aanmelding');

  // Delete: said plainly, then done, and the session is gone.
  const before = suite.server.stats();
  await page.getByRole('link', { name: 'Verwijder mijn aanmelding' }).click();
  await heading(page, 'Je aanmelding verwijderen');
  await check(page, 'delete');
  await page.getByRole('button', { name: 'Verwijder mijn aanmelding definitief' }).click();
  await heading(page, 'Je aanmelding is verwijderd');
  await check(page, 'deleted');
  const after = suite.server.stats();
  assert.equal(after.registrations, before.registrations - 1);
  assert.equal(after.erased, before.erased + 1);
  await page.goto(`${suite.server.base}/my`);
  await heading(page, 'Inloggen');

  assertNoProblems(withoutExpected(problems, SIGNED_OUT));
  await context.close();
});

test('the "still available?" reminder: one tap confirms, a second tap says the link is used', async () => {
  const email = 'piet.reminder@example.nl';
  await signUp(email);
  const later = new Date(Date.now() + 22 * 24 * 3600 * 1000).toISOString();
  const report = suite.server.run(['freshness', '--now', later]);
  assert.ok(report.first_reminders >= 1, JSON.stringify(report));
  const link = await waitForLink(suite.server.outbox, email, '/still-available');
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(link);
  await heading(page, 'Nog beschikbaar?');
  await page.getByText('Je beschikbaarheid is bevestigd').waitFor();
  await check(page, 'still available');
  // Tapped again from the mail: a fresh page load, as a mail program opens it.
  await page.goto('about:blank');
  await page.goto(link);
  await page.getByRole('heading', { name: 'Deze link werkt niet meer' }).waitFor();
  await check(page, 'used one-tap link');
  assertNoProblems(withoutExpected(problems, [/400/]));
  await context.close();
});

test('a used or unknown sign-in link says so and offers a new one, by keyboard', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/sign-in#token=${'0'.repeat(64)}`);
  await page.getByRole('heading', { name: 'Deze link werkt niet meer' }).waitFor();
  await check(page, 'dead sign-in link');
  const field = page.getByLabel('E-mailadres of mobiel nummer');
  await field.focus();
  await page.keyboard.type('06-12345678');
  await page.keyboard.press('Enter');
  await heading(page, 'Kijk in je e-mail');
  assertNoProblems(withoutExpected(problems, [/400/]));
  await context.close();
});
