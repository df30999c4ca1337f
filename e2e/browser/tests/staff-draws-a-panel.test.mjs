// A draw from preparation to its public audit, in English: the facilitator creates an assembly and prepares a draw
// on it, computes the quotas from census shares and saves them, imports a pool of volunteers as a CSV file, runs the
// draw (confirming first) and follows it to the panel, the reserves and each group's chance; a signed-out visitor
// opens the draw's public audit page and finds the seed, the pool's fingerprint and the panel by pseudonym. Each page
// is checked with axe-core and photographed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, launch, newPage, platform, screenshot, signIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const suffix = Date.now().toString(36);
const assemblyName = `Climate panel ${suffix}`;
const drawTitle = `Panel draw ${suffix}`;
const seed = `Lotto of ${suffix}: 4 11 23 31 38 45`;
const commune = `${platform.url}/communes/uccle`;

/** Twelve volunteers, six women and six men, one per household. */
const pool = [
  'name,email,household,gender',
  ...Array.from({ length: 12 }, (_, i) => {
    const gender = i % 2 === 0 ? 'female' : 'male';
    return `Volunteer ${i + 1},volunteer${i + 1}-${suffix}@example.org,Street ${i + 1},${gender}`;
  }),
].join('\n');

async function check(page, what, name) {
  assert.deepEqual(await accessibilityViolations(page), [], what);
  await screenshot(page, name);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const open = [];

test('staff prepare and run a draw, and anyone checks its public audit', async () => {
  try {
    await journey();
  } catch (e) {
    for (const [index, page] of open.entries()) {
      if (!page.isClosed()) await screenshot(page, `70-failed-${index}`).catch(() => {});
    }
    throw e;
  }
});

async function journey() {
  const staff = await newPage(browser);
  open.push(staff);
  await staff.goto(platform.url);
  await signIn(staff, 'facilitator@uccle.demo');

  // An assembly to draw for.
  await staff.goto(`${commune}/assemblies`);
  await staff.getByRole('heading', { name: 'Create an assembly' }).waitFor();
  await staff.getByLabel('Name', { exact: true }).fill(assemblyName);
  await staff.getByLabel('First sitting').fill(new Date().toISOString().slice(0, 10));
  await staff.getByRole('button', { name: 'Create the assembly' }).click();
  await staff.getByRole('link', { name: assemblyName }).click();
  await staff.getByRole('heading', { level: 1, name: assemblyName }).waitFor();

  // 1. The facilitator prepares a draw of 4 members and 2 reserves.
  const draws = staff.getByRole('region', { name: 'Draws' });
  await draws.getByText('No draw yet.').waitFor();
  await draws.getByLabel('Title').fill(drawTitle);
  await draws.getByLabel('Members to draw').fill('4');
  await draws.getByLabel('Reserves').fill('2');
  await draws.getByLabel('Seed', { exact: true }).fill(seed);
  await draws.getByLabel('Where the seed was announced').fill('The commune’s website, a week before the draw');
  await check(staff, 'draws panel', '70-draws-panel');
  await draws.getByRole('button', { name: 'Prepare the draw' }).click();
  await draws.getByRole('link', { name: `Draw “${drawTitle}” prepared: set its quotas and pool.` }).click();
  await staff.getByRole('heading', { level: 1, name: drawTitle }).waitFor();

  // 2. Quotas from census shares, reviewed, then saved.
  const quotas = staff.getByRole('region', { name: 'Quotas' });
  await quotas.getByText('Compute the quotas from census shares').click();
  await quotas.getByLabel('Shares of the population').fill('gender, female, 51\ngender, male, 49');
  await quotas.getByRole('button', { name: 'Compute' }).click();
  await quotas.getByRole('status').filter({ hasText: 'Quotas computed from the shares' }).waitFor();
  assert.equal(await quotas.getByRole('textbox', { name: 'Value, row 2' }).inputValue(), 'male');
  await check(staff, 'quotas computed', '71-quotas');
  await quotas.getByRole('button', { name: 'Save the quotas' }).click();
  await quotas.getByRole('status').filter({ hasText: '2 quotas saved.' }).waitFor();

  // 3. The pool, a CSV file; a mistake first, named by its line, then the right file.
  const poolPanel = staff.getByRole('region', { name: 'Volunteers' });
  await poolPanel.getByLabel('Pool file (CSV)').setInputFiles({
    name: 'pool.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${pool}\nVolunteer 13,,Street 13,other\n`),
  });
  await poolPanel.getByRole('button', { name: 'Import the pool' }).click();
  await poolPanel.getByRole('alert').filter({ hasText: 'line 14' }).waitFor();
  await poolPanel.getByLabel('Pool file (CSV)').setInputFiles({
    name: 'pool.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(pool),
  });
  await poolPanel.getByRole('button', { name: 'Import the pool' }).click();
  await poolPanel.getByRole('status').filter({ hasText: '12 volunteers imported.' }).waitFor();
  await check(staff, 'pool imported', '72-pool');

  // 4. The run, confirmed, followed to its end.
  await staff.getByRole('region', { name: 'Run the draw' }).getByRole('button', { name: 'Run the draw' }).click();
  const confirm = staff.getByRole('dialog', { name: 'Run the draw now?' });
  await confirm.getByText(/the panel is final/).waitFor();
  await check(staff, 'run confirmation', '73-run-confirm');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  const panel = staff.getByRole('table', { name: 'The 4 members drawn' });
  await panel.waitFor({ timeout: 60_000 });
  assert.equal(await panel.getByRole('row').count(), 5, 'a header and 4 members');
  await staff.getByRole('heading', { name: 'Reserves, in calling order' }).waitFor();
  const chances = staff.getByRole('table', { name: 'Quotas, seats taken and chances per group' });
  await chances.getByRole('row', { name: /female/ }).waitFor();
  await staff.getByText(/With the legacy method, estimated over/).waitFor();
  await check(staff, 'draw result', '74-result');

  // 5. A visitor, signed out, checks it.
  const publicLink = await staff.getByRole('link', { name: 'Public audit page' }).getAttribute('href');
  const visitor = await newPage(browser);
  open.push(visitor);
  await visitor.goto(`${platform.url}${publicLink}`);
  await visitor.getByRole('heading', { level: 1, name: `Public audit of the draw “${drawTitle}”` }).waitFor();
  await visitor.getByText(seed).waitFor();
  const text = await visitor.locator('main').innerText();
  assert.match(text, /[0-9a-f]{64}/, 'the pool’s fingerprint');
  assert.doesNotMatch(text, /Volunteer \d+|example\.org/, 'nobody named');
  await visitor.getByRole('heading', { name: 'The 4 members drawn (pseudonyms)' }).waitFor();
  const record = await visitor.getByRole('link', { name: 'Download the record' }).getAttribute('href');
  const downloaded = await (await fetch(`${platform.url}${record}`)).json();
  assert.equal(downloaded.selected.length, 4);
  assert.equal(downloaded.seed, seed);
  await check(visitor, 'public audit', '75-public-audit');
}
