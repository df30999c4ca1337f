// A draw from preparation to its public audit, in English: the facilitator creates an assembly and prepares a draw
// on it, computes the quotas from census shares and saves them, imports a pool of volunteers as a CSV file, runs the
// draw (confirming first) and follows it to the panel, the reserves and each group's chance; a signed-out visitor
// opens the draw's public audit page and finds the seed, the pool's fingerprint and the panel by pseudonym. Each page
// is checked with axe-core and photographed.
import assert from 'node:assert/strict';
import {
  accessibilityViolations,
  createAssembly,
  journey,
  platform,
  prepareDraw,
  quotasFromShares,
  screenshot,
  signIn,
} from './support.mjs';

const suffix = Date.now().toString(36);
const assemblyName = `Climate panel ${suffix}`;
const drawTitle = `Panel draw ${suffix}`;
const seed = `Lotto of ${suffix}: 4 11 23 31 38 45`;

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

journey('staff prepare and run a draw, and anyone checks its public audit', '70-failed', async (page) => {
  const staff = await page();
  await staff.goto(platform.url);
  await signIn(staff, 'facilitator@uccle.demo');

  // An assembly to draw for.
  await createAssembly(staff, assemblyName);

  // 1. The facilitator prepares a draw of 4 members and 2 reserves.
  await staff.getByRole('region', { name: 'Draws' }).getByText('No draw yet.').waitFor();
  await prepareDraw(
    staff,
    {
      title: drawTitle,
      members: 4,
      reserves: 2,
      seed,
      seedSource: 'The commune’s website, a week before the draw',
    },
    () => check(staff, 'draws panel', '70-draws-panel'),
  );

  // 2. Quotas from census shares, reviewed, then saved.
  await quotasFromShares(staff, 'gender, female, 51\ngender, male, 49', async (quotas) => {
    assert.equal(await quotas.getByRole('textbox', { name: 'Value, row 2' }).inputValue(), 'male');
    await check(staff, 'quotas computed', '71-quotas');
  });

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
  const visitor = await page();
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
});
