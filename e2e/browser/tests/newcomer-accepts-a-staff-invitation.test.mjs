// An admin invites two people to their commune's staff from the members page. The first has no account: their email,
// caught by the platform's SMTP server, is in French (the language the admin chose), has one link, and that link
// leads a signed-out browser to the invitation, then through Keycloak's registration (in French, password asked on
// the form) and the verification email, back to the invitation, which they accept and become the commune's
// facilitator. The second has an account: they sign in from the link and accept in English. Every page, the
// Keycloak ones included, is checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  accessibilityViolations,
  followVerificationLink,
  launch,
  newestMailTo,
  newPage,
  onlyAppLink,
  platform,
  registerOnKeycloak,
  screenshot,
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
const newcomer = `camille-${suffix}@invited.example`;
const password = `Pw-${suffix}-long enough`;

/** The demo admin of Uccle invites the address from the members page, the email in the language given. */
async function invite(address, role, emailLanguage) {
  const admin = await newPage(browser);
  await admin.goto(platform.url);
  await signIn(admin, 'admin@uccle.demo');
  await admin.goto(`${platform.url}/communes/uccle/members`);
  await admin.getByLabel('Email address').fill(address);
  await admin.getByLabel('Role', { exact: true }).selectOption(role);
  await admin.getByLabel('Language of the email').selectOption(emailLanguage);
  await admin.getByRole('button', { name: 'Send the invitation' }).click();
  await admin.getByText(`Invitation sent to ${address}.`).waitFor();
  assert.deepEqual(await accessibilityViolations(admin), [], 'members page with invitations');
  await admin.close();
}

test('a newcomer without an account follows the emailed link, registers in French and becomes facilitator', async () => {
  await invite(newcomer, 'FACILITATOR', 'fr');

  const mail = await newestMailTo(newcomer);
  assert.match(mail.subject, /Uccle/);
  assert.match(mail.text, /d’Uccle|Uccle/);
  assert.match(mail.text, /valable jusqu’au/, `the validity, once, in French: ${mail.text}`);
  const link = onlyAppLink(mail);
  assert.match(link, /\/invitations\/[0-9a-f-]{36}$/);

  // A fresh browser, as the person opening their mailbox: signed out, in French.
  const page = await newPage(browser, { language: 'fr-BE' });
  await page.goto(link);
  await page.getByRole('heading', { name: 'Votre invitation' }).waitFor();
  await page.getByText(/Uccle vous invite à rejoindre son équipe/).waitFor();
  await page.getByText(/Valable jusqu’au/).waitFor();
  assert.match(await page.title(), /Votre invitation · Civiclimate/);
  assert.deepEqual(await accessibilityViolations(page), [], 'invitation, signed out');
  await screenshot(page, '30-invitation-signed-out-fr');

  await page.getByRole('button', { name: 'Créer un compte' }).click();
  await page.waitForURL(/\/realms\/civiclimate\//);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', 'Keycloak speaks the app’s language');
  await page.locator('#civiclimate-password-policy').waitFor();
  assert.match(await page.locator('#civiclimate-password-policy').innerText(), /Au moins 12 caractères/);
  assert.deepEqual(await accessibilityViolations(page), [], 'Keycloak registration, French');
  await screenshot(page, '31-register-fr');
  await registerOnKeycloak(page, { email: newcomer, firstName: 'Camille', lastName: 'Nouvelle', password });
  await page.getByText(/valable 24 heures/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'Keycloak check your email, French');

  const verification = await newestMailTo(newcomer, (message) => /Confirmez votre adresse/.test(message.subject));
  const verify = verification.text.match(/https?:\/\/\S+action-token\S+/)?.[0];
  assert.ok(verify, `a verification link in: ${verification.text}`);
  await followVerificationLink(page, verify);
  // Back where they started: the invitation, now signed in.
  await page.waitForURL(/\/invitations\//);
  await page.getByRole('button', { name: 'Accepter l’invitation' }).click();
  await page.waitForURL(`${platform.url}/communes/uccle`);
  assert.deepEqual(await accessibilityViolations(page), [], 'commune page after accepting, French');
  await screenshot(page, '32-accepted-fr');

  await page.getByRole('link', { name: 'Mes communes' }).first().click();
  assert.match(await page.locator('.card', { hasText: 'Uccle' }).innerText(), /facilitat/i);
});

test('someone with an account signs in from the link and accepts in English', async () => {
  await invite('coordinator@network.demo', 'FACILITATOR', 'nl');
  const mail = await newestMailTo('coordinator@network.demo', (message) => /Uccle/.test(message.subject));
  assert.match(mail.text, /geldig tot/, `the validity, in Dutch: ${mail.text}`);
  const link = onlyAppLink(mail);

  const page = await newPage(browser);
  await page.goto(link);
  await page.getByText(/Uccle invites you to join its staff as facilitator/).waitFor();
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await signInOnKeycloak(page, 'coordinator@network.demo');
  await page.waitForURL(/\/invitations\//);
  assert.deepEqual(await accessibilityViolations(page), [], 'invitation, signed in');
  await screenshot(page, '33-invitation-signed-in-en');
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  await page.waitForURL(`${platform.url}/communes/uccle`);

  // The link again, once accepted: it says so rather than failing.
  await page.goto(link);
  await page.getByText('This invitation has already been accepted.').waitFor();
});

test('an invitation opened by someone else, signed in, says which address it was sent to', async () => {
  await invite(`other-${suffix}@invited.example`, 'ADMIN', 'fr');
  const link = onlyAppLink(await newestMailTo(`other-${suffix}@invited.example`));
  const page = await newPage(browser);
  await page.goto(platform.url);
  await signIn(page, 'citizen@uccle.demo');
  await page.goto(link);
  await page.getByText(/This invitation was sent to another address \(o•+@invited\.example\)/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'invitation, another address');
});
