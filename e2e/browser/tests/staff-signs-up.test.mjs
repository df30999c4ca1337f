// Someone from a commune's staff who has no account yet registers through Keycloak's own page, verifies their email
// address by following the link in the actual email (caught by the platform's SMTP server), and requests their
// commune's space, which they then watch become ready.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, newPage, platform, screenshot, accessibilityViolations } from './support.mjs';

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

/** Fills Keycloak's password fields, on whichever page of the sign-up shows them. */
async function choosePasswordIfAsked(page) {
  for (const name of ['password', 'password-new']) {
    const field = page.locator(`input[name="${name}"]`);
    if (await field.isVisible().catch(() => false)) {
      await field.fill(password);
      await page.locator('input[name="password-confirm"]').fill(password);
    }
  }
}

/** The newest email to the address, waiting for it to arrive. */
async function newestMailTo(address) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${platform.mail}?to=${encodeURIComponent(address)}`);
    const messages = await response.json();
    if (messages.length > 0) {
      return messages[messages.length - 1];
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No email reached ${address} within 30 s`);
}

test('new staff register, verify their email from the actual message, and request their commune', async () => {
  const page = await newPage(browser);
  await page.goto(platform.url);
  await page.getByRole('button', { name: 'Sign in' }).first().click();
  await page.waitForURL(/\/realms\/civiclimate\//);
  await page.getByRole('link', { name: 'Register' }).click();
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="firstName"]').fill('Stéphanie');
  await page.locator('input[name="lastName"]').fill('Staff');
  // Keycloak asks for a password here, or once the address is verified, depending on its version's flow.
  await choosePasswordIfAsked(page);
  await screenshot(page, '20-register');
  await page.locator('[type="submit"]').first().click();
  await page.getByText(/verify your email/i).first().waitFor();
  await screenshot(page, '21-verify-email');

  const mail = await newestMailTo(email);
  const link = mail.text.match(/https?:\/\/\S+action-token\S+/)?.[0];
  assert.ok(link, `a verification link in: ${mail.text}`);
  await page.goto(link);
  const proceed = page.getByRole('link', { name: /proceed|back to application/i });
  if (await proceed.isVisible().catch(() => false)) {
    await proceed.click();
  }
  await choosePasswordIfAsked(page);
  if (await page.locator('[type="submit"]').first().isVisible().catch(() => false)) {
    await page.locator('[type="submit"]').first().click();
  }
  await page.waitForURL((url) => url.href.startsWith(platform.url));
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await screenshot(page, '22-signed-up');

  const name = `Signupville ${suffix}`;
  await page.getByRole('link', { name: 'Create a commune' }).first().click();
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
