// Stage 1 with the register uploaded, in English: the facilitator prepares a draw and its quotas, uploads the
// commune's register (a file without its address column first, named, then the right one, a household on two lines),
// draws six letters in proportion to the two districts, downloads the mail merge and then deletes the register's names
// and addresses; the letters went to the households of lowest rank under the seed, as anyone holding the register can
// check with SHA-256; one person signs up with their letter's link, signed out. Each page is checked with axe-core and
// photographed.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { check, createAssembly, journey, platform, prepareDraw, quotasFromShares, signIn } from './support.mjs';

const suffix = Date.now().toString(36);
const assemblyName = `Register panel ${suffix}`;
const drawTitle = `Letters draw ${suffix}`;
const seed = `Lotto of ${suffix}: 2 9 17 26 33 41`;

/** Twelve households, eight in North and four in South; the first lives on two lines. */
const households = Array.from({ length: 12 }, (_, i) => ({
  id: `HH-${suffix}-${i + 1}`,
  name: `Resident ${i + 1}`,
  address: `${i + 1} Rue du Doyenné`,
  district: i < 8 ? 'North' : 'South',
}));
const register = [
  'household,name,address,district',
  ...households.map((h) => `${h.id},${h.name},${h.address},${h.district}`),
  `${households[0].id},Second resident,${households[0].address},North`,
].join('\n');

/** The households of the district with the lowest ranks under the seed: the rule the draw publishes. */
function lowestRanks(district, letters) {
  const rank = (id) => createHash('sha256').update(`${seed}/letters/${id}`, 'utf8').digest('hex');
  return households
    .filter((h) => h.district === district)
    .sort((a, b) => rank(a.id).localeCompare(rank(b.id)))
    .slice(0, letters)
    .map((h) => h.name);
}

journey(
  'staff upload a register, draw letters by district, download the mail merge and delete the register',
  '90-failed',
  async (page) => {
    const staff = await page();
    await staff.goto(platform.url);
    await signIn(staff, 'facilitator@uccle.demo');
    await createAssembly(staff, assemblyName);
    await prepareDraw(staff, {
      title: drawTitle,
      members: 2,
      reserves: 0,
      seed,
      seedSource: 'The commune’s website, a week before the letters',
    });
    await quotasFromShares(staff, 'gender, female, 50\ngender, male, 50');

    // 1. The register: a file without its address column is named, then the right one is read.
    const panel = staff.getByRole('region', { name: 'Register for the letters' });
    await panel.getByText('No register uploaded.').waitFor();
    await panel.getByLabel('Register file (CSV)').setInputFiles({
      name: 'register.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('household,name\nH1,Ann\n'),
    });
    await panel.getByRole('button', { name: 'Upload the register' }).click();
    await panel.getByRole('alert').filter({ hasText: 'the header has no column address' }).waitFor();
    await panel.getByLabel('Register file (CSV)').setInputFiles({
      name: 'register.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(register),
    });
    await panel.getByRole('button', { name: 'Upload the register' }).click();
    await panel.getByRole('status').filter({ hasText: 'Register uploaded: 12 households.' }).waitFor();
    await panel.getByText(/13 rows, 12 households\. No letters drawn yet\./).waitFor();
    const expectedHash = createHash('sha256').update(register, 'utf8').digest('hex');
    await panel.getByText(expectedHash).waitFor();
    await check(staff, 'register uploaded', '90-register');

    // 2. Six letters, in proportion to the districts: four for North's eight households, two for South's four.
    const letters = staff.getByRole('region', { name: 'Invitation letters' });
    await letters.getByLabel('Letters to add').fill('6');
    const until = new Date(Date.now() + 14 * 24 * 3600 * 1000);
    await letters.getByLabel('Sign-up open until').fill(until.toISOString().slice(0, 16));
    await letters.getByLabel('In proportion to each district’s households').check();
    await letters.getByRole('button', { name: 'Make the letters' }).click();
    const confirm = staff.getByRole('dialog', { name: 'Make the letters?' });
    await confirm.getByText(/6 households will be drawn from the register with the seed/).waitFor();
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    const byDistrict = panel.getByRole('table', { name: 'Letters drawn in proportion to each district' });
    await byDistrict.getByRole('row', { name: 'North 8 4' }).waitFor();
    await byDistrict.getByRole('row', { name: 'South 4 2' }).waitFor();
    await check(staff, 'letters drawn', '91-letters-drawn');

    // 3. The mail merge downloaded; the draw cannot run before the names and addresses are deleted, which is confirmed.
    await panel.getByText(/Download the mail merge and print the letters, then delete/).waitFor();
    const downloading = staff.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download the mail merge (CSV)' }).click();
    const csv = readFileSync(await (await downloading).path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    assert.equal(csv[0], 'letter,code,sign_up_link,name,address,district');
    assert.equal(csv.length, 7, 'a header and six letters');
    const rows = csv.slice(1).map((line) => line.split(','));
    assert.deepEqual(
      rows.filter((row) => row[5] === 'North').map((row) => row[3]),
      lowestRanks('North', 4),
    );
    assert.deepEqual(
      rows.filter((row) => row[5] === 'South').map((row) => row[3]),
      lowestRanks('South', 2),
    );
    assert.ok(!csv.join('\n').includes('Second resident'), 'a household gets one letter');
    await panel.getByText(/Check that the file opens/).waitFor();
    await check(staff, 'mail merge downloaded', '92-mail-merge');
    await panel.getByRole('button', { name: 'Delete the register' }).click();
    const deleting = staff.getByRole('dialog', { name: 'Delete the register?' });
    await deleting.getByText(/the letters drawn can no longer be addressed/).waitFor();
    await deleting.getByRole('button', { name: 'Confirm' }).click();
    await panel.getByText(/Names and addresses deleted on/).waitFor();
    assert.equal(await panel.getByRole('button', { name: 'Download the mail merge (CSV)' }).count(), 0);
    await check(staff, 'register deleted', '93-register-deleted');

    // 4. A letter's link signs its household up, signed out.
    const [, code, link] = rows[0];
    const person = await page();
    await person.goto(link);
    await person.getByRole('heading', { level: 1, name: `Sign up for ${assemblyName}` }).waitFor();
    assert.equal(await person.getByLabel('Code on your letter').inputValue(), code);
    await person.getByLabel('Your name').fill(rows[0][3]);
    await person.getByLabel('Your email address').fill(`resident-${suffix}@register.example`);
    await person.getByLabel('gender').selectOption('female');
    await person.getByLabel(/I agree that the commune uses these answers/).check();
    await person.getByRole('button', { name: 'Sign up' }).click();
    await person.getByText(/Your pseudonym in the draw’s public record: [A-Z2-7]{10}/).waitFor();
    await person.close();
  },
);
