// From letters to seats, end to end: the facilitator makes three invitation letters and downloads their codes as a
// CSV; three people sign up on the public page with their letter's link, signed out (one's mistake named beside its
// field first); the facilitator draws a panel of two (the woman, and one of the two men) with a reserve and offers the
// seats. The woman drawn has no account: her email (caught by the platform's SMTP server) has one link,
// which leads a signed-out browser to her offer, then through Keycloak's registration and its verification email back
// to it; she accepts and is seated. The man drawn refuses by his link alone, signed out, and the other man, the
// reserve that keeps the quotas, is mailed the seat in his place. The facilitator's seating table shows all three.
// Every page is checked with axe-core and photographed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  check,
  createAssembly,
  followVerificationLink,
  journey,
  newestMailTo,
  onlyAppLink,
  platform,
  prepareDraw,
  quotasFromShares,
  registerOnKeycloak,
  signIn,
} from './support.mjs';

const suffix = Date.now().toString(36);
const assemblyName = `Seated panel ${suffix}`;
const drawTitle = `Seating draw ${suffix}`;
const woman = `camille-${suffix}@drawn.example`;
const men = [`alex-${suffix}@drawn.example`, `sam-${suffix}@drawn.example`];
const password = `Pw-${suffix}-long enough`;

/** Who signs up with the three letters: name, address, gender. */
const volunteers = [
  ['Camille', woman, 'female'],
  ['Alex', men[0], 'male'],
  ['Sam', men[1], 'male'],
];

/** Whether the SMTP catcher holds a seat offer for the address. */
async function offered(address) {
  const response = await fetch(`${platform.mail}?to=${encodeURIComponent(address)}`);
  return (await response.json()).some((message) => /seat-offers\//.test(message.text));
}

journey(
  'a drawn newcomer registers from the offer’s link and takes her seat; a refusal calls the reserve',
  '80-failed',
  async (page) => {
    const staff = await page();
    await staff.goto(platform.url);
    await signIn(staff, 'facilitator@uccle.demo');

    await createAssembly(staff, assemblyName);

    // A draw of two, one woman and one man, with one reserve.
    await prepareDraw(staff, {
      title: drawTitle,
      members: 2,
      reserves: 1,
      seed: `seating ${suffix}`,
      seedSource: 'The council meeting of last week',
    });
    await quotasFromShares(staff, 'gender, female, 50\ngender, male, 50', async (quotas) => {
      for (const row of [1, 2]) {
        await quotas.getByRole('spinbutton', { name: `At least, row ${row}` }).fill('1');
        await quotas.getByRole('spinbutton', { name: `At most, row ${row}` }).fill('1');
      }
    });
    // Three letters, their codes downloaded as the CSV a mail merge reads.
    const letters = staff.getByRole('region', { name: 'Invitation letters' });
    await letters.getByLabel('Letters to add').fill('3');
    const until = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    await letters.getByLabel('Sign-up open until').fill(until.toISOString().slice(0, 16));
    await letters.getByRole('button', { name: 'Make the letters' }).click();
    await staff.getByRole('dialog', { name: 'Make the letters?' }).getByRole('button', { name: 'Confirm' }).click();
    const downloading = staff.waitForEvent('download');
    await letters.getByRole('button', { name: 'Download the letters (CSV)' }).click();
    const csv = readFileSync(await (await downloading).path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    assert.equal(csv[0], 'letter,code,sign_up_link');
    assert.equal(csv.length, 4, 'a header and three letters');
    await check(staff, 'letters made', '80-letters');

    // Each person opens their letter's link, signed out, and signs up; the first forgets her gender at first.
    for (const [index, [name, email, gender]] of volunteers.entries()) {
      const [, code, link] = csv[index + 1].split(',');
      assert.ok(link.startsWith(`${platform.url}/communes/uccle/draws/`) && link.endsWith(`?code=${code}`), link);
      const person = await page();
      await person.goto(link);
      await person.getByRole('heading', { level: 1, name: `Sign up for ${assemblyName}` }).waitFor();
      assert.equal(await person.getByLabel('Code on your letter').inputValue(), code);
      await person.getByLabel('Your name').fill(name);
      await person.getByLabel('Your email address').fill(email);
      if (index > 0) await person.getByLabel('gender').selectOption(gender);
      await person.getByLabel(/I agree that the commune uses these answers/).check();
      if (index === 0) {
        await check(person, 'sign-up form', '81-sign-up');
        // The browser asks for the missing answer before sending anything.
        await person.getByRole('button', { name: 'Sign up' }).click();
        assert.equal(await person.getByLabel('gender').evaluate((select) => select.validity.valid), false);
        await person.getByLabel('gender').selectOption(gender);
      }
      await person.getByRole('button', { name: 'Sign up' }).click();
      await person.getByText(/Your pseudonym in the draw’s public record: [A-Z2-7]{10}/).waitFor();
      if (index === 0) await check(person, 'signed up', '82-signed-up');
      await person.close();
    }
    await staff.reload();
    await staff.getByText(/3 volunteers signed up/).waitFor();
    await staff.getByRole('region', { name: 'Run the draw' }).getByRole('button', { name: 'Run the draw' }).click();
    await staff.getByRole('dialog', { name: 'Run the draw now?' }).getByRole('button', { name: 'Confirm' }).click();
    await staff.getByRole('table', { name: 'The 2 members drawn' }).waitFor({ timeout: 60_000 });

    // 1. The seats offered, confirmed first.
    const seating = staff.getByRole('region', { name: 'Seating the panel' });
    await seating.getByLabel('Days to answer').fill('7');
    await check(staff, 'seating form', '83-seating-form');
    await seating.getByRole('button', { name: 'Offer the seats' }).click();
    const confirm = staff.getByRole('dialog', { name: 'Offer the seats by email?' });
    await confirm.getByText(/The 2 people drawn will be emailed/).waitFor();
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    const offers = seating.getByRole('table', { name: 'Offers, in the order they went' });
    await offers.waitFor();
    assert.equal(await offers.getByText('waiting').count(), 2);

    // 2. The woman drawn, without an account, opens her email's link signed out.
    const mail = await newestMailTo(woman, (message) => /seat-offers\//.test(message.text));
    const link = onlyAppLink(mail);
    assert.match(link, /\/communes\/uccle\/seat-offers\/[0-9a-f-]{36}\?key=[A-Za-z0-9_-]{22}$/);
    const camille = await page();
    await camille.goto(link);
    await camille.getByRole('heading', { level: 1, name: `A seat in ${assemblyName}` }).waitFor();
    await camille.getByText(/It was sent to c•••@drawn\.example/).waitFor();
    await check(camille, 'seat offer, signed out', '84-offer-signed-out');
    await camille.getByRole('button', { name: 'Create an account' }).click();
    await camille.waitForURL(/\/realms\/civiclimate\//);
    await registerOnKeycloak(camille, { email: woman, firstName: 'Camille', lastName: 'Drawn', password });
    const verification = await newestMailTo(woman, (message) => /action-token/.test(message.text));
    await followVerificationLink(camille, verification.text.match(/https?:\/\/\S+action-token\S+/)[0]);
    await camille.waitForURL(/\/seat-offers\//);
    await camille.getByRole('button', { name: 'Accept the seat' }).click();
    await camille.getByText(/You accepted this seat: welcome to the assembly/).waitFor();
    await check(camille, 'seat accepted', '85-offer-accepted');

    // 3. The man drawn refuses by his link, signed out; the other man, the reserve, is offered the seat.
    let drawnMan;
    const deadline = Date.now() + 60_000;
    while (!drawnMan && Date.now() < deadline) {
      for (const man of men) {
        if (await offered(man)) drawnMan = man;
      }
      if (!drawnMan) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    assert.ok(drawnMan, 'one of the men was offered a seat');
    const reserve = men.find((man) => man !== drawnMan);
    assert.equal(await offered(reserve), false, 'the reserve is not offered a seat before a refusal');
    const refuser = await page();
    await refuser.goto(onlyAppLink(await newestMailTo(drawnMan)));
    await refuser.getByRole('button', { name: 'Refuse the seat' }).click();
    await refuser.getByRole('dialog', { name: 'Refuse the seat?' }).getByRole('button', { name: 'Confirm' }).click();
    await refuser.getByText(/You refused this seat/).waitFor();
    await check(refuser, 'seat refused', '86-offer-refused');
    const reserveMail = await newestMailTo(reserve, (message) => /seat-offers\//.test(message.text));
    assert.match(reserveMail.text, /reserve|réserve|Reserve|nachrück/i, `the reserve is told so: ${reserveMail.text}`);

    // 4. The facilitator sees the three offers and their answers.
    await staff.reload();
    const table = staff.getByRole('region', { name: 'Seating the panel' }).getByRole('table');
    await table.getByText('accepted').waitFor();
    await table.getByText('refused').waitFor();
    await table.getByText(/reserve, after [A-Z2-7]{10}/).waitFor();
    await staff.getByText(/1 of 2 seats accepted; 1 offer waiting for an answer; 0 reserves not called yet/).waitFor();
    await check(staff, 'seating after the answers', '87-seating-answers');

    // The assembly now counts the woman among its members, chosen by the draw.
    await staff.getByRole('link', { name: assemblyName }).first().click();
    await staff.getByRole('heading', { level: 1, name: assemblyName }).waitFor();
    await staff.getByText('Camille Drawn').first().waitFor();
  },
);
