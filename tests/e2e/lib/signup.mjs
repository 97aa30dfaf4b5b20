// Filling in the sign-up as a person reads it: by labels, in Dutch or English.
import assert from 'node:assert/strict';
import { assertAccessible, assertFitsWidth } from './browser.mjs';

export const WORDS = {
  nl: {
    start: 'Aanmelden om te helpen', continue: 'Verder', givenNames: 'Voornaam', prefix: 'Tussenvoegsel',
    surname: 'Achternaam', birthDate: 'Geboortedatum', day: 'Dag', month: 'Maand', year: 'Jaar',
    email: 'E-mailadres', phone: 'Mobiel nummer', postcode: 'Postcode', houseNumber: 'Huisnummer',
    travel: 'Hoe ver wil je reizen?', from: 'Vanaf welke datum?', hours: 'Hoeveel uur per week?',
    monMorning: 'maandag ochtend', tueAfternoon: 'dinsdag middag', satEvening: 'zaterdag avond',
    care: 'Heb je een achtergrond in de zorg?', no: 'Nee', diploma: 'mbo niveau 2', diplomaField: 'Welke richting?',
    student: 'Studeer je op dit moment?', firstAid: 'EHBO', vog: 'Nee, maar ik wil er een aanvragen',
    dutch: 'Nederlands', sectorCare: 'Zorg', motivation: 'Ik wil helpen tijdens de crisis', agree: 'Ik ga akkoord',
    checkTitle: 'Controleer je antwoorden', send: 'Aanmelding versturen', done: 'Je aanmelding is verstuurd',
    problem: 'Er is een probleem', offline: 'Er is geen verbinding',
  },
  en: {
    start: 'Sign up to help', continue: 'Continue', givenNames: 'First name', prefix: 'Name prefix',
    surname: 'Surname', birthDate: 'Date of birth', day: 'Day', month: 'Month', year: 'Year',
    email: 'Email address', phone: 'Mobile number', postcode: 'Postcode', houseNumber: 'House number',
    travel: 'How far will you travel?', from: 'From which date?', hours: 'How many hours a week?',
    monMorning: 'Monday morning', tueAfternoon: 'Tuesday afternoon', satEvening: 'Saturday evening',
    care: 'Do you have a background in care?', no: 'No', diploma: 'MBO level 2', diplomaField: 'In which field?',
    student: 'Are you studying at the moment?', firstAid: 'First aid', vog: 'No, but I am willing to request one',
    dutch: 'Dutch', sectorCare: 'Care', motivation: 'I want to help during the crisis', agree: 'I agree',
    checkTitle: 'Check your answers', send: 'Send sign-up', done: 'Your sign-up has been sent',
    problem: 'There is a problem', offline: 'There is no connection',
  },
};

export function isoInDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const PERSON = {
  given: 'Sanne', prefix: 'van der', surname: 'Berg', day: '27', month: '3', year: '1990',
  email: 'sanne.e2e@example.nl', phone: '06-12345678', postcode: '3511 ab', house: '12', travel: '20', hours: '12',
};

async function heading(page, text) {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 15_000 });
}

// Checks a step at phone width and with axe-core, then continues.
async function next(page, w, what) {
  await assertFitsWidth(page);
  await assertAccessible(page, what);
  await page.getByRole('button', { name: w.continue }).click();
}

/// Fills every step with the mouse and labels; stops on the check page.
export async function fillAll(page, w, person = PERSON) {
  await page.getByRole('link', { name: w.start }).click();
  await page.getByLabel(w.givenNames, { exact: true }).fill(person.given);
  await page.getByLabel(w.prefix).fill(person.prefix);
  await page.getByLabel(w.surname, { exact: true }).fill(person.surname);
  const birth = page.getByRole('group', { name: w.birthDate });
  await birth.getByLabel(w.day).fill(person.day);
  await birth.getByLabel(w.month).fill(person.month);
  await birth.getByLabel(w.year).fill(person.year);
  await next(page, w, 'name step');

  await page.getByLabel(w.email).fill(person.email);
  await page.getByLabel(w.phone).fill(person.phone);
  await next(page, w, 'contact step');

  await page.getByLabel(w.postcode).fill(person.postcode);
  await page.getByLabel(w.houseNumber, { exact: true }).fill(person.house);
  await page.getByLabel(w.travel).fill(person.travel);
  await next(page, w, 'address step');

  await page.getByLabel(w.from).fill(isoInDays(3));
  await page.getByLabel(w.hours).fill(person.hours);
  for (const slot of [w.monMorning, w.tueAfternoon, w.satEvening]) {
    await page.getByRole('checkbox', { name: slot }).check();
  }
  await next(page, w, 'availability step');

  await page.getByRole('group', { name: w.care }).getByLabel(w.no, { exact: true }).check();
  await page.getByLabel(w.diploma, { exact: true }).check();
  await page.getByLabel(w.diplomaField).fill('Helpende zorg en welzijn');
  await page.getByRole('group', { name: w.student }).getByLabel(w.no, { exact: true }).check();
  await page.getByLabel(w.firstAid).check();
  await page.getByLabel(w.vog).check();
  await page.getByRole('checkbox', { name: w.dutch, exact: true }).check();
  await next(page, w, 'background step');

  await page.getByRole('checkbox', { name: w.sectorCare, exact: true }).check();
  await page.getByLabel(w.motivation).check();
  await next(page, w, 'interests step');

  await page.getByLabel(w.agree).check();
  await next(page, w, 'consent step');
  await heading(page, w.checkTitle);
}

export async function send(page, w) {
  await assertAccessible(page, 'check your answers');
  await page.getByRole('button', { name: w.send }).click();
}

export async function expectDone(page, w) {
  await heading(page, w.done);
  const reference = await page.locator('.reference').innerText();
  assert.match(reference, /^HND-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await assertFitsWidth(page);
  await assertAccessible(page, 'confirmation');
  return reference;
}
