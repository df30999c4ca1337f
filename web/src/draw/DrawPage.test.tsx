import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fakeApiFor, json, memberOfUccle, problem, renderAt, signedOut, type Call } from '../testing';
import { DrawPage } from './DrawPage';
import { PublicDrawPage } from './PublicDrawPage';
import type { Draw, DrawResult, PublicDraw } from './types';

const assembly = '7f9c2d1e-0000-4000-8000-000000000001';
const id = '5a5a5a5a-0000-4000-8000-000000000002';
const base = `/api/communes/uccle/assembly/assemblies/${assembly}/draws/${id}`;

const draft: Draw = {
  id,
  assemblyId: assembly,
  title: 'Panel 2027',
  panelSize: 2,
  reserveCount: 1,
  algorithm: 'LEXIMIN',
  seed: 'Lotto 4 11 23',
  seedSource: 'the commune’s site',
  timeBudgetSeconds: 300,
  status: 'DRAFT',
  progress: 0,
  quotas: [
    { feature: 'gender', value: 'female', min: 1, max: 1 },
    { feature: 'gender', value: 'male', min: 1, max: 1 },
  ],
  volunteers: 4,
  letters: 0,
  signUps: 0,
  createdAt: '2026-12-01T10:00:00Z',
};

const result: DrawResult = {
  algorithm: 'LEXIMIN',
  selected: [
    { pseudonym: 'AAAAAAAAAA', name: 'Ann', email: 'ann@example.org', features: { gender: 'female' } },
    { pseudonym: 'BBBBBBBBBB', name: 'Bob', email: null, features: { gender: 'male' } },
  ],
  reserves: [{ pseudonym: 'CCCCCCCCCC', name: 'Cleo', features: { gender: 'female' } }],
  quotas: [
    { feature: 'gender', value: 'female', min: 1, max: 1, pool: 2, seats: 1, reserves: 1, probability: 0.5 },
    {
      feature: 'gender',
      value: 'male',
      min: 1,
      max: 1,
      pool: 2,
      seats: 1,
      reserves: 0,
      probability: 0.5,
      legacyProbability: 0.5,
    },
  ],
  minimum: 0.5,
  maximum: 0.5,
  legacyMinimum: 0.48,
  legacyMaximum: 0.52,
  legacyRuns: 2000,
  dropout: [{ dropoutRate: 0.1, trials: 2000, keptShare: 0.9, meanSeatsOutside: 0.1 }],
  profiles: [
    { values: { gender: 'female' }, volunteers: 2, probability: 0.5, legacyProbability: 0.47 },
    { values: { gender: 'male' }, volunteers: 2, probability: 0.5, legacyProbability: 0.53 },
  ],
  poolHash: 'ab'.repeat(32),
};

/** The pool's page the path asks for: two volunteers, Ann found by her name. */
function pool(path: string) {
  const everyone = [
    { pseudonym: 'AAAAAAAAAA', name: 'Ann', email: 'ann@example.org', features: { gender: 'female' }, letter: 1 },
    { pseudonym: 'BBBBBBBBBB', name: 'Bob', email: null, features: { gender: 'male' }, letter: null },
  ];
  const q = new URL(path, 'http://localhost').searchParams.get('q')?.toLowerCase();
  const items = q ? everyone.filter((v) => v.name.toLowerCase().includes(q)) : everyone;
  return { items, page: 0, size: 50, total: items.length };
}

function renderPage() {
  renderAt(
    `/communes/uccle/assemblies/${assembly}/draws/${id}`,
    <Route path="/communes/:slug/assemblies/:assembly/draws/:draw" element={<DrawPage />} />,
  );
}

/** The draw as the API holds it, changed by the writes `write` answers. */
function api(draw: () => Draw, write: (call: Call) => Response | undefined = () => undefined) {
  return fakeApiFor(memberOfUccle('FACILITATOR'), (call) => {
    if (call.method !== 'GET') return write(call);
    if (call.path === base) return json(draw());
    if (call.path === `${base}/result`) return json(result);
    if (call.path.startsWith(`${base}/volunteers`)) return json(pool(call.path));
    if (call.path === `/api/communes/uccle/assembly/assemblies/${assembly}`)
      return json({ id: assembly, name: 'Council' });
    return undefined;
  });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('DrawPage', () => {
  it('saves the quotas as typed and names the field the API refuses', async () => {
    const calls = api(
      () => draft,
      (call) =>
        call.method === 'PUT' && call.path === `${base}/quotas`
          ? problem(400, 'invalid-request', 'quotas[0].max: must be at least the minimum (1)', [
              { field: 'quotas[0].max', code: 'too-small', params: { min: 3 }, detail: 'must be at least 3' },
            ])
          : undefined,
    );
    renderPage();

    const max = await screen.findByRole('spinbutton', { name: 'At most, row 1' });
    fireEvent.change(max, { target: { value: '0' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'At least, row 1' }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the quotas' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('quotas[0].max');
    const sent = calls.find((call) => call.method === 'PUT');
    expect(sent?.body).toEqual({
      quotas: [
        { feature: 'gender', value: 'female', min: 3, max: 0 },
        { feature: 'gender', value: 'male', min: 1, max: 1 },
      ],
    });
  });

  it('asks before running, and shows the smallest relaxation when no panel keeps the quotas', async () => {
    api(
      () => draft,
      (call) =>
        call.path === `${base}/run`
          ? problem(422, 'quotas-infeasible', 'No panel keeps the quotas', [
              {
                field: 'quotas[0]',
                code: 'invalid',
                params: { min: 0, max: 1 },
                detail: 'gender=female: 1-1 seats cannot be kept; 0-1 can',
              },
            ])
          : undefined,
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Run the draw' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/the panel is final/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const alert = await screen.findByText(/The smallest change that would/);
    expect(alert.closest('[role="alert"]')?.textContent).toContain('gender=female: 1-1 seats cannot be kept; 0-1 can');
  });

  it('follows a run and shows the panel, the reserves and each group’s chance once drawn', async () => {
    let draw: Draw = { ...draft, status: 'RUNNING', progress: 0.42, stage: 'leximin' };
    api(() => draw);
    renderPage();

    expect((await screen.findByText(/Running \(leximin\)/)).textContent).toContain('42.0%');
    expect(screen.getByRole('button', { name: 'Cancel the run' })).toBeTruthy();
    draw = { ...draft, status: 'COMPLETED', progress: 1 };

    const panel = await screen.findByRole('table', { name: 'The 2 members drawn' }, { timeout: 3000 });
    expect(within(panel).getByText('Ann')).toBeTruthy();
    expect(within(panel).getByText('ann@example.org')).toBeTruthy();
    expect(screen.getByText(/CCCCCCCCCC/)).toBeTruthy();
    const quotas = screen.getByRole('table', { name: 'Quotas, seats taken and chances per group' });
    expect(within(quotas).getAllByText('50.0%').length).toBeGreaterThan(0);
    expect(
      screen.getByText(/With the legacy method, estimated over 2,000 draws: between 48.0% and 52.0%/),
    ).toBeTruthy();
    // Each volunteer's chance by profile, both algorithms side by side.
    const profiles = screen.getByRole('table', { name: /Each volunteer’s chance, by profile/ });
    expect(within(profiles).getByRole('row', { name: 'female 2 50.0% 47.0%' })).toBeTruthy();
    expect(within(profiles).getByRole('row', { name: 'male 2 50.0% 53.0%' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Public audit page' }).getAttribute('href')).toBe(
      `/communes/uccle/draws/${id}`,
    );
    // Drawn, the quotas can no longer be edited.
    expect(screen.getByRole('button', { name: 'Save the quotas' }).closest('fieldset')?.disabled).toBe(true);
  });

  it('lists the pool, searches it as one types, and takes a volunteer out once confirmed', async () => {
    const calls = api(
      () => ({ ...draft, volunteers: 2 }),
      (call) =>
        call.method === 'DELETE' && call.path === `${base}/volunteers/BBBBBBBBBB`
          ? new Response(null, { status: 204 })
          : undefined,
    );
    renderPage();

    const table = await screen.findByRole('table', { name: 'The volunteers in the pool' });
    expect(within(table).getByRole('row', { name: /AAAAAAAAAA Ann ann@example.org female 1/ })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /BBBBBBBBBB Bob male imported/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Search the pool (name, email, pseudonym)'), { target: { value: 'ann' } });
    await waitFor(() => expect(calls.some((call) => call.path.includes('q=ann'))).toBe(true));
    fireEvent.change(screen.getByLabelText('Search the pool (name, email, pseudonym)'), { target: { value: '' } });
    await waitFor(() => expect(within(table).getAllByRole('button', { name: 'Take out' })).toHaveLength(2));

    fireEvent.click(within(table).getAllByRole('button', { name: 'Take out' })[1]);
    const dialog = screen.getByRole('dialog', { name: 'Take BBBBBBBBBB out of the pool?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'DELETE')).toBe(true));
  });

  it('imports the pool file as it is and lists every mistake by line', async () => {
    const calls = api(
      () => draft,
      (call) =>
        call.method === 'PUT' && call.path === `${base}/pool`
          ? problem(400, 'invalid-request', 'line 3: gender x has no quota', [
              { field: 'pool[3].gender', code: 'one-of', detail: 'line 3: gender x has no quota' },
              { field: 'pool[5].email', code: 'email', detail: 'line 5: not an email address' },
            ])
          : undefined,
    );
    renderPage();

    const input = await screen.findByLabelText('Pool file (CSV)');
    fireEvent.change(input, {
      target: { files: [new File(['gender\nfemale\nx\n'], 'pool.csv', { type: 'text/csv' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import the pool' }));

    await waitFor(() => expect(screen.getByText('line 5: not an email address')).toBeTruthy());
    expect(screen.getByText('line 3: gender x has no quota')).toBeTruthy();
    const sent = calls.find((call) => call.method === 'PUT');
    expect(sent?.headers.get('Content-Type')).toBe('text/csv');
  });
});

describe('PublicDrawPage', () => {
  const audit: PublicDraw = {
    id,
    title: 'Panel 2027',
    algorithm: 'LEXIMIN',
    algorithmVersion: '1',
    seed: 'Lotto 4 11 23',
    seedSource: 'the commune’s site',
    poolHash: 'ab'.repeat(32),
    poolSize: 4,
    panelSize: 2,
    quotas: [{ feature: 'gender', value: 'female', min: 1, max: 1, seats: 1, probability: 0.5 }],
    selected: ['AAAAAAAAAA', 'BBBBBBBBBB'],
    reserves: ['CCCCCCCCCC'],
    minimum: 0.5,
    maximum: 0.5,
    finishedAt: '2026-12-02T10:00:00Z',
  };

  it('shows a drawn panel to anyone signed out, with the seed, the pool’s hash and the record to re-run', async () => {
    fakeApi((call) => (call.path === `/api/public/communes/uccle/assembly/draws/${id}` ? json(audit) : undefined));
    renderAt(
      `/communes/uccle/draws/${id}`,
      <Route path="/communes/:slug/draws/:draw" element={<PublicDrawPage />} />,
      signedOut,
    );

    expect(await screen.findByRole('heading', { name: 'Public audit of the draw “Panel 2027”' })).toBeTruthy();
    expect(screen.getByText('Lotto 4 11 23')).toBeTruthy();
    expect(screen.getByText('ab'.repeat(32))).toBeTruthy();
    expect(screen.getByText('AAAAAAAAAA')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download the record' }).getAttribute('href')).toBe(
      `/api/public/communes/uccle/assembly/draws/${id}/record`,
    );
    expect(screen.getByText(/ReplayDrawCommand/)).toBeTruthy();
  });

  it('says so when the draw is not public (not drawn, or not the commune’s)', async () => {
    fakeApi(() => problem(404, 'not-found', 'No such draw in this assembly'));
    renderAt(
      `/communes/uccle/draws/${id}`,
      <Route path="/communes/:slug/draws/:draw" element={<PublicDrawPage />} />,
      signedOut,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was found at this address.');
  });
});
