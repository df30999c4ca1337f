// A visitor, signed out, finds communes from the home page: by name without its accents or case, by postal code,
// by country; opens a commune's public page, which says what it runs and how to join; in French and in English, on
// a computer and on a phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, launch, newPage, platform, screenshot } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a visitor finds a commune by postal code and by country, and reads its public page, in French', async () => {
  const page = await newPage(browser, { language: 'fr-BE' });
  await page.goto(platform.url);
  await page.getByRole('link', { name: 'Trouver votre commune' }).click();
  await page.getByRole('heading', { name: 'Les communes sur Civiclimate' }).waitFor();
  assert.match(await page.title(), /· Civiclimate$/);
  assert.deepEqual(await accessibilityViolations(page), [], 'directory, French');

  await page.getByLabel('Nom ou code postal').fill('1180');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('link', { name: 'Uccle' }).waitFor();
  await page.getByText('1 commune trouvée').waitFor();
  await screenshot(page, '40-directory-postal-code-fr');

  await page.getByLabel('Nom ou code postal').fill('');
  await page.getByLabel('Pays').selectOption('FR');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('link', { name: 'Grenoble' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Uccle' }).count(), 0, 'Uccle is Belgian');

  await page.getByRole('link', { name: 'Grenoble' }).click();
  await page.getByRole('heading', { name: 'Grenoble', level: 1 }).waitFor();
  await page.getByText('La convention citoyenne pour le climat de Grenoble.').waitFor();
  await page.getByRole('heading', { name: 'Ce qu’elle mène sur Civiclimate' }).waitFor();
  await page.getByRole('heading', { name: 'Comment la rejoindre' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'public commune page, French');
  await screenshot(page, '41-commune-public-page-fr');
});

test('a visitor searches by name, accents and case aside, on a phone, in English', async () => {
  const page = await newPage(browser, { viewport: { width: 375, height: 812 } });
  await page.goto(`${platform.url}/directory`);
  await page.getByLabel('Name or postal code').fill('EUPEN');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Eupen' }).waitFor();
  await page.getByText('1 commune found').waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  assert.deepEqual(await accessibilityViolations(page), [], 'directory, phone');
  await screenshot(page, '42-directory-phone-en');

  await page.getByLabel('Name or postal code').fill('no such commune anywhere');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByText('No commune matches this search.').waitFor();
});
