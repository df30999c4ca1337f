import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me, Member, Page } from '../api/types';
import type { Language } from '../i18n';
import { fakeApiFor, json, memberOfUccle, problem, renderAt, signedIn, type Call } from '../testing';
import { AssemblyPage } from './AssemblyPage';
import type { Assembly, Mandate, RotationPlan } from './types';

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
const plan: RotationPlan = {
  vacantSeats: [3, 9, 10],
  renewals: [
    { cohort: 1, renewsOn: '2026-03-01', seats: [1, 2, 3, 4, 5, 6, 7, 8] },
    { cohort: 2, renewsOn: '2026-09-01', seats: [9, 10, 11, 12, 13, 14, 15, 16] },
  ],
};
const carol: Mandate = {
  id: 'm-1',
  assemblyId: id,
  userId: 'u-3',
  name: 'Carol',
  seat: 1,
  cohort: 1,
  startsOn: '2025-09-01',
  endsOn: '2026-03-01',
  status: 'ACTIVE',
  chosenBy: 'DRAWN',
  endedOn: null,
  endReason: null,
};
const bob: Member = { userId: 'u-2', email: 'bob@example.org', name: 'Bob', roles: ['CITIZEN'], since: '2025-04-02' };
const dora: Member = {
  userId: 'u-4',
  email: 'dora@example.org',
  name: 'Dora',
  roles: ['CITIZEN'],
  since: '2025-04-03',
};
const base = `/api/communes/uccle/assembly/assemblies/${id}`;

function page(items: Member[]): Page<Member> {
  return { items, page: 0, size: 10, total: items.length };
}

/** The assembly, its plan, its mandates and the commune's members, for this caller; writes answered by `write`. */
function api(caller: Me, write: (call: Call) => Response | undefined = () => undefined) {
  return fakeApiFor(caller, (call) => {
    const { method, path } = call;
    if (method !== 'GET') return write(call);
    if (path === base) return json(council);
    if (path === `${base}/rotation-plan`) return json(plan);
    if (path === `${base}/sessions`) return json([]);
    if (path === `${base}/draws`) return json([]);
    if (path.startsWith(`${base}/recommendations`)) return json([]);
    if (path === `${base}/voting-rule`) {
      return json({ secrecy: 'NAMED', quorumPercent: 50, threshold: 'SIMPLE_MAJORITY', responseMonths: 3 });
    }
    if (path.startsWith(`${base}/mandates`)) return json(path.includes('status=WITHDRAWN') ? [] : [carol]);
    if (path.startsWith('/api/communes/uccle/members'))
      return json(page(path.toLowerCase().includes('q=bob') ? [bob] : [dora]));
    return undefined;
  });
}

function renderPage(language: Language = 'en') {
  renderAt(
    `/communes/uccle/assemblies/${id}`,
    <Route path="/communes/:slug/assemblies/:assembly" element={<AssemblyPage />} />,
    signedIn,
    language,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AssemblyPage', () => {
  it('shows any member the assembly and its rotation plan, and neither its mandates nor a form', async () => {
    const calls = api(memberOfUccle('CITIZEN'));
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Climate council', level: 1 })).toBeTruthy();
    expect(screen.getByText('In 3 cohorts: one of them is renewed every 6 months.')).toBeTruthy();
    expect(screen.getByText('September 1, 2025')).toBeTruthy();
    expect(screen.getByText('Energy, Mobility')).toBeTruthy();
    expect(await screen.findByText('Vacant seats: 3, 9–10')).toBeTruthy();
    const renewals = screen.getByRole('table', { name: 'Coming renewals, soonest first' });
    const first = within(renewals).getByRole('row', { name: /March 1, 2026/ });
    expect(within(first).getByText('1–8')).toBeTruthy();

    expect(screen.queryByRole('heading', { name: 'Mandates' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Seat a person' })).toBeNull();
    expect(
      calls.some(
        (call) =>
          (call.path.includes('/mandates') && !call.path.endsWith('/mandates/mine')) || call.path.includes('/members'),
      ),
    ).toBe(false);
  });

  it('writes the renewals’ dates in the reader’s language', async () => {
    api(memberOfUccle('CITIZEN'));
    renderPage('fr');

    const renewals = await screen.findByRole('table', {
      name: 'Prochains renouvellements, du plus proche au plus lointain',
    });
    expect(within(renewals).getByText('1 mars 2026')).toBeTruthy();
    expect(within(renewals).getByText('1 septembre 2026')).toBeTruthy();
    expect(screen.getByText(/^En 3 cohortes/).textContent).toBe(
      'En 3 cohortes\u202f: l’une d’elles est renouvelée tous les 6 mois.',
    );
  });

  it('shows the staff the active mandates, and the others by status', async () => {
    const calls = api(memberOfUccle('FACILITATOR'));
    renderPage();

    const table = await screen.findByRole('table', { name: 'The assembly’s mandates' });
    const row = within(table).getByRole('row', { name: /Carol/ });
    expect(within(row).getByText('drawn by lot')).toBeTruthy();
    expect(within(row).getByText('Mar 1, 2026')).toBeTruthy();
    expect(calls.find((call) => call.path.includes('/mandates'))?.path).toBe(`${base}/mandates?status=ACTIVE`);

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'WITHDRAWN' } });
    expect(await screen.findByText('No mandate has this status.')).toBeTruthy();
    expect(calls.at(-1)?.path).toBe(`${base}/mandates?status=WITHDRAWN`);
  });

  it('lets a facilitator seat a list: every row found and shown first, then all seated at once', async () => {
    const calls = api(memberOfUccle('FACILITATOR'), ({ method, path }) =>
      method === 'POST' && path === `${base}/mandates/import`
        ? json({ seated: 2, unchanged: 0, mandates: [] })
        : undefined,
    );
    renderPage();
    const importing = within(await screen.findByRole('region', { name: 'Seat from a list' }));

    const list = 'email;seat;starts_on\nBob@example.org;3;2025-10-01\ndora@example.org;9;\n';
    fireEvent.change(importing.getByLabelText('CSV file'), {
      target: { files: [new File([list], 'seats.csv', { type: 'text/csv' })] },
    });
    const preview = within(await importing.findByRole('table', { name: 'The list, as it will be seated' }));
    expect(preview.getAllByRole('row').map((row) => row.textContent)).toEqual([
      'LineEmailMemberSeatStartCheck',
      'Bob@example.orgBob3Oct 1, 2025Ready'.replace(/^/, '2'),
      'dora@example.orgDora9Ready'.replace(/^/, '3'),
    ]);
    fireEvent.click(importing.getByRole('button', { name: 'Seat 2 members' }));

    expect(await importing.findByText('2 members seated.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      mandates: [
        { userId: 'u-2', name: 'Bob', seat: 3, startsOn: '2025-10-01' },
        { userId: 'u-4', name: 'Dora', seat: 9 },
      ],
    });
  });

  it('shows each refusal of a list on its row, and seats nobody until the file is right', async () => {
    api(memberOfUccle('ADMIN'), ({ method }) =>
      method === 'POST'
        ? problem(400, 'invalid-request', 'Bad', [
            { field: 'mandates[1].seat', code: 'taken', detail: 'is held by another member' },
          ])
        : undefined,
    );
    renderPage();
    const importing = within(await screen.findByRole('region', { name: 'Seat from a list' }));

    fireEvent.change(importing.getByLabelText('CSV file'), {
      target: { files: [new File(['email,seat,starts_on\nnobody@example.org,99,2026-13-01\n'], 'seats.csv')] },
    });
    const row = await importing.findByRole('row', { name: /nobody@example.org/ });
    expect(row.textContent).toContain('The seat must be a number from 1 to 24.');
    expect(row.textContent).toContain('No member of the commune has this address.');
    expect(row.textContent).toContain('The date must be written YYYY-MM-DD.');
    expect(importing.queryByRole('button', { name: /^Seat/ })).toBeNull();
    expect(importing.getByText('Correct the rows marked in the file, then choose it again.')).toBeTruthy();

    fireEvent.change(importing.getByLabelText('CSV file'), {
      target: { files: [new File(['email,seat\n"bob@example.org,3\n'], 'seats.csv')] },
    });
    expect((await importing.findByRole('alert')).textContent).toBe(
      'A quote opened on line 2 is never closed: check the file.',
    );

    fireEvent.change(importing.getByLabelText('CSV file'), {
      target: { files: [new File(['email,seat\nbob@example.org,3\ndora@example.org,9\n'], 'seats.csv')] },
    });
    fireEvent.click(await importing.findByRole('button', { name: 'Seat 2 members' }));
    expect((await importing.findByRole('row', { name: /dora@example.org/ })).textContent).toContain(
      'This seat is held by another member.',
    );
  });

  it('seats a member found by searching, in a vacant seat, and says so', async () => {
    const calls = api(memberOfUccle('ADMIN'), ({ method, body }) =>
      method === 'POST'
        ? json({ ...carol, ...(body as object), id: 'm-2', cohort: 1, status: 'ACTIVE' }, 201)
        : undefined,
    );
    renderPage();
    const seating = within(await screen.findByRole('region', { name: 'Seat a person' }));

    const seat = await seating.findByLabelText('Seat');
    expect(
      within(seat)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a seat', 'Seat 3 (cohort 1)', 'Seat 9 (cohort 2)', 'Seat 10 (cohort 2)']);
    fireEvent.change(seat, { target: { value: '3' } });
    fireEvent.change(seating.getByLabelText('Find the person'), { target: { value: 'bob' } });
    await seating.findByRole('option', { name: 'Bob (bob@example.org)' });
    expect(calls.at(-1)?.path).toBe('/api/communes/uccle/members?page=0&size=10&q=bob');
    fireEvent.change(seating.getByLabelText('Person'), { target: { value: 'u-2' } });
    fireEvent.change(seating.getByLabelText('Start date'), { target: { value: '2025-10-01' } });
    fireEvent.click(seating.getByRole('button', { name: 'Seat the person' }));

    expect((await seating.findByText('Bob now holds seat 3, until March 1, 2026.')).getAttribute('role')).toBe(
      'status',
    );
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/mandates`,
      body: { userId: 'u-2', name: 'Bob', seat: 3, startsOn: '2025-10-01' },
    });
    // The seats, the plan and the mandates are asked again.
    await waitFor(() => expect(calls.filter((call) => call.path === `${base}/rotation-plan`).length).toBe(2));
  });

  it('asks for a seat and a person before sending, and sends no start date when left empty', async () => {
    const calls = api(memberOfUccle('ADMIN'), ({ method }) =>
      method === 'POST' ? json({ ...carol, name: 'Dora', seat: 9 }, 201) : undefined,
    );
    renderPage();
    const seating = within(await screen.findByRole('region', { name: 'Seat a person' }));

    fireEvent.click(await seating.findByRole('button', { name: 'Seat the person' }));
    expect(await seating.findByText('Please choose a seat.')).toBeTruthy();
    expect(seating.getByText('Please choose a person.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(seating.getByLabelText('Seat'), { target: { value: '9' } });
    await seating.findByRole('option', { name: 'Dora (dora@example.org)' });
    fireEvent.change(seating.getByLabelText('Person'), { target: { value: 'u-4' } });
    fireEvent.click(seating.getByRole('button', { name: 'Seat the person' }));

    await seating.findByText(/Dora now holds seat 9/);
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ userId: 'u-4', name: 'Dora', seat: 9 });
  });

  it('says next to the seat that another member took it, and next to the person that they already sit', async () => {
    let refusal = problem(409, 'seat-taken', 'Seat 3 is held by another member');
    api(memberOfUccle('ADMIN'), ({ method }) => (method === 'POST' ? refusal : undefined));
    renderPage('en');
    const seating = within(await screen.findByRole('region', { name: 'Seat a person' }));

    fireEvent.change(await seating.findByLabelText('Seat'), { target: { value: '3' } });
    await seating.findByRole('option', { name: 'Dora (dora@example.org)' });
    fireEvent.change(seating.getByLabelText('Person'), { target: { value: 'u-4' } });
    fireEvent.click(seating.getByRole('button', { name: 'Seat the person' }));

    expect((await seating.findByText('Another member holds this seat.')).id).toBe('seat-seat-error');
    expect(seating.getByLabelText('Seat').getAttribute('aria-invalid')).toBe('true');
    expect(seating.getByRole('alert').textContent).toBe('Please correct the fields marked below.');

    refusal = problem(409, 'already-seated', 'The person already holds seat 4 in this assembly');
    fireEvent.change(seating.getByLabelText('Seat'), { target: { value: '9' } });
    fireEvent.click(seating.getByRole('button', { name: 'Seat the person' }));
    expect((await seating.findByText('This person already holds a seat in this assembly.')).id).toBe(
      'seat-userId-error',
    );
  });

  it('says in French that the seat is taken', async () => {
    api(memberOfUccle('ADMIN'), ({ method }) =>
      method === 'POST' ? problem(409, 'seat-taken', 'Seat 3 is held by another member') : undefined,
    );
    renderPage('fr');
    const seating = within(await screen.findByRole('region', { name: 'Attribuer un siège' }));

    fireEvent.change(await seating.findByLabelText('Siège'), { target: { value: '3' } });
    await seating.findByRole('option', { name: 'Dora (dora@example.org)' });
    fireEvent.change(seating.getByLabelText('Personne'), { target: { value: 'u-4' } });
    fireEvent.click(seating.getByRole('button', { name: 'Attribuer le siège' }));

    expect((await seating.findByText('Un autre membre occupe ce siège.')).id).toBe('seat-seat-error');
  });

  it('withdraws a mandate only once a reason is given and confirmed', async () => {
    const calls = api(memberOfUccle('ADMIN'), ({ method }) =>
      method === 'POST'
        ? json({ ...carol, status: 'WITHDRAWN', endedOn: '2025-11-03', endReason: 'Moved away' })
        : undefined,
    );
    renderPage();

    const withdraw = await screen.findByRole('button', { name: 'Withdraw Carol' });
    fireEvent.click(withdraw);
    const dialog = within(screen.getByRole('dialog', { name: 'Withdraw Carol from seat 1?' }));
    expect(document.activeElement).toBe(dialog.getByLabelText('Reason'));

    fireEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(withdraw);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(await within(screen.getByRole('dialog')).findByText('Please give a reason.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: '  Moved away ' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByText('Carol no longer holds seat 1.')).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/mandates/m-1/withdrawal`,
      body: { reason: 'Moved away' },
    });
  });

  it('says when the mandate ended in the meantime', async () => {
    api(memberOfUccle('FACILITATOR'), ({ method }) =>
      method === 'POST' ? problem(409, 'mandate-ended', 'The mandate has already ended') : undefined,
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw Carol' }));
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Resigned' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('alert')).textContent).toBe('This mandate has already ended.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says when the commune has no such assembly', async () => {
    fakeApiFor(memberOfUccle('CITIZEN'), () => problem(404, 'not-found', 'No such assembly in this commune'));
    renderPage();

    expect((await screen.findByRole('alert')).textContent).toBe('The commune has no such assembly.');
    expect(screen.getByRole('link', { name: 'Back to the assemblies' }).getAttribute('href')).toBe(
      '/communes/uccle/assemblies',
    );
  });
});
