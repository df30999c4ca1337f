import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { fakeApiFor, json, memberOfUccle, problem, renderAt, signedIn, type Call } from '../testing';
import { AssemblyPage } from './AssemblyPage';
import type { Assembly, Recommendation, RecommendationSummary, VotingRule } from './types';

const id = '7f9c2d1e-0000-4000-8000-000000000001';
const council: Assembly = {
  id,
  name: 'Climate council',
  kind: 'PERMANENT_COUNCIL',
  seats: 24,
  mandateMonths: 18,
  cohorts: 3,
  firstSittingOn: '2025-09-01',
  topics: ['Energy', 'Mobility'],
  status: 'ACTIVE',
  activeMandates: 21,
  createdAt: '2025-06-01T10:00:00Z',
};
const rule: VotingRule = { secrecy: 'SECRET', quorumPercent: 50, threshold: 'TWO_THIRDS', responseMonths: 3 };
const insulation: RecommendationSummary = {
  id: 'r-1',
  topic: 'Energy',
  title: 'Insulate the schools',
  status: 'ADOPTED',
  version: 3,
  createdAt: '2026-01-10T10:00:00Z',
  voteClosedAt: '2026-02-01T20:00:00Z',
  responseDueOn: '2026-05-01',
  decision: null,
  followUpStatus: null,
  progress: null,
  overdue: true,
};
const bikes: RecommendationSummary = {
  ...insulation,
  id: 'r-2',
  topic: 'Mobility',
  title: 'Bike lanes on every avenue',
  decision: 'PARTIALLY_ACCEPTED',
  followUpStatus: 'IN_PROGRESS',
  progress: 40,
  overdue: false,
};
const base = `/api/communes/uccle/assembly/assemblies/${id}`;
let seated = true;

function api(caller: Me, list: RecommendationSummary[], write: (call: Call) => Response | undefined = () => undefined) {
  return fakeApiFor(caller, (call) => {
    const { method, path } = call;
    if (method !== 'GET') return write(call);
    if (path === base) return json(council);
    if (path === `${base}/rotation-plan`) return json({ vacantSeats: [], renewals: [] });
    if (path === `${base}/sessions`) return json([]);
    if (path === `${base}/mandates/mine`) {
      return seated ? json({ id: 'm-1', assemblyId: id, status: 'ACTIVE' }) : problem(404, 'not-found', 'No seat');
    }
    if (path.startsWith(`${base}/mandates`)) return json([]);
    if (path === `${base}/voting-rule`) return json(rule);
    if (path === `${base}/recommendations`) return json(list);
    if (path.startsWith(`${base}/recommendations?status=`)) return json([]);
    return undefined;
  });
}

function renderPage() {
  renderAt(
    `/communes/uccle/assemblies/${id}`,
    <Route path="/communes/:slug/assemblies/:assembly" element={<AssemblyPage />} />,
    signedIn,
  );
}

afterEach(() => {
  cleanup();
  seated = true;
  vi.unstubAllGlobals();
});

describe('the recommendations of an assembly', () => {
  it('lists them with their status, answer, follow-up and an overdue badge, and filters by status', async () => {
    const calls = api(memberOfUccle('CITIZEN'), [insulation, bikes]);
    renderPage();

    const table = await screen.findByRole('table', { name: 'The assembly’s recommendations, newest first' });
    const first = within(table).getByRole('row', { name: /Insulate the schools/ });
    expect(within(first).getByRole('link', { name: 'Insulate the schools' }).getAttribute('href')).toBe(
      `/communes/uccle/assemblies/${id}/recommendations/r-1`,
    );
    expect(within(first).getByText('Adopted')).toBeTruthy();
    expect(within(first).getByText('Answer overdue')).toBeTruthy();
    expect(within(first).getByText(/not answered yet/)).toBeTruthy();
    const second = within(table).getByRole('row', { name: /Bike lanes/ });
    expect(within(second).getByText('Partially accepted')).toBeTruthy();
    expect(within(second).getByText('In progress, 40% done')).toBeTruthy();
    expect(within(second).queryByText('Answer overdue')).toBeNull();

    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'DRAFT' } });
    expect(await screen.findByText('No recommendation has this status.')).toBeTruthy();
    expect(calls.at(-1)?.path).toBe(`${base}/recommendations?status=DRAFT`);
  });

  it('shows the voting rule to every member, without a way to change it', async () => {
    api(memberOfUccle('CITIZEN'), []);
    renderPage();

    const section = within(await screen.findByRole('region', { name: 'Voting rule' }));
    expect(await section.findByText('Secret ballots')).toBeTruthy();
    expect(section.getByText('Two thirds of the votes cast')).toBeTruthy();
    expect(section.getByText('3 months')).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Change the voting rule' })).toBeNull();
    expect(screen.getByText('The assembly has no recommendation yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /What became of the recommendations/ }).getAttribute('href')).toBe(
      '/communes/uccle/accountability',
    );
  });

  it('drafts one on a topic of the assembly, asking for every field first', async () => {
    const calls = api(memberOfUccle('CITIZEN'), [], ({ method, body }) =>
      method === 'POST' ? json({ ...(body as object), id: 'r-9', version: 1 } as Recommendation, 201) : undefined,
    );
    renderPage();

    const form = within(await screen.findByRole('region', { name: 'Draft a recommendation' }));
    const topic = form.getByLabelText('Topic');
    expect(
      within(topic)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a topic', 'Energy', 'Mobility']);
    fireEvent.click(form.getByRole('button', { name: 'Draft the recommendation' }));
    expect(await form.findByText('Please choose a topic.')).toBeTruthy();
    expect(form.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(topic, { target: { value: 'Energy' } });
    fireEvent.change(form.getByLabelText('Title'), { target: { value: ' Heat pumps for the pools ' } });
    fireEvent.change(form.getByLabelText('Text'), { target: { value: 'The commune replaces the boilers.' } });
    fireEvent.click(form.getByRole('button', { name: 'Draft the recommendation' }));

    expect(await form.findByText(/The recommendation “Heat pumps for the pools” is drafted\./)).toBeTruthy();
    expect(form.getByRole('link', { name: 'Open it' }).getAttribute('href')).toBe(
      `/communes/uccle/assemblies/${id}/recommendations/r-9`,
    );
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/recommendations`,
      body: { topic: 'Energy', title: 'Heat pumps for the pools', body: 'The commune replaces the boilers.' },
    });
  });

  it('offers the draft form only to seated members: others read who proposes', async () => {
    seated = false;
    api(memberOfUccle('CITIZEN'), [insulation]);
    renderPage();

    expect(await screen.findByText('Only the assembly’s members propose recommendations and amendments.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Draft a recommendation' })).toBeNull();
  });

  it('says so when someone not seated tries to draft', async () => {
    api(memberOfUccle('CITIZEN'), [], ({ method }) =>
      method === 'POST' ? problem(403, 'not-seated', 'Only the assembly’s members') : undefined,
    );
    renderPage();

    const form = within(await screen.findByRole('region', { name: 'Draft a recommendation' }));
    fireEvent.change(form.getByLabelText('Topic'), { target: { value: 'Mobility' } });
    fireEvent.change(form.getByLabelText('Title'), { target: { value: 'Trams' } });
    fireEvent.change(form.getByLabelText('Text'), { target: { value: 'More trams.' } });
    fireEvent.click(form.getByRole('button', { name: 'Draft the recommendation' }));

    expect((await form.findByRole('alert')).textContent).toBe(
      'Only the assembly’s members and the commune’s staff can do this.',
    );
  });

  it('lets the staff change the voting rule', async () => {
    const calls = api(memberOfUccle('FACILITATOR'), [], ({ method, body }) =>
      method === 'PUT' ? json(body) : undefined,
    );
    renderPage();

    const section = within(await screen.findByRole('region', { name: 'Voting rule' }));
    fireEvent.click(await section.findByRole('button', { name: 'Change the voting rule' }));
    fireEvent.change(section.getByLabelText('Ballots'), { target: { value: 'NAMED' } });
    fireEvent.change(section.getByLabelText('Quorum (%)'), { target: { value: '60' } });
    fireEvent.change(section.getByLabelText('Months for the commune to answer'), { target: { value: '6' } });
    fireEvent.click(section.getByRole('button', { name: 'Save the voting rule' }));

    expect(await section.findByText('The voting rule is saved.')).toBeTruthy();
    await waitFor(() => expect(section.getByText('6 months')).toBeTruthy());
    expect(calls.find((call) => call.method === 'PUT')).toEqual({
      method: 'PUT',
      path: `${base}/voting-rule`,
      body: { secrecy: 'NAMED', quorumPercent: 60, threshold: 'TWO_THIRDS', responseMonths: 6 },
    });
  });
});
