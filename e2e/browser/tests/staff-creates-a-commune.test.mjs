// A commune's staff member signs in through the real Keycloak, creates the commune's space, follows it until every
// service knows it, and finds it in "my communes"; shares its invitation code with a citizen, who joins with it; an
// operator suspends the commune, which its people then see read-only, and reinstates it. Each page is checked with
// axe-core and photographed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  launch,
  newPage,
  platform,
  screenshot,
  accessibilityViolations,
  signIn,
  signInOnKeycloak,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const suffix = Date.now().toString(36);
const communeName = `Browserville ${suffix}`;
const slug = `browserville-${suffix}`;
// A Belgian NIS code no other commune of this platform has (unique per country), from the clock.
const officialCode = String(10000 + (Date.now() % 90000));

test('staff sign in, create a commune, and find it in my communes', async () => {
  const page = await newPage(browser);
  await page.goto(platform.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'home page');
  await screenshot(page, '01-home');

  await signIn(page, 'facilitator@uccle.demo');
  await screenshot(page, '02-signed-in');

  // Staff's door on the home page (a citizen's main actions are finding and following their commune).
  await page.getByRole('link', { name: 'Register your commune' }).click();
  await page.getByRole('heading', { name: 'Create a commune' }).waitFor();
  assert.match(await page.title(), /Create a commune · Civiclimate/);
  assert.deepEqual(await accessibilityViolations(page), [], 'create a commune');
  await page.getByLabel('Official name').fill(communeName);
  assert.equal(await page.getByLabel('Web address').inputValue(), slug);
  await page.getByLabel('Country').selectOption('BE');
  await page.getByLabel('Official code').fill(officialCode);
  await page.getByLabel('Population').fill('25000');
  await page.getByLabel('Contact email').fill(`climate@${slug}.example`);
  await page.getByLabel('Dutch').check();
  await screenshot(page, '03-create-commune');
  await page.getByRole('button', { name: 'Create the commune' }).click();

  await page.waitForURL(`${platform.url}/communes/${slug}`);
  await page.getByText('Everything is ready.').waitFor({ timeout: 60_000 });
  assert.deepEqual(await accessibilityViolations(page), [], 'commune page');
  await screenshot(page, '04-commune-ready');

  await page.getByRole('link', { name: 'My communes' }).first().click();
  await page.getByRole('link', { name: communeName }).waitFor();
  assert.match(await page.locator('.card', { hasText: communeName }).innerText(), /administrator/);
  assert.deepEqual(await accessibilityViolations(page), [], 'my communes');
  await screenshot(page, '05-my-communes');
});

test('the admin shares the invitation code and a citizen joins with it', async () => {
  const admin = await newPage(browser);
  await admin.goto(platform.url);
  await signIn(admin, 'facilitator@uccle.demo');
  await admin.goto(`${platform.url}/communes/${slug}/joining`);
  const code = (await admin.locator('code.code').innerText()).trim();
  assert.match(code, /^[A-Z0-9]{10}$/);
  assert.deepEqual(await accessibilityViolations(admin), [], 'joining settings');
  await screenshot(admin, '09-joining-settings');

  const citizen = await newPage(browser);
  await citizen.goto(`${platform.url}/communes/${slug}/join?invitation=${code}`);
  await citizen.getByRole('button', { name: 'Sign in to join' }).click();
  await signInOnKeycloak(citizen, 'citizen@uccle.demo');
  await citizen.waitForURL(new RegExp(`/communes/${slug}/join`));
  assert.equal(await citizen.getByLabel('Invitation code').inputValue(), code);
  assert.deepEqual(await accessibilityViolations(citizen), [], 'join page');
  await screenshot(citizen, '10-join');
  await citizen.getByRole('button', { name: 'Join', exact: true }).click();
  await citizen.waitForURL(`${platform.url}/communes/${slug}`);
  await citizen.getByRole('button', { name: 'Leave this commune' }).waitFor();
  await screenshot(citizen, '11-joined');

  await admin.goto(`${platform.url}/communes/${slug}/members`);
  await admin.getByRole('cell', { name: 'citizen@uccle.demo' }).waitFor();
  assert.deepEqual(await accessibilityViolations(admin), [], 'members');
  await screenshot(admin, '12-members');
});

test('an operator suspends the commune, its people see it read-only, and the operator reinstates it', async () => {
  const operator = await newPage(browser);
  await operator.goto(platform.url);
  await signIn(operator, 'operator@civiclimate.demo');
  await operator.getByRole('link', { name: 'Operator' }).click();
  const row = operator.getByRole('row', { name: new RegExp(communeName) });
  await row.waitFor();
  assert.deepEqual(await accessibilityViolations(operator), [], 'operator communes');
  await row.getByRole('button', { name: 'Suspend' }).click();
  const dialog = operator.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Browser test: unpaid invoices');
  await screenshot(operator, '13-suspend-dialog');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await row.getByRole('button', { name: 'Reinstate' }).waitFor();
  await screenshot(operator, '14-operator-suspended');

  const citizen = await newPage(browser);
  await citizen.goto(platform.url);
  await signIn(citizen, 'citizen@uccle.demo');
  await citizen.goto(`${platform.url}/communes/${slug}`);
  await citizen.getByText('Reason: Browser test: unpaid invoices').waitFor();
  assert.deepEqual(await accessibilityViolations(citizen), [], 'suspended commune');
  await screenshot(citizen, '15-suspended-commune');

  await row.getByRole('button', { name: 'Reinstate' }).click();
  const confirm = operator.getByRole('dialog');
  if (await confirm.isVisible()) {
    await confirm.getByRole('button', { name: 'Confirm' }).click();
  }
  await row.getByRole('button', { name: 'Suspend' }).waitFor();

  await operator.goto(`${platform.url}/communes/${slug}/audit`);
  await operator.getByRole('table').waitFor();
  assert.deepEqual(await accessibilityViolations(operator), [], 'audit trail');
  await screenshot(operator, '16-audit-trail');
});

test('the form shows the API error next to the field at fault', async () => {
  const page = await newPage(browser);
  await page.goto(platform.url);
  await signIn(page, 'facilitator@uccle.demo');
  await page.goto(`${platform.url}/communes/new`);
  await page.getByLabel('Official name').fill('Admin');
  await page.getByLabel('Official code').fill('21004');
  await page.getByLabel('Population').fill('180000');
  await page.getByLabel('Contact email').fill('climate@admin.example');
  await page.getByRole('button', { name: 'Create the commune' }).click();

  const slugField = page.getByLabel('Web address');
  await page.locator('#slug-error').waitFor();
  assert.equal(await slugField.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#slug-error').innerText(), /Already taken/);
  assert.match(await slugField.getAttribute('aria-describedby'), /slug-error/);
  await screenshot(page, '17-field-error');
});

test('every field the API refuses is named at once, in French', async () => {
  const page = await newPage(browser, { language: 'fr-BE' });
  await page.goto(platform.url);
  await page.getByRole('button', { name: 'Se connecter' }).first().click();
  await signInOnKeycloak(page, 'facilitator@uccle.demo');
  await page.goto(`${platform.url}/communes/new`);
  // Three fields the API refuses for three reasons: a reserved web address, an official code Belgium does not
  // have, a population no commune has. The browser's own checks pass them all.
  await page.getByLabel('Nom officiel').fill('Admin');
  await page.getByLabel('Pays').selectOption('BE');
  await page.getByLabel('Code officiel').fill('ABC');
  await page.getByLabel('Population').fill('999999999');
  await page.getByLabel('E-mail de contact').fill('climat@admin.example');
  await page.getByRole('button', { name: 'Créer la commune' }).click();
  await page.locator('#slug-error').waitFor();
  await page.locator('#officialCode-error').waitFor();
  await page.locator('#population-error').waitFor();
  const errors = await page.locator('[id$="-error"]').allInnerTexts();
  for (const text of errors) {
    assert.doesNotMatch(text, /must|slug|size|between/i, `translated, not the API's English: ${text}`);
  }
  assert.deepEqual(await accessibilityViolations(page), [], 'form errors, French');
  await screenshot(page, '17b-field-errors-fr');
});

test('on a phone, the members table keeps its actions within reach', async () => {
  const page = await newPage(browser, { viewport: { width: 375, height: 812 } });
  await page.goto(platform.url);
  await signIn(page, 'admin@uccle.demo');
  await page.goto(`${platform.url}/communes/uccle/members`);
  const grant = page.getByRole('button', { name: /Grant facilitator|Revoke facilitator/ }).first();
  await grant.waitFor();
  await grant.scrollIntoViewIfNeeded();
  const box = await grant.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `the action is on screen: ${JSON.stringify(box)}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  assert.deepEqual(await accessibilityViolations(page), [], 'members, phone');
  await screenshot(page, '17c-members-phone');
});

test('the home page works on a phone, in French, and with the keyboard', async () => {
  const page = await newPage(browser, { language: 'fr-BE', viewport: { width: 390, height: 844 } });
  await page.goto(platform.url);
  await page.getByRole('heading', { name: 'Citoyens et communes, ensemble pour le climat' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');

  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Aller au contenu');
  assert.deepEqual(await accessibilityViolations(page), [], 'home page, phone, French');
  await screenshot(page, '18-home-phone-fr');
});

test('pages that need a signed-in person say so and offer to sign in', async () => {
  const page = await newPage(browser);
  await page.goto(`${platform.url}/communes`);
  await page.getByText('Please sign in to see this page.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'sign-in required');
  await screenshot(page, '19-sign-in-required');
});
