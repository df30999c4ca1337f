import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { fakeApiFor, json, memberOfUccle, problem, renderAt, signedIn, type Call } from '../testing';
import { RecommendationPage } from './RecommendationPage';
import type { FollowUp, Recommendation, Session, Vote } from './types';

const assemblyId = '7f9c2d1e-0000-4000-8000-000000000001';
const assemblyBase = `/api/communes/uccle/assembly/assemblies/${assemblyId}`;
const base = `${assemblyBase}/recommendations/r-1`;

const draft: Recommendation = {
  id: 'r-1',
  assemblyId,
  topic: 'Energy',
  version: 2,
  title: 'Insulate the schools',
  body: 'The commune insulates every school by 2030.',
  status: 'DRAFT',
  createdAt: '2026-01-10T10:00:00Z',
  versions: [
    {
      version: 1,
      title: 'Insulate schools',
      body: 'Insulate.',
      amendmentId: null,
      changedAt: '2026-01-10T10:00:00Z',
    },
    {
      version: 2,
      title: 'Insulate the schools',
      body: 'The commune insulates every school by 2030.',
      amendmentId: 'a-0',
      changedAt: '2026-01-12T10:00:00Z',
    },
  ],
  amendments: [
    {
      id: 'a-1',
      onVersion: 2,
      body: 'The commune insulates every school by 2028.',
      rationale: 'Sooner is better.',
      proposerName: 'Carol',
      yours: false,
      proposedAt: '2026-01-13T10:00:00Z',
      status: 'PROPOSED',
      decidedAt: null,
      decisionNote: null,
    },
  ],
  vote: null,
  responseDueOn: null,
  overdue: false,
  answer: null,
  followUps: [],
  assessments: [],
};
const openVote: Vote = {
  sessionId: 's-1',
  openedAt: '2026-02-01T19:00:00Z',
  closedAt: null,
  secrecy: 'SECRET',
  quorumPercent: 50,
  threshold: 'SIMPLE_MAJORITY',
  ballots: 4,
  result: null,
  youVoted: false,
  youMayVote: true,
  yourChoice: null,
  voters: [],
};
const inVote: Recommendation = { ...draft, status: 'IN_VOTE', vote: openVote };
const adopted: Recommendation = {
  ...draft,
  status: 'ADOPTED',
  vote: {
    ...openVote,
    closedAt: '2026-02-01T21:00:00Z',
    ballots: 15,
    youMayVote: false,
    result: {
      tally: { votesFor: 12, votesAgainst: 2, abstentions: 1 },
      seated: 24,
      quorumNeeded: 12,
      quorumMet: true,
      adopted: true,
    },
  },
  responseDueOn: '2026-05-01',
  overdue: true,
};
const voteSession: Session = {
  id: 's-1',
  assemblyId,
  kind: 'VOTE',
  title: 'Final vote',
  startsAt: '2026-02-01T19:00:00+01:00',
  endsAt: '2026-02-01T22:00:00+01:00',
  zone: 'Europe/Brussels',
  halfDays: 1,
  place: 'Town hall',
  onlineLink: null,
  agenda: [],
  guests: [],
  status: 'PLANNED',
  convocations: { convened: 0, confirmed: 0, excused: 0 },
  myResponse: null,
};
const later: Session = { ...voteSession, id: 's-2', title: 'Next vote', startsAt: '2099-01-01T19:00:00+01:00' };
const hearing: Session = { ...voteSession, id: 's-3', kind: 'DELIBERATION', title: 'Deliberation' };

/**
 * The recommendation, the assembly's sessions and its list, for this caller; a write answered by `write` with a
 * recommendation becomes what the API answers from then on (as it would).
 */
let seated = true;

function api(
  caller: Me,
  recommendation: Recommendation,
  write: (call: Call) => Recommendation | Response | undefined = () => undefined,
) {
  let current = recommendation;
  return fakeApiFor(caller, (call) => {
    const { method, path } = call;
    if (method !== 'GET') {
      const answer = write(call);
      if (!answer || answer instanceof Response) return answer;
      current = answer;
      return json(answer, path.endsWith('/amendments') ? 201 : 200);
    }
    if (path === base) return json(current);
    if (path === `${assemblyBase}/mandates/mine`) {
      return seated ? json({ id: 'm-1', status: 'ACTIVE' }) : problem(404, 'not-found', 'No seat');
    }
    if (path === `${assemblyBase}/sessions`) return json([voteSession, later, hearing]);
    if (path.startsWith(`${assemblyBase}/recommendations`)) return json([]);
    return undefined;
  });
}

function renderPage() {
  renderAt(
    `/communes/uccle/assemblies/${assemblyId}/recommendations/r-1`,
    <Route path="/communes/:slug/assemblies/:assembly/recommendations/:id" element={<RecommendationPage />} />,
    signedIn,
  );
}

afterEach(() => {
  cleanup();
  seated = true;
  vi.unstubAllGlobals();
});

describe('RecommendationPage', () => {
  it('shows a draft’s text, its version, its history folded, and its amendments', async () => {
    api(memberOfUccle('CITIZEN'), draft);
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Insulate the schools' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Text (version 2)' })).toBeTruthy();
    expect(screen.getByText('Version history (2 versions)').closest('details')?.open).toBe(false);
    const amendments = within(screen.getByRole('region', { name: 'Amendments' }));
    expect(amendments.getByText('Proposed')).toBeTruthy();
    expect(amendments.getByText('Rationale: Sooner is better.')).toBeTruthy();
    expect(amendments.queryByRole('button', { name: 'Incorporate' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit the text' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Vote' })).toBeNull();
  });

  it('lets a member propose an amendment to the current version', async () => {
    const calls = api(memberOfUccle('CITIZEN'), draft, ({ method }) => (method === 'POST' ? draft : undefined));
    renderPage();

    const form = within(await screen.findByRole('region', { name: 'Propose an amendment' }));
    fireEvent.change(form.getByLabelText('Proposed text'), { target: { value: 'By 2027.' } });
    fireEvent.change(form.getByLabelText('Rationale'), { target: { value: 'Urgency.' } });
    fireEvent.click(form.getByRole('button', { name: 'Propose the amendment' }));

    expect(await form.findByText('Your amendment is proposed.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/amendments`,
      body: { body: 'By 2027.', rationale: 'Urgency.', onVersion: 2 },
    });
  });

  it('offers no amendment form to a member who holds no seat, and says who proposes', async () => {
    seated = false;
    api(memberOfUccle('CITIZEN'), draft);
    renderPage();

    expect(await screen.findByText('Only the assembly’s members propose recommendations and amendments.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Propose an amendment' })).toBeNull();
  });

  it('lets the staff incorporate an amendment after confirming, with a note', async () => {
    const calls = api(memberOfUccle('FACILITATOR'), draft, ({ method }) => (method === 'POST' ? draft : undefined));
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Incorporate' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Incorporate the amendment by Carol?' }));
    fireEvent.change(dialog.getByLabelText('Note (optional)'), { target: { value: 'Agreed in plenary' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('The amendment is incorporated: the text has a new version.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/amendments/a-1/decision`,
      body: { incorporate: true, note: 'Agreed in plenary' },
    });
  });

  it('lets the staff edit a draft against the version read, and says when it changed meanwhile', async () => {
    const calls = api(memberOfUccle('ADMIN'), draft, ({ method }) =>
      method === 'PUT' ? problem(409, 'recommendation-changed', 'at version 3 now') : undefined,
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Edit the text' }));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Insulate all schools' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/changed in the meantime/);
    expect(screen.queryByRole('button', { name: 'Save as a new version' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit the text' })).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      title: 'Insulate all schools',
      body: 'The commune insulates every school by 2030.',
      editing: 2,
    });
  });

  it('lets the staff open the vote at a vote session that has started, and only such', async () => {
    const calls = api(memberOfUccle('FACILITATOR'), draft, ({ method }) => (method === 'POST' ? inVote : undefined));
    renderPage();

    const session = await screen.findByLabelText('Vote session');
    await waitFor(() => expect(within(session).getAllByRole('option')).toHaveLength(2));
    expect(within(session).getAllByRole('option')[1].textContent).toMatch(/^Final vote — /);
    fireEvent.click(screen.getByRole('button', { name: 'Open the vote' }));
    expect(await screen.findByText('Please choose a session.')).toBeTruthy();

    fireEvent.change(session, { target: { value: 's-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the vote' }));

    expect(await screen.findByText('4 ballots cast so far.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/vote`,
      body: { sessionId: 's-1' },
    });
  });

  it('lets a member present vote, once they confirm their ballot cannot be changed', async () => {
    const calls = api(memberOfUccle('CITIZEN'), inVote, ({ method }) =>
      method === 'POST'
        ? { ...inVote, vote: { ...openVote, ballots: 5, youVoted: true, youMayVote: false } }
        : undefined,
    );
    renderPage();

    expect(await screen.findByText('4 ballots cast so far.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vote against' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Confirm your ballot: against?' }));
    expect(dialog.getByText('Your ballot cannot be changed once cast.')).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Vote for' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('You have voted.')).toBeTruthy();
    expect(screen.getByText('5 ballots cast so far.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vote for' })).toBeNull();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/vote/ballots`,
      body: { choice: 'FOR' },
    });
  });

  it('shows a closed vote’s result, and the due date with an overdue badge', async () => {
    api(memberOfUccle('CITIZEN'), adopted);
    renderPage();

    const vote = within(await screen.findByRole('region', { name: 'Vote' }));
    expect(vote.getByText('12')).toBeTruthy();
    expect(vote.getByText('met (12 ballots needed)')).toBeTruthy();
    expect(vote.getAllByText('Adopted').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Answer overdue').length).toBeGreaterThan(0);
    expect(screen.getByText(/it must answer by May 1, 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish the answer' })).toBeNull();
  });

  it('asks the staff to justify an answer unless the recommendation is accepted whole', async () => {
    const calls = api(memberOfUccle('ADMIN'), adopted, ({ method, body }) =>
      method === 'POST'
        ? {
            ...adopted,
            overdue: false,
            answer: { decision: 'ACCEPTED', ...(body as object), publishedAt: '2026-05-03T10:00:00Z', late: true },
          }
        : undefined,
    );
    renderPage();

    const form = within(await screen.findByRole('form', { name: 'Publish the commune’s answer' }));
    fireEvent.click(form.getByRole('button', { name: 'Publish the answer' }));
    expect(await form.findByText('Please choose a decision.')).toBeTruthy();

    fireEvent.click(form.getByLabelText('Partially accepted'));
    fireEvent.click(form.getByRole('button', { name: 'Publish the answer' }));
    expect(
      await form.findByText('Please justify a decision that does not accept the recommendation whole.'),
    ).toBeTruthy();
    expect(form.getByLabelText('Justification').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.click(form.getByLabelText('Accepted'));
    expect(form.getByLabelText('Justification (optional)')).toBeTruthy();
    fireEvent.click(form.getByRole('button', { name: 'Publish the answer' }));

    expect(await screen.findByText('Late')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/answer`,
      body: { decision: 'ACCEPTED' },
    });
    // Once answered, the follow-up opens.
    expect(await screen.findByRole('heading', { name: 'Follow-up' })).toBeTruthy();
  });

  it('lets the staff close the vote after confirming, and shows them who voted how in a named vote', async () => {
    const named: Recommendation = {
      ...inVote,
      vote: {
        ...openVote,
        secrecy: 'NAMED',
        youMayVote: false,
        voters: [
          { name: 'Carol', choice: 'FOR' },
          { name: 'Dave', choice: 'ABSTAIN' },
        ],
      },
    };
    const calls = api(memberOfUccle('FACILITATOR'), named, ({ method }) => (method === 'POST' ? adopted : undefined));
    renderPage();

    expect(await screen.findByText('Carol: for')).toBeTruthy();
    expect(screen.getByText('Dave: abstention')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close the vote' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Close the vote?' }));
    expect(dialog.getByText(/4 ballots were cast/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('met (12 ballots needed)')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({ method: 'POST', path: `${base}/vote/closure` });
  });

  it('lets the staff record a follow-up step of an accepted recommendation, 100% once done', async () => {
    const answered: Recommendation = {
      ...adopted,
      overdue: false,
      answer: { decision: 'ACCEPTED', justification: null, publishedAt: '2026-04-20T10:00:00Z', late: false },
    };
    const calls = api(memberOfUccle('ADMIN'), answered, ({ method, path, body }) =>
      method === 'POST' && path.endsWith('/follow-ups')
        ? {
            ...answered,
            followUps: [{ ...(body as FollowUp), id: 'f-1', recordedAt: '2026-06-01T10:00:00Z' }],
          }
        : undefined,
    );
    renderPage();

    const form = within(await screen.findByRole('region', { name: 'Record a follow-up step' }));
    expect(screen.getByText('No follow-up has been recorded yet.')).toBeTruthy();
    fireEvent.change(form.getByLabelText('Status'), { target: { value: 'DONE' } });
    fireEvent.change(form.getByLabelText('Progress (%)'), { target: { value: '80' } });
    fireEvent.change(form.getByLabelText('Date'), { target: { value: '2026-06-01' } });
    fireEvent.change(form.getByLabelText('Department'), { target: { value: 'Buildings' } });
    fireEvent.change(form.getByLabelText('What was done'), { target: { value: 'Every school insulated.' } });
    fireEvent.click(form.getByRole('button', { name: 'Record the step' }));
    expect(await form.findByText('Work that is done is 100% done.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(form.getByLabelText('Progress (%)'), { target: { value: '100' } });
    fireEvent.click(form.getByRole('button', { name: 'Record the step' }));

    expect(await form.findByText('The follow-up step is recorded.')).toBeTruthy();
    expect(await screen.findByText('Every school insulated.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/follow-ups`,
      body: {
        status: 'DONE',
        progress: 100,
        note: 'Every school insulated.',
        on: '2026-06-01',
        department: 'Buildings',
      },
    });
  });
});
