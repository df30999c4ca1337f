import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { fakeApiFor, json, memberOfUccle, problem, renderAt, type Call } from '../testing';
import { AssembliesPage, topicsOf } from './AssembliesPage';
import type { Assembly } from './types';

const council: Assembly = {
  id: '7f9c2d1e-0000-4000-8000-000000000001',
  name: 'Climate council',
  kind: 'PERMANENT_COUNCIL',
  seats: 24,
  mandateMonths: 18,
  cohorts: 3,
  firstSittingOn: '2025-09-01',
  topics: ['Energy'],
  status: 'ACTIVE',
  activeMandates: 20,
  createdAt: '2025-06-01T10:00:00Z',
};
const list = '/api/communes/uccle/assembly/assemblies';

function renderPage() {
  renderAt('/communes/uccle/assemblies', <Route path="/communes/:slug/assemblies" element={<AssembliesPage />} />);
}

/** The commune's assemblies for this caller; writes are answered by `write`. */
function api(caller: Me, assemblies: () => Assembly[], write: (call: Call) => Response | undefined = () => undefined) {
  return fakeApiFor(caller, (call) => (call.method === 'GET' && call.path === list ? json(assemblies()) : write(call)));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AssembliesPage', () => {
  it('lists the assemblies to any member, each linking to its page, and offers them no form', async () => {
    api(memberOfUccle('CITIZEN'), () => [council]);
    renderPage();

    const link = await screen.findByRole('link', { name: 'Climate council' });
    expect(link.getAttribute('href')).toBe(`/communes/uccle/assemblies/${council.id}`);
    const table = screen.getByRole('table', { name: 'The commune’s assemblies' });
    const row = within(table).getByRole('row', { name: /Climate council/ });
    expect(within(row).getByText('Permanent citizens’ council')).toBeTruthy();
    expect(within(row).getByText('24')).toBeTruthy();
    expect(within(row).getByText('20')).toBeTruthy();
    expect(within(row).getByText('18 months')).toBeTruthy();
    expect(within(row).getByText('active')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Create an assembly' })).toBeNull();
    expect(document.title).toBe('Assemblies · Civiclimate');
  });

  it('says when the commune has no assembly yet, and to its staff where to create one', async () => {
    api(memberOfUccle('CITIZEN'), () => []);
    renderPage();
    expect(await screen.findByText('The commune has no assembly yet.')).toBeTruthy();
    cleanup();

    api(memberOfUccle('FACILITATOR'), () => []);
    renderPage();
    expect(await screen.findByText('The commune has no assembly yet: create the first one below.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Create an assembly' })).toBeTruthy();
  });

  it('creates an assembly with its topics, and shows it in the list', async () => {
    let assemblies: Assembly[] = [];
    const calls = api(
      memberOfUccle('FACILITATOR'),
      () => assemblies,
      ({ method, body }) => {
        if (method !== 'POST') return undefined;
        const created = { ...council, ...(body as Partial<Assembly>), activeMandates: 0 };
        assemblies = [created];
        return json(created, 201);
      },
    );
    renderPage();
    const form = within(await screen.findByRole('region', { name: 'Create an assembly' }));

    fireEvent.change(form.getByLabelText('Name'), { target: { value: 'Mobility panel' } });
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'TOPICAL_PANEL' } });
    fireEvent.change(form.getByLabelText('Seats'), { target: { value: '30' } });
    fireEvent.change(form.getByLabelText('Mandate length in months'), { target: { value: '12' } });
    fireEvent.change(form.getByLabelText('Cohorts'), { target: { value: '2' } });
    fireEvent.change(form.getByLabelText('First sitting'), { target: { value: '2025-10-04' } });
    fireEvent.change(form.getByLabelText('Topics'), { target: { value: 'Cycling\nBuses, trains\n\n' } });
    fireEvent.click(form.getByRole('button', { name: 'Create the assembly' }));

    expect((await form.findByText('The assembly Mobility panel is created.')).getAttribute('role')).toBe('status');
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: list,
      body: {
        name: 'Mobility panel',
        kind: 'TOPICAL_PANEL',
        seats: 30,
        mandateMonths: 12,
        cohorts: 2,
        firstSittingOn: '2025-10-04',
        topics: ['Cycling', 'Buses', 'trains'],
      },
    });
    expect(await screen.findByRole('link', { name: 'Mobility panel' })).toBeTruthy();
    expect((form.getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  it('shows the API’s objections next to their fields, in the form’s own words where the general ones would not do', async () => {
    const calls = api(
      memberOfUccle('ADMIN'),
      () => [],
      ({ method }) =>
        method === 'POST'
          ? problem(400, 'invalid-request', 'x', [
              { field: 'name', detail: 'must not be blank', code: 'required', params: {} },
              { field: 'cohorts', detail: 'must divide the mandate length in months', code: 'invalid', params: {} },
              { field: 'firstSittingOn', detail: 'must not be null', code: 'required', params: {} },
              { field: 'topics[1]', detail: 'size must be between 0 and 80', code: 'too-long', params: { max: 80 } },
            ])
          : undefined,
    );
    renderPage();
    const form = within(await screen.findByRole('region', { name: 'Create an assembly' }));

    fireEvent.change(form.getByLabelText('Cohorts'), { target: { value: '4' } });
    fireEvent.change(form.getByLabelText('Topics'), { target: { value: `Energy, ${'x'.repeat(81)}` } });
    fireEvent.click(form.getByRole('button', { name: 'Create the assembly' }));

    const name = form.getByLabelText('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(name);
    expect(form.getByText('Must divide the mandate length in months (for 18 months: 1, 2, 3, 6, 9 or 18).').id).toBe(
      'assembly-cohorts-error',
    );
    expect(form.getByLabelText('Cohorts').getAttribute('aria-describedby')).toBe(
      'assembly-cohorts-hint assembly-cohorts-error',
    );
    expect(form.getByText('At most 80 characters.').id).toBe('assembly-topics-error');
    expect(form.getAllByText('Required.').map((error) => error.id)).toEqual([
      'assembly-name-error',
      'assembly-firstSittingOn-error',
    ]);
    expect(form.getByRole('alert').textContent).toBe('Please correct the fields marked below.');
    // Left empty, the day goes as null so that the API names it.
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      name: '',
      cohorts: 4,
      firstSittingOn: null,
      topics: ['Energy', 'x'.repeat(81)],
    });
  });

  it('tells a member why creating was refused when the API says no', async () => {
    api(
      memberOfUccle('FACILITATOR'),
      () => [],
      ({ method }) => (method === 'POST' ? problem(403, 'forbidden', 'Access denied') : undefined),
    );
    renderPage();
    const form = within(await screen.findByRole('region', { name: 'Create an assembly' }));
    fireEvent.click(form.getByRole('button', { name: 'Create the assembly' }));

    expect((await form.findByRole('alert')).textContent).toBe('You do not have the rights needed for this.');
  });
});

describe('topicsOf', () => {
  it('takes topics one per line or separated by commas, without blanks', () => {
    expect(topicsOf(' Energy \n\nMobility,Food , ')).toEqual(['Energy', 'Mobility', 'Food']);
    expect(topicsOf('')).toEqual([]);
  });
});
