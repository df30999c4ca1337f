// An assembly's life from its creation to the commune's public answer, in French (fr-BE): the staff create an
// assembly, seat a citizen, plan and convene a vote session (the citizen gets the convocation in French) and record
// the citizen present; a recommendation is drafted and put to the vote, the citizen votes for it, the facilitator
// closes the vote (adopted) and publishes the commune's answer (accepted in part, which needs a justification); a
// signed-out visitor finds the answer on the commune's public accountability page. Each page is checked with
// axe-core and photographed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  accessibilityViolations,
  launch,
  newestMailTo,
  newPage,
  platform,
  screenshot,
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
const assemblyName = `Assemblée climat ${suffix}`;
const topic = 'Énergie';
const sessionTitle = `Séance de vote ${suffix}`;
// The title's last word, unique to this run, is what the visitor searches for.
const recommendationTitle = `Des panneaux solaires sur les écoles ${suffix}`;
const justification = `Les écoles communales en auront en 2027 ; les autres bâtiments attendront le budget ${suffix}.`;
const commune = `${platform.url}/communes/uccle`;

/** A moment as the commune's clocks show it (Uccle: Brussels), as a datetime-local field takes it: 2026-12-03T14:05. */
function wallClock(moment) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * A vote session about to start: members are convened before it starts, and they vote once it has. It starts on the
 * second minute to come (one to two minutes from now) and lasts 3 hours (a session lasts at most 14).
 */
function comingSession() {
  const start = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
  return { start, startsAt: wallClock(start), endsAt: wallClock(new Date(start.getTime() + 3 * 3_600_000)) };
}

/** A day as the commune's clocks show it (Uccle: Brussels), as a date field takes it: 2026-12-03. */
function day(offsetDays = 0) {
  const moment = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(moment);
}

/**
 * The page has no accessibility violations; photographed. Then back to the top of the page: after axe-core's run and
 * a full-page screenshot of a long page, Chromium would otherwise click the next button where it was, not where it is.
 */
async function check(page, what, name) {
  assert.deepEqual(await accessibilityViolations(page), [], what);
  await screenshot(page, name);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The pages open, photographed if the journey fails, to show where it stopped. */
const open = new Map();
async function frenchPage(who) {
  const page = await newPage(browser, { language: 'fr-BE' });
  open.set(who, page);
  return page;
}

/** Signs in from the app's French sign-in button (support's signIn clicks the English one). */
async function signInFr(page, username) {
  await page.getByRole('button', { name: 'Se connecter' }).first().click();
  await signInOnKeycloak(page, username);
}

test('an assembly adopts a recommendation and the commune answers it, publicly', async () => {
  try {
    await journey();
  } catch (e) {
    for (const [who, page] of open) {
      if (!page.isClosed()) await screenshot(page, `50-failed-${who}`).catch(() => {});
    }
    throw e;
  }
});

async function journey() {
  // The citizen signs in first, in French: the platform then knows the language to write to them in.
  const citizen = await frenchPage('citizen');
  await citizen.goto(platform.url);
  await signInFr(citizen, 'citizen@uccle.demo');

  // 1. The facilitator creates the assembly.
  const staff = await frenchPage('staff');
  await staff.goto(platform.url);
  await signInFr(staff, 'facilitator@uccle.demo');
  await staff.goto(`${commune}/assemblies`);
  await staff.getByRole('heading', { level: 1, name: 'Assemblées' }).waitFor();
  assert.equal(await staff.evaluate(() => document.documentElement.lang), 'fr');
  await staff.getByRole('heading', { name: 'Créer une assemblée' }).waitFor();
  await check(staff, 'assemblies', '50-assemblies-fr');

  await staff.getByLabel('Nom', { exact: true }).fill(assemblyName);
  await staff.getByLabel('Première séance').fill(day(-7));
  await staff.getByLabel('Thèmes').fill(topic);
  await staff.getByRole('button', { name: 'Créer l’assemblée' }).click();
  await staff.getByRole('status').filter({ hasText: `L’assemblée ${assemblyName} est créée.` }).waitFor();
  await staff.getByRole('link', { name: assemblyName }).click();
  await staff.getByRole('heading', { level: 1, name: assemblyName }).waitFor();
  await staff.getByRole('heading', { name: 'Prévoir une séance' }).waitFor();
  const assemblyUrl = staff.url();
  await check(staff, 'assembly', '51-assembly-fr');

  // Seating a person is an administrator's: the facilitator's page says so.
  await staff.getByRole('region', { name: 'Attribuer un siège' }).waitFor();
  const admin = await frenchPage('admin');
  await admin.goto(platform.url);
  await signInFr(admin, 'admin@uccle.demo');
  await admin.goto(assemblyUrl);
  await admin.getByRole('heading', { level: 1, name: assemblyName }).waitFor();
  const seatForm = admin.getByRole('region', { name: 'Attribuer un siège' });
  await seatForm.getByLabel('Siège', { exact: true }).selectOption({ label: 'Siège 1 (cohorte 1)' });
  await seatForm.getByLabel('Trouver la personne').fill('citizen@uccle.demo');
  const person = seatForm.getByLabel('Personne', { exact: true });
  await person.locator('option', { hasText: 'citizen@uccle.demo' }).waitFor({ state: 'attached' });
  const citizenOption = await person.locator('option', { hasText: 'citizen@uccle.demo' }).getAttribute('value');
  await person.selectOption(citizenOption);
  await check(admin, 'seat form', '52-seat-form-fr');
  await seatForm.getByRole('button', { name: 'Attribuer le siège' }).click();
  await seatForm.getByRole('status').filter({ hasText: /Cédric Citoyen occupe désormais le siège 1,/ }).waitFor();
  await admin.context().close();

  // 2. The facilitator plans a vote session about to start, and convenes it.
  const { start, startsAt, endsAt } = comingSession();
  await staff.reload();
  const sessionForm = staff.getByRole('region', { name: 'Prévoir une séance' });
  await sessionForm.getByLabel('Type').selectOption({ label: 'Vote' });
  await sessionForm.getByLabel('Titre').fill(sessionTitle);
  await sessionForm.getByLabel('Début').fill(startsAt);
  await sessionForm.getByLabel('Fin', { exact: true }).fill(endsAt);
  await sessionForm.getByLabel('Lieu', { exact: true }).fill('Maison communale, salle du conseil');
  await sessionForm.getByLabel('Ordre du jour').fill('Vote sur les panneaux solaires');
  await sessionForm.getByRole('button', { name: 'Prévoir la séance' }).click();
  const planned = `La séance «\u00a0${sessionTitle}\u00a0» est prévue.`;
  await sessionForm.getByRole('status').filter({ hasText: planned }).waitFor();
  await staff.getByRole('link', { name: sessionTitle }).click();
  await staff.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
  await staff.getByRole('button', { name: 'Convoquer les membres' }).click();
  await staff.getByRole('status').filter({ hasText: 'Chacun a reçu un courriel.' }).waitFor();
  const convocations = staff.getByRole('table', { name: 'Les personnes convoquées et leurs réponses' });
  await convocations.getByRole('row', { name: /Cédric Citoyen/ }).getByText('pas encore de réponse').waitFor();
  await check(staff, 'session, convened', '53-session-convened-fr');

  const mail = await newestMailTo('citizen@uccle.demo', (m) => m.subject.includes(sessionTitle));
  assert.match(mail.subject, /convocation à la séance/, `in French: ${mail.subject}`);
  assert.doesNotMatch(mail.subject, /&#\d+;|&amp;/, `no HTML escapes in the subject: ${mail.subject}`);

  // 3. Once the session has started, the attendance sheet: the citizen was there.
  await staff.waitForTimeout(Math.max(0, start.getTime() - Date.now()) + 2_000);
  await staff.reload();
  const sheet = staff.getByRole('region', { name: 'Présences' });
  const presence = sheet.getByRole('combobox', { name: /^Présence / });
  await presence.first().waitFor();
  assert.equal(await presence.count(), 1, 'one member sits in the new assembly');
  await presence.selectOption({ label: 'présent·e' });
  await sheet.getByRole('button', { name: 'Enregistrer les présences' }).click();
  await sheet.getByRole('status').filter({ hasText: '1 présence enregistrée.' }).waitFor();
  await check(staff, 'attendance recorded', '54-attendance-fr');

  // 4. Back on the assembly, the facilitator drafts a recommendation and puts it to the vote at that session.
  await staff.getByRole('link', { name: 'Retour à l’assemblée' }).click();
  await staff.getByRole('heading', { level: 1, name: assemblyName }).waitFor();
  const draft = staff.getByRole('region', { name: 'Rédiger une recommandation' });
  // The assembly's only topic is chosen already; choose it anyway, as a person would check.
  await draft.getByLabel('Thème').selectOption(topic);
  await draft.getByLabel('Titre').fill(recommendationTitle);
  await draft
    .getByLabel('Texte')
    .fill('La commune équipe de panneaux solaires le toit de chaque école communale avant la fin de 2027.');
  await draft.getByRole('button', { name: 'Rédiger la recommandation' }).click();
  const drafted = `La recommandation «\u00a0${recommendationTitle}\u00a0» est rédigée.`;
  await draft.getByRole('status').filter({ hasText: drafted }).waitFor();
  await check(staff, 'recommendation drafted', '55-recommendation-drafted-fr');
  await draft.getByRole('link', { name: 'L’ouvrir' }).click();
  await staff.getByRole('heading', { level: 1, name: recommendationTitle }).waitFor();
  const recommendationUrl = staff.url();
  const vote = staff.getByRole('region', { name: 'Vote' });
  const voteSession = vote.getByLabel('Séance de vote');
  const sessionOption = voteSession.locator('option', { hasText: `${sessionTitle} — ` });
  await voteSession.selectOption((await sessionOption.getAttribute('value')) ?? '');
  await check(staff, 'recommendation, draft', '56-recommendation-draft-fr');
  await vote.getByRole('button', { name: 'Ouvrir le vote' }).click();
  await vote.getByText(/^Le vote est ouvert depuis le /).waitFor();
  await screenshot(staff, '57-vote-open-fr');

  // 5. The citizen, present at the session, votes for it.
  await citizen.goto(recommendationUrl);
  await citizen.getByRole('heading', { level: 1, name: recommendationTitle }).waitFor();
  await citizen.getByRole('heading', { name: 'Votre bulletin' }).waitFor();
  await check(citizen, 'ballot', '58-ballot-fr');
  await citizen.getByRole('button', { name: 'Voter pour' }).click();
  const confirmBallot = citizen.getByRole('dialog');
  await confirmBallot.getByText('Une fois déposé, votre bulletin ne peut plus être modifié.').waitFor();
  await check(citizen, 'ballot confirmation', '59-ballot-confirm-fr');
  await confirmBallot.getByRole('button', { name: 'Confirmer' }).click();
  await citizen.getByText('Vous avez voté\u202f: pour.').or(citizen.getByText('Vous avez voté.')).first().waitFor();
  await screenshot(citizen, '60-voted-fr');

  // 6. The facilitator closes the vote: adopted; and publishes the commune's answer.
  await staff.reload();
  await vote.getByText('1 bulletin déposé jusqu’ici.').waitFor();
  await vote.getByRole('button', { name: 'Clore le vote' }).click();
  const confirmClose = staff.getByRole('dialog', { name: 'Clore le vote\u202f?' });
  await confirmClose.waitFor();
  await check(staff, 'close the vote', '61-close-vote-fr');
  await confirmClose.getByRole('button', { name: 'Confirmer' }).click();
  await vote.getByText(/^Le vote a été clos le /).waitFor();
  await vote.locator('strong', { hasText: 'Adoptée' }).waitFor();

  const answerForm = staff.getByRole('form', { name: 'Publier la réponse de la commune' });
  await answerForm.getByRole('radio', { name: 'Acceptée en partie' }).check();
  await answerForm.getByRole('button', { name: 'Publier la réponse' }).click();
  const field = answerForm.getByLabel('Justification', { exact: true });
  await answerForm
    .getByText('Veuillez justifier une décision qui n’accepte pas la recommandation en totalité.')
    .first()
    .waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match((await field.getAttribute('aria-describedby')) ?? '', /answer-justification-error/);
  await check(staff, 'answer refused without justification', '62-answer-needs-justification-fr');
  await field.fill(justification);
  await answerForm.getByRole('button', { name: 'Publier la réponse' }).click();
  const answer = staff.getByRole('region', { name: 'La réponse de la commune' });
  await answer.getByText('Acceptée en partie', { exact: true }).waitFor();
  await answer.getByText(justification).waitFor();
  await check(staff, 'answer published', '63-answer-published-fr');
  await citizen.context().close();
  await staff.context().close();

  // 7. Signed out, a visitor finds the recommendation and the commune's answer on the public page.
  const visitor = await frenchPage('visitor');
  await visitor.goto(`${commune}/accountability`);
  await visitor.getByRole('heading', { level: 1, name: /^Recommandations et réponses/ }).waitFor();
  assert.equal(await visitor.evaluate(() => document.documentElement.lang), 'fr');
  const filters = visitor.getByRole('search', { name: 'Filtrer les recommandations' });
  await filters.getByRole('searchbox', { name: 'Rechercher' }).fill(suffix);
  await filters.getByRole('button', { name: 'Rechercher' }).click();
  await visitor.waitForURL(new RegExp(`[?&]q=${suffix}`));
  await visitor.getByRole('status').filter({ hasText: /^1 recommandation$/ }).waitFor();
  const card = visitor.getByRole('listitem').filter({ has: visitor.getByRole('link', { name: recommendationTitle }) });
  await card.getByText('Acceptée en partie', { exact: true }).waitFor();
  await check(visitor, 'accountability, searched', '64-accountability-fr');

  await card.getByRole('link', { name: recommendationTitle }).click();
  await visitor.getByRole('heading', { level: 1, name: recommendationTitle }).waitFor();
  const publicAnswer = visitor.getByRole('region', { name: 'La réponse de la commune' });
  await publicAnswer.getByText('Acceptée en partie', { exact: true }).waitFor();
  await publicAnswer.getByText(justification).waitFor();
  const publicVote = visitor.getByRole('region', { name: 'Vote' });
  await publicVote.locator('strong', { hasText: 'Adoptée' }).waitFor();
  assert.equal(await visitor.getByRole('button', { name: 'Se connecter' }).first().isVisible(), true, 'signed out');
  await check(visitor, 'public recommendation', '65-public-recommendation-fr');
  await visitor.context().close();
}
