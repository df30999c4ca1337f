// A commune's staff member signs in through the real Keycloak, creates the commune's space, follows it until every
// service knows it, and finds it in "my communes". Each page is checked with axe-core and photographed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, newPage, platform, screenshot, seriousAccessibilityViolations, signIn } from './support.mjs';

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

test('staff sign in, create a commune, and find it in my communes', async () => {
  const page = await newPage(browser);
  await page.goto(platform.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.deepEqual(await seriousAccessibilityViolations(page), [], 'home page');
  await screenshot(page, '01-home');

  await signIn(page, 'facilitator@uccle.demo');
  await screenshot(page, '02-signed-in');

  await page.getByRole('link', { name: 'Create a commune' }).first().click();
  await page.getByRole('heading', { name: 'Create a commune' }).waitFor();
  assert.deepEqual(await seriousAccessibilityViolations(page), [], 'create a commune');
  await page.getByLabel('Official name').fill(communeName);
  assert.equal(await page.getByLabel('Web address').inputValue(), slug);
  await page.getByLabel('Country').selectOption('BE');
  await page.getByLabel('Dutch').check();
  await screenshot(page, '03-create-commune');
  await page.getByRole('button', { name: 'Create the commune' }).click();

  await page.waitForURL(`${platform.url}/communes/${slug}`);
  await page.getByText('Everything is ready.').waitFor({ timeout: 60_000 });
  assert.deepEqual(await seriousAccessibilityViolations(page), [], 'commune page');
  await screenshot(page, '04-commune-ready');

  await page.getByRole('link', { name: 'My communes' }).first().click();
  await page.getByRole('link', { name: communeName }).waitFor();
  assert.match(await page.locator('.card', { hasText: communeName }).innerText(), /administrator/);
  assert.deepEqual(await seriousAccessibilityViolations(page), [], 'my communes');
  await screenshot(page, '05-my-communes');
});

test('the form shows the API error next to the field at fault', async () => {
  const page = await newPage(browser);
  await page.goto(platform.url);
  await signIn(page, 'facilitator@uccle.demo');
  await page.goto(`${platform.url}/communes/new`);
  await page.getByLabel('Official name').fill('Admin');
  await page.getByRole('button', { name: 'Create the commune' }).click();

  const slugField = page.getByLabel('Web address');
  await page.locator('#slug-error').waitFor();
  assert.equal(await slugField.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#slug-error').innerText(), /reserved/);
  assert.match(await slugField.getAttribute('aria-describedby'), /slug-error/);
  await screenshot(page, '06-field-error');
});

test('the home page works on a phone, in French, and with the keyboard', async () => {
  const page = await newPage(browser, { language: 'fr-BE', viewport: { width: 390, height: 844 } });
  await page.goto(platform.url);
  await page.getByRole('heading', { name: 'Citoyens et communes, ensemble pour le climat' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');

  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Aller au contenu');
  assert.deepEqual(await seriousAccessibilityViolations(page), [], 'home page, phone, French');
  await screenshot(page, '07-home-phone-fr');
});

test('pages that need a signed-in person say so and offer to sign in', async () => {
  const page = await newPage(browser);
  await page.goto(`${platform.url}/communes`);
  await page.getByText('Please sign in to see this page.').waitFor();
  assert.deepEqual(await seriousAccessibilityViolations(page), [], 'sign-in required');
  await screenshot(page, '08-sign-in-required');
});
