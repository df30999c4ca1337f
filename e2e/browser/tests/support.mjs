// Shared by the journeys: the browser, the sign-in through the real Keycloak, accessibility checks, screenshots.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const platform = {
  url: required('CIVICLIMATE_URL'),
  demoPassword: required('CIVICLIMATE_DEMO_PASSWORD'),
  // The mail catcher's messages, as JSON: the emails Keycloak and the services sent.
  mail: required('CIVICLIMATE_MAIL_URL'),
  artifacts: process.env.CIVICLIMATE_ARTIFACTS ?? 'target/browser-artifacts',
  chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
};

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} must be set (the Java test BrowserJourneysIT sets it)`);
  }
  return value;
}

/** Debian's Chromium, headless, without any download or call home. */
export async function launch() {
  return chromium.launch({
    executablePath: platform.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export async function newPage(browser, { language = 'en', viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ locale: language, viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  return page;
}

/** Signs in on Keycloak's own (identity-first) login page, starting from the app's sign-in button. */
export async function signIn(page, username) {
  await page.getByRole('button', { name: 'Sign in' }).first().click();
  await signInOnKeycloak(page, username);
}

/** Fills Keycloak's login page, once the app has sent the browser there, and waits to be back in the app. */
export async function signInOnKeycloak(page, username) {
  await page.waitForURL(/\/realms\/civiclimate\//);
  await page.locator('input[name="username"]').fill(username);
  if (!(await page.locator('input[name="password"]').isVisible())) {
    await page.locator('[type="submit"]').first().click();
  }
  await page.locator('input[name="password"]').fill(platform.demoPassword);
  await page.locator('[type="submit"]').first().click();
  await page.waitForURL((url) => url.href.startsWith(platform.url));
  try {
    // In whichever of the four languages the app speaks.
    await page.getByRole('button', { name: /^(Sign out|Se déconnecter|Afmelden|Abmelden)$/ }).waitFor();
  } catch (e) {
    await screenshot(page, `sign-in-failed-${username}`);
    throw e;
  }
}

/** The newest email to the address, waiting for one that matches (e.g. a subject), as the SMTP catcher holds it. */
export async function newestMailTo(address, matches = () => true) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${platform.mail}?to=${encodeURIComponent(address)}`);
    const messages = (await response.json()).filter(matches);
    if (messages.length > 0) {
      return messages[messages.length - 1];
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No matching email reached ${address} within 60 s`);
}

/** The only web-app link of an email's text; fails on none or several, or on HTML escapes in the text part. */
export function onlyAppLink(mail) {
  assert.doesNotMatch(mail.text, /&#\d+;|&amp;|&lt;|&gt;/, `no HTML escapes in the text part: ${mail.text}`);
  assert.doesNotMatch(mail.subject, /&#\d+;|&amp;/, `no HTML escapes in the subject: ${mail.subject}`);
  const links = [...mail.text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0].replace(/[.,;)]+$/, ''));
  assert.equal(links.length, 1, `exactly one link in: ${mail.text}`);
  assert.ok(links[0].startsWith(platform.url), `a link into the web app: ${links[0]}`);
  return links[0];
}

/** Keycloak's registration form (the Civiclimate theme), filled and sent. */
export async function registerOnKeycloak(page, { email, firstName, lastName, password }) {
  await page.locator('#kc-register-form').waitFor();
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('#password-confirm').fill(password);
  await page.locator('#firstName').fill(firstName);
  await page.locator('#lastName').fill(lastName);
  await page.locator('#kc-register-form input[type=submit]').click();
}

/** Follows an email's verification link in the page, through Keycloak's confirmation if it asks for one. */
export async function followVerificationLink(page, link) {
  await page.goto(link);
  const proceed = page.getByRole('link', { name: /proceed|continuer|doorgaan|fortfahren/i });
  if (await proceed.isVisible().catch(() => false)) {
    await proceed.click();
  }
}

/** Runs axe-core on the page and returns its moderate, serious and critical violations. */
export async function accessibilityViolations(page) {
  // Evaluated through the DevTools protocol: the app's content security policy rightly forbids injected scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => ['moderate', 'serious', 'critical'].includes(violation.impact))
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target).join(', ')})`);
}

export async function screenshot(page, name) {
  mkdirSync(platform.artifacts, { recursive: true });
  await page.screenshot({ path: join(platform.artifacts, `${name}.png`), fullPage: true });
}

/** Creates an assembly of the commune Uccle from its assemblies page, signed in as staff, and opens it. */
export async function createAssembly(staff, name) {
  await staff.goto(`${platform.url}/communes/uccle/assemblies`);
  await staff.getByRole('heading', { name: 'Create an assembly' }).waitFor();
  await staff.getByLabel('Name', { exact: true }).fill(name);
  await staff.getByLabel('First sitting').fill(new Date().toISOString().slice(0, 10));
  await staff.getByRole('button', { name: 'Create the assembly' }).click();
  await staff.getByRole('link', { name }).click();
  await staff.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * Prepares a draw on the open assembly's page and opens it; `beforeSubmit` sees the filled form (to check or
 * photograph it).
 */
export async function prepareDraw(
  staff,
  { title, members, reserves, seed, seedSource },
  beforeSubmit = async () => {},
) {
  const draws = staff.getByRole('region', { name: 'Draws' });
  await draws.getByLabel('Title').fill(title);
  await draws.getByLabel('Members to draw').fill(String(members));
  await draws.getByLabel('Reserves').fill(String(reserves));
  await draws.getByLabel('Seed', { exact: true }).fill(seed);
  await draws.getByLabel('Where the seed was announced').fill(seedSource);
  await beforeSubmit(draws);
  await draws.getByRole('button', { name: 'Prepare the draw' }).click();
  await draws.getByRole('link', { name: `Draw “${title}” prepared: set its quotas and pool.` }).click();
  await staff.getByRole('heading', { level: 1, name: title }).waitFor();
}

/**
 * Computes the open draw's quotas from census shares (`feature, value, percent` lines), lets `review` check or
 * change the rows computed, and saves them.
 */
export async function quotasFromShares(staff, shares, review = async () => {}) {
  const quotas = staff.getByRole('region', { name: 'Quotas' });
  await quotas.getByText('Compute the quotas from census shares').click();
  await quotas.getByLabel('Shares of the population').fill(shares);
  await quotas.getByRole('button', { name: 'Compute' }).click();
  // The computed quotas shown first, before any change (else the computation could overwrite it).
  await quotas.getByRole('status').filter({ hasText: 'Quotas computed from the shares' }).waitFor();
  await review(quotas);
  const rows = shares.trim().split('\n').length;
  await quotas.getByRole('button', { name: 'Save the quotas' }).click();
  await quotas
    .getByRole('status')
    .filter({ hasText: `${rows} quotas saved.` })
    .waitFor();
}

/**
 * A journey as a test: Debian's Chromium launched once for its file, `steps` given a way to open pages, and every page
 * still open photographed (`{failed}-{index}`) if a step fails.
 */
export function journey(title, failed, steps) {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  test(title, async () => {
    const open = [];
    const page = async (options) => {
      const opened = await newPage(browser, options);
      open.push(opened);
      return opened;
    };
    try {
      await steps(page);
    } catch (e) {
      for (const [index, opened] of open.entries()) {
        if (!opened.isClosed()) await screenshot(opened, `${failed}-${index}`).catch(() => {});
      }
      throw e;
    }
  });
}

/** Checks the page with axe-core (no moderate, serious or critical violation) and photographs it. */
export async function check(page, what, name) {
  assert.deepEqual(await accessibilityViolations(page), [], what);
  await screenshot(page, name);
}
