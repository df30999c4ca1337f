// Someone from a commune's staff who has no account yet registers through Keycloak's page (the Civiclimate theme, in
// German as the app was), choosing their password on the form, verifies their email address by following the link in
// the actual email (caught by the platform's SMTP server), lands back where they started and requests their commune's
// space, which they then watch become ready. Someone who verifies in another browser (the first tab closed) is led
// back to the app and signs in with the password they chose.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  accessibilityViolations,
  followVerificationLink,
  launch,
  newestMailTo,
  newPage,
  platform,
  registerOnKeycloak,
  screenshot,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const suffix = Date.now().toString(36);
const email = `staff-${suffix}@signup.example`;

const password = `Pw-${suffix}-long enough`;

test('new staff register in German with a password, verify from the actual email and land back in the app', async () => {
  const page = await newPage(browser, { language: 'de-BE' });
  await page.goto(platform.url);
  // The staff's door on the home page: sign in first, then the commune's request.
  await page.getByRole('button', { name: 'Registrieren Sie Ihre Gemeinde' }).click();
  await page.waitForURL(/\/realms\/civiclimate\//);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de', 'Keycloak speaks the app’s language');
  await page.locator('#kc-registration a').click();
  await page.locator('#kc-page-title', { hasText: 'Ihr Konto erstellen' }).waitFor();
  assert.match(await page.locator('#civiclimate-password-policy').innerText(), /Mindestens 12 Zeichen/);
  assert.deepEqual(await accessibilityViolations(page), [], 'Keycloak registration, German');
  await screenshot(page, '20-register-de');
  await registerOnKeycloak(page, { email, firstName: 'Stéphanie', lastName: 'Staff', password });
  await page.getByText(/24 Stunden gültig/).waitFor();
  await screenshot(page, '21-verify-email-de');

  const mail = await newestMailTo(email);
  assert.match(mail.subject, /Bestätigen Sie Ihre E-Mail-Adresse für Civiclimate/);
  const link = mail.text.match(/https?:\/\/\S+action-token\S+/)?.[0];
  assert.ok(link, `a verification link in: ${mail.text}`);
  await followVerificationLink(page, link);
  // Where they started: the commune's request, signed in, without being asked for anything more.
  await page.waitForURL(`${platform.url}/communes/new`);
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
  await screenshot(page, '22-signed-up-de');
  await page.getByLabel('Sprache').selectOption('en');

  const name = `Signupville ${suffix}`;
  await page.getByLabel('Official name').fill(name);
  await page.getByLabel('Country').selectOption('FR');
  // An INSEE code of Corsica no other commune of this platform has (unique per country), from the clock.
  await page.getByLabel('Official code').fill(`2A${String(Date.now() % 1000).padStart(3, '0')}`);
  await page.getByLabel('Population').fill('1200');
  await page.getByLabel('Contact email').fill(email);
  await page.getByRole('button', { name: 'Create the commune' }).click();
  await page.getByText('Everything is ready.').waitFor({ timeout: 60_000 });
  assert.deepEqual(await accessibilityViolations(page), [], 'new commune');
  await screenshot(page, '23-signed-up-commune-ready');
});

test('someone who verifies in another browser is led back to the app and signs in with their password', async () => {
  const address = `closed-tab-${suffix}@signup.example`;
  const first = await newPage(browser);
  await first.goto(platform.url);
  await first.getByRole('button', { name: 'Sign in' }).first().click();
  await first.locator('#kc-registration a').click();
  await registerOnKeycloak(first, { email: address, firstName: 'Closed', lastName: 'Tab', password });
  await first.getByText(/valid for 24 hours/).waitFor();
  await first.close();

  const mail = await newestMailTo(address);
  const link = mail.text.match(/https?:\/\/\S+action-token\S+/)?.[0];
  const second = await newPage(browser);
  await followVerificationLink(second, link);
  await second.getByText('Your email address has been verified.').waitFor();
  assert.deepEqual(await accessibilityViolations(second), [], 'Keycloak email verified');
  await second.getByRole('link', { name: /Back to Application/ }).click();
  await second.waitForURL((url) => url.href.startsWith(platform.url));
  await second.getByRole('button', { name: 'Sign in' }).first().click();
  await second.locator('#username').fill(address);
  if (!(await second.locator('#password').isVisible())) {
    await second.locator('#kc-login').click();
  }
  await second.locator('#password').fill(password);
  await second.locator('#kc-login').click();
  await second.waitForURL((url) => url.href.startsWith(platform.url));
  await second.getByRole('button', { name: 'Sign out' }).waitFor();
});
