// A recruiter cleans a sign-up list in a phone-sized Chromium: choose a CSV
// file, check the guessed columns, run the duplicate finder in its worker,
// review the groups and their reasons, split one off, download both files.
// A hand-made list has exact expectations (a re-registration written
// another way, a household that is not one person); a generated list of
// ~300 people checks the run at a size that shows progress. axe-core on
// every step, nothing wider than 360 px, and no request carries the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serverAndBrowser } from './lib/suite.mjs';
import { phone, appReady, assertNoProblems, assertAccessible, assertFitsWidth } from './lib/browser.mjs';

const suite = serverAndBrowser();
const dir = mkdtempSync(join(tmpdir(), 'handen-clean-list-'));

// Semicolons and Dutch column names, as Dutch Excel writes a list. Rows 2
// and 3 (spreadsheet numbering) are one man written two ways: initials,
// the prefix behind the surname, day and month swapped, the same e-mail.
// Rows 5 and 6 share an address, phone and mailbox but are mother and
// daughter. Rows 7 and 8 are one woman with a new e-mail address.
const LIST = [
  'id;voornaam;tussenvoegsel;achternaam;geboortedatum;e-mail;telefoon;postcode;huisnummer;woonplaats',
  'A1;Jan;van der;Berg;07-03-1985;jan.berg@example.nl;06-12345678;1234 AB;12;Utrecht',
  'A2;J.;;Berg, van der;03-07-1985;jan.berg@example.nl;;;;',
  'A3;Mohammed;;El Amrani;14-11-1979;m.elamrani@example.nl;06-23456789;3024 XT;88;Rotterdam',
  'A4;Kees;de;Vries;12-05-1960;fam.devries@example.nl;0612121212;3511AB;5;Utrecht',
  'A5;Anna;de;Vries;17-09-1992;fam.devries@example.nl;0612121212;3511AB;5;Utrecht',
  'A6;Sanne;;Bakker;27-03-1990;sanne.bakker@example.nl;0687654321;2511CV;3;Den Haag',
  "A7;Sanne;;Bakker;27-03-1990;s.bakker@example.com;06-87654321;2511 CV;3;'s-Gravenhage",
  'A8;Emma;;Visser;02-02-2001;emma.visser@example.nl;0611112222;9711AA;1;Groningen',
  'A9;Lucas;;Smit;30-06-1995;lucas.smit@example.nl;0633334444;6511AB;20;Nijmegen',
  'A10;Fleur;;Meijer;15-08-1988;fleur.meijer@example.nl;0655556666;5611AB;7;Eindhoven',
].join('\r\n') + '\r\n';
const HEADER = LIST.split('\r\n')[0].split(';');

function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// A downloaded CSV as rows of fields (the test files need no quoting).
function rows(path, delimiter) {
  const text = readFileSync(path, 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'the download starts with a BOM, for Excel');
  return text.slice(1).trimEnd().split('\n').map((line) => line.split(delimiter));
}

async function check(page, what) {
  await assertFitsWidth(page);
  await assertAccessible(page, what);
}

// Focus moves after the next frame; waits for it to land on `id`.
async function focused(page, id) {
  await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5_000 });
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 20_000 });
}

// Every request the page makes, to show that the list goes nowhere.
function watchRequests(page) {
  const seen = [];
  page.on('request', (r) => seen.push({ method: r.method(), url: r.url(), body: r.postData() }));
  return seen;
}

function assertNothingSent(requests, base) {
  for (const r of requests) {
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.ok(r.body === null || r.body === undefined, `${r.url} carried a body`);
    assert.ok(r.url.startsWith(base), `${r.url} is another site`);
    assert.ok(!new URL(r.url).pathname.startsWith('/api/'), `${r.url} is the API`);
  }
}

test('a recruiter cleans a list: guessed columns, groups with reasons, a split, both downloads', async () => {
  const { context, page, problems } = await phone(suite.browser, { acceptDownloads: true });
  const requests = watchRequests(page);
  // From the about page, where recruiters find the tool, to the staff app.
  await page.goto(`${suite.server.base}/about`);
  await appReady(page);
  await page.getByRole('link', { name: 'Voor recruiters: een aanmeldlijst opschonen' }).click();
  await heading(page, 'Een aanmeldlijst opschonen');
  await check(page, 'choose a file');

  // No file: the error summary says so and links to the input.
  await page.getByRole('button', { name: 'Bestand lezen' }).click();
  const summary = page.locator('.error-summary');
  await summary.getByRole('link', { name: 'Kies een CSV-bestand' }).waitFor();
  await check(page, 'no file chosen');

  await page.getByLabel('Kies een CSV-bestand').setInputFiles(file('aanmeldingen.csv', LIST));
  await page.getByRole('button', { name: 'Bestand lezen' }).click();
  await heading(page, 'Welke kolom is wat?');
  assert.match(await page.locator('main').innerText(), /aanmeldingen\.csv: 10 regels en 10 kolommen/);
  // Guessed from the Dutch header names; the street is not in the file.
  const guessed = {
    'Voornaam of roepnaam': 'voornaam', Tussenvoegsel: 'tussenvoegsel', Achternaam: 'achternaam',
    Geboortedatum: 'geboortedatum', 'E-mailadres': 'e-mail', Telefoonnummer: 'telefoon',
    Postcode: 'postcode', Huisnummer: 'huisnummer', Straat: '(niet in dit bestand)', Woonplaats: 'woonplaats',
    'Kenmerk van een regel (optioneel)': 'id',
  };
  for (const [label, column] of Object.entries(guessed)) {
    const select = page.getByLabel(label, { exact: true });
    const chosen = await select.evaluate((s) => s.options[s.selectedIndex].text);
    assert.equal(chosen, column, label);
  }
  assert.equal(await page.locator("#map-surname-examples").innerText(), "In dit bestand: Berg · Berg, van der · El Amrani");
  await check(page, 'map columns');

  // A surname, e-mail or phone is needed; a bad own date pattern is named.
  for (const label of ['Achternaam', 'E-mailadres', 'Telefoonnummer']) {
    await page.getByLabel(label, { exact: true }).selectOption({ label: '(niet in dit bestand)' });
  }
  await page.getByLabel('Een eigen patroon').check();
  await page.getByLabel('Patroon', { exact: true }).fill('%d-%q-%Y');
  await page.getByRole('button', { name: 'Dubbele aanmeldingen zoeken' }).click();
  await summary.getByRole('link', { name: 'Kies een kolom voor de achternaam, het e-mailadres of het telefoonnummer' }).waitFor();
  await summary.getByRole('link', { name: /Het patroon bevat ‘%q’/ }).click();
  await focused(page, 'date-pattern');
  await check(page, 'mapping errors');
  await page.getByLabel('Achternaam', { exact: true }).selectOption({ label: 'achternaam' });
  await page.getByLabel('E-mailadres', { exact: true }).selectOption({ label: 'e-mail' });
  await page.getByLabel('Telefoonnummer', { exact: true }).selectOption({ label: 'telefoon' });
  await page.getByLabel('Patroon', { exact: true }).fill('%d-%m-%Y');
  await page.getByRole('button', { name: 'Dubbele aanmeldingen zoeken' }).click();

  await heading(page, 'Uitkomst');
  const counts = page.locator('#result-counts');
  assert.equal(
    (await counts.innerText()).replace(/\s+/g, ' ').trim(),
    '10 regels, 8 personen. 4 regels zijn waarschijnlijk dubbel, in 2 groepen.',
  );
  // The re-registration is one group, with its reasons in words.
  const jan = page.locator('.dup-group').filter({ hasText: 'Rij 2 en rij 3' });
  await jan.waitFor();
  const janText = await jan.innerText();
  for (const reason of [
    'geboortedatum: dag en maand omgedraaid (+8,6)',
    'e-mail: gelijk (+12,6)',
    'voornaam: roepnaam of voorletters van dezelfde naam (+2,9)',
    'achternaam: gelijk (+7,5)',
  ]) {
    assert.ok(janText.includes(reason), `reasons lack "${reason}":\n${janText}`);
  }
  assert.ok(janText.includes('A1') && janText.includes('A2'), 'rows show their id');
  // The household is not.
  const groups = await page.locator('.dup-group').allInnerTexts();
  assert.equal(groups.length, 2);
  assert.ok(!groups.some((g) => g.includes('Kees') || g.includes('Anna')), 'a mother and daughter are not one person');
  await check(page, 'result');

  // Split the second Sanne Bakker off: the counts follow, focus says so.
  await page.getByRole('button', { name: 'Apart zetten Rij 8' }).click();
  await page.locator('#review-status').getByText('Rij 8 staat nu apart.').waitFor();
  await focused(page, 'review-status');
  await page.getByText('4 regels zijn').waitFor({ state: 'detached' });
  assert.equal(
    (await counts.innerText()).replace(/\s+/g, ' ').trim(),
    '10 regels, 9 personen. 2 regels zijn waarschijnlijk dubbel, in 1 groep.',
  );
  assert.equal(await page.locator('.dup-group').count(), 1);
  await check(page, 'after a split');

  // Both downloads, in the input's dialect, with the split in them.
  const cleanedDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Opgeschoonde lijst downloaden (9 regels)' }).click();
  const cleaned = await cleanedDownload;
  assert.equal(cleaned.suggestedFilename(), 'aanmeldingen-cleaned.csv');
  const cleanedRows = rows(await cleaned.path(), ';');
  assert.deepEqual(cleanedRows[0], [...HEADER, 'cluster_id']);
  assert.equal(cleanedRows.length, 1 + 9);
  assert.deepEqual(cleanedRows.map((r) => r[0]).slice(1), ['A1', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10']);
  await page.getByText('aanmeldingen-cleaned.csv is gedownload.').waitFor();

  const allDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Alle regels met cluster_id downloaden (10 regels)' }).click();
  const all = await allDownload;
  assert.equal(all.suggestedFilename(), 'aanmeldingen-all.csv');
  const allRows = rows(await all.path(), ';');
  assert.deepEqual(allRows[0], [...HEADER, 'cluster_id']);
  assert.equal(allRows.length, 1 + 10);
  const cluster = Object.fromEntries(allRows.slice(1).map((r) => [r[0], r.at(-1)]));
  assert.equal(cluster.A1, cluster.A2, 'the re-registration shares a cluster_id');
  assert.notEqual(cluster.A4, cluster.A5, 'the household does not');
  assert.notEqual(cluster.A6, cluster.A7, 'the split holds');
  assert.equal(new Set(Object.values(cluster)).size, 9);
  // Every other column is as it came in.
  assert.deepEqual(allRows[2].slice(0, -1), LIST.split('\r\n')[2].split(';'));

  // English, by the language switch: the reasons follow.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('date of birth: day and month swapped (+8.6)').waitFor();
  await check(page, 'result in English');

  assertNothingSent(requests, suite.server.base);
  assertNoProblems(problems);
  await context.close();
});

test('a file that is not a clean CSV gets a specific message', async () => {
  const { context, page, problems } = await phone(suite.browser);
  await page.goto(`${suite.server.base}/clean-list`);
  await heading(page, 'Een aanmeldlijst opschonen');
  const input = page.getByLabel('Kies een CSV-bestand');
  const read = page.getByRole('button', { name: 'Bestand lezen' });
  const summary = page.locator('.error-summary');

  await input.setInputFiles(file('scheef.csv', 'voornaam,achternaam\nJan,Berg\nPiet,de,Vries\n'));
  await read.click();
  await summary
    .getByRole('link', { name: 'Regel 3 heeft 3 velden, maar de kopregel heeft er 2. Kijk of die regel een scheidingsteken te veel of te weinig heeft.' })
    .waitFor();
  await focused(page, 'error-summary');
  assert.match(await page.locator('#file-error').innerText(), /Regel 3 heeft 3 velden/);
  await check(page, 'ragged row');

  // Latin-1, as older Excel saves "CSV": save it as CSV UTF-8.
  await input.setInputFiles(file('latin1.csv', Buffer.from('voornaam,achternaam\nJos\xe9,M\xfcller\n', 'latin1')));
  await read.click();
  await summary.getByRole('link', { name: /Het bestand is geen UTF-8-tekst \(regel 2\)\. Sla het .* op als ‘CSV UTF-8’/ }).waitFor();

  // English too.
  await page.getByRole('button', { name: 'English' }).click();
  await summary.getByRole('link', { name: /The file is not UTF-8 text \(line 2\)/ }).waitFor();
  await check(page, 'not UTF-8, in English');
  assertNoProblems(problems);
  await context.close();
});

// The lead's generator: `handen synthetic --people N --seed S --output F`.
function generated(people, seed) {
  const bin = process.env.HANDEN_BIN ?? resolve(import.meta.dirname, '../../target/debug/handen');
  const path = join(dir, `synthetic-${people}-${seed}.csv`);
  execFileSync(bin, ['synthetic', '--people', String(people), '--seed', String(seed), '--output', path], {
    stdio: 'pipe',
  });
  return path;
}

test('a generated list of 300 people: progress while it runs, pages of groups, downloads that add up', async () => {
  const { context, page, problems } = await phone(suite.browser, { acceptDownloads: true });
  const requests = watchRequests(page);
  await page.goto(`${suite.server.base}/clean-list`);
  await heading(page, 'Een aanmeldlijst opschonen');
  const path = generated(300, 7);
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n').length - 1;
  await page.getByLabel('Kies een CSV-bestand').setInputFiles(path);
  await page.getByRole('button', { name: 'Bestand lezen' }).click();
  await heading(page, 'Welke kolom is wat?');
  // English column names are guessed as well as Dutch ones.
  for (const [label, column] of [['Achternaam', 'surname'], ['Geboortedatum', 'birth_date'], ['Straat', 'street']]) {
    const select = page.getByLabel(label, { exact: true });
    assert.equal(await select.evaluate((s) => s.options[s.selectedIndex].text), column);
  }
  await page.getByLabel('dd-mm-jjjj, zoals 07-03-1985').check();

  // Record the progress bar as the page shows it.
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar) window.progressSeen.push(Number(bar.getAttribute('value')));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Dubbele aanmeldingen zoeken' }).click();
  await heading(page, 'Uitkomst');
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.length > 0, 'the progress bar was shown');
  assert.equal(await page.getByRole('status').filter({ hasText: '% klaar' }).count(), 0);

  const text = (await page.locator('#result-counts').innerText()).replace(/\s+/g, ' ');
  const [, rowsShown, people, duplicates, groups] = text
    .match(/(\d+) regels, (\d+) personen\. (\d+) regels zijn waarschijnlijk dubbel, in (\d+) groepen\./)
    .map(Number);
  assert.equal(rowsShown, lines);
  assert.ok(people < rowsShown && people > 250, text);
  assert.ok(groups > 10, `${groups} groups: more than a page`);
  assert.equal(rowsShown - people, duplicates - groups, text);
  await check(page, 'result of a generated list');

  // Pages of ten groups; focus goes to the range line.
  await page.locator('.groups-range').getByText(`Groep 1 tot en met 10 van ${groups}`).waitFor();
  await page.getByRole('button', { name: 'Volgende groepen' }).click();
  await page.locator('.groups-range').getByText(`Groep 11 tot en met ${Math.min(20, groups)} van ${groups}`).waitFor();
  await focused(page, 'groups-range');
  assert.equal(await page.locator('.dup-group h3').first().innerText().then((t) => t.split(' (')[0]), 'Groep 11');
  await page.getByRole('button', { name: 'Vorige groepen' }).click();
  await page.locator('.groups-range').getByText(`Groep 1 tot en met 10 van ${groups}`).waitFor();
  await check(page, 'second page of groups');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Opgeschoonde lijst downloaden/ }).click();
  const cleaned = rows(await (await download).path(), ',');
  assert.equal(cleaned.length, 1 + people);
  assert.equal(cleaned[0].at(-1), 'cluster_id');

  assertNothingSent(requests, suite.server.base);
  assertNoProblems(problems);
  await context.close();
});
