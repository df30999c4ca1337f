import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApiFor, json, me, memberOfUccle, problem, renderAt, type Call } from '../testing';
import type { CommuneNetwork, Me, Network } from '../api/types';
import { CommuneNetworksPage } from './CommuneNetworksPage';

const brabant: CommuneNetwork = { network: 'brabant', name: 'Brabant', status: 'MEMBER', sharing: ['PLAN'] };
const liege: CommuneNetwork = { network: 'liege', name: 'Liège climat', status: 'INVITED', sharing: [] };
const namur: CommuneNetwork = { network: 'namur', name: 'Namur durable', status: 'REQUESTED', sharing: [] };
const all: Network[] = [
  { slug: 'brabant', name: 'Brabant', description: '', coordinating: false },
  { slug: 'liege', name: 'Liège climat', description: '', coordinating: false },
  { slug: 'namur', name: 'Namur durable', description: '', coordinating: false },
  { slug: 'hainaut', name: 'Hainaut', description: '', coordinating: false },
];

const admin = memberOfUccle('ADMIN');
const citizen = memberOfUccle('CITIZEN');

function renderPage() {
  renderAt('/communes/uccle/networks', <Route path="/communes/:slug/networks" element={<CommuneNetworksPage />} />);
}

/** The API for one caller: the commune's networks answered by `networks`, every network, and changes by `change`. */
function api(
  caller: Me,
  networks: () => CommuneNetwork[],
  change: (call: Call) => Response | undefined = () => undefined,
) {
  return fakeApiFor(caller, (call) => {
    if (call.method === 'GET' && call.path === '/api/communes/uccle/networks') return json(networks());
    if (call.method === 'GET' && call.path.startsWith('/api/networks?')) {
      return json({ items: all, page: 0, size: 100, total: all.length });
    }
    return change(call);
  });
}

async function row(name: string) {
  return (await screen.findByRole('rowheader', { name })).closest('tr')!;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CommuneNetworksPage', () => {
  it('shows a member the commune’s networks and their standing, without any action', async () => {
    api(citizen, () => [brabant, liege, namur]);
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Networks of Uccle' })).toBeTruthy();
    const member = await row('Brabant');
    expect(within(member).getByRole('link', { name: 'Brabant' }).getAttribute('href')).toBe('/networks/brabant');
    expect(within(member).getByText('member')).toBeTruthy();
    expect(within(member).getByText('climate plan')).toBeTruthy();
    expect(within(await row('Liège climat')).getByText('invited')).toBeTruthy();
    expect(within(await row('Namur durable')).getByText('asked to join')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Join a network' })).toBeNull();
  });

  it('says when the commune is in no network yet', async () => {
    api(citizen, () => []);
    renderPage();

    expect(await screen.findByText('The commune is in no network yet.')).toBeTruthy();
  });

  it('tells those outside the commune that they may not see its networks', async () => {
    fakeApiFor(me(), () => problem(403, 'forbidden', 'Access denied'));
    renderPage();

    expect((await screen.findByRole('alert')).textContent).toBe('You do not have the rights needed for this.');
  });

  it('gives an administrator the actions that fit each standing', async () => {
    api(admin, () => [brabant, liege, namur]);
    renderPage();

    const member = await row('Brabant');
    expect(within(member).getByRole('button', { name: /^Leave the network / })).toBeTruthy();
    expect(
      (within(member).getByRole('checkbox', { name: /^Share the climate plan / }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((within(member).getByRole('checkbox', { name: /^Share the assembly / }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect((within(member).getByRole('checkbox', { name: /^Share the allowances / }) as HTMLInputElement).checked).toBe(
      false,
    );
    const invited = await row('Liège climat');
    expect(within(invited).getByRole('button', { name: /^Accept the invitation / })).toBeTruthy();
    expect(within(invited).getByRole('button', { name: /^Decline / })).toBeTruthy();
    expect(within(invited).queryByRole('checkbox')).toBeNull();
    const requested = await row('Namur durable');
    expect(within(requested).getByRole('button', { name: /^Cancel the request / })).toBeTruthy();
  });

  it('shares and stops sharing a group of indicators, as the API says', async () => {
    const calls = api(
      admin,
      () => [brabant],
      ({ method, path }) => {
        if (path === '/api/communes/uccle/networks/brabant/sharing/ALLOWANCES' && method === 'PUT') {
          return json({ network: 'brabant', sharing: ['PLAN', 'ALLOWANCES'] });
        }
        if (path === '/api/communes/uccle/networks/brabant/sharing/PLAN' && method === 'DELETE') {
          return json({ network: 'brabant', sharing: ['ALLOWANCES'] });
        }
        return undefined;
      },
    );
    renderPage();

    const allowances = (await screen.findByRole('checkbox', { name: /^Share the allowances / })) as HTMLInputElement;
    fireEvent.click(allowances);
    expect((await screen.findByText('Brabant now sees: climate plan, allowances.')).getAttribute('role')).toBe(
      'status',
    );
    expect(allowances.checked).toBe(true);

    const plan = screen.getByRole('checkbox', { name: /^Share the climate plan / }) as HTMLInputElement;
    fireEvent.click(plan);
    await screen.findByText('Brabant now sees: allowances.');
    expect(plan.checked).toBe(false);
    expect(calls.filter((call) => call.method !== 'GET').map((call) => `${call.method} ${call.path}`)).toEqual([
      'PUT /api/communes/uccle/networks/brabant/sharing/ALLOWANCES',
      'DELETE /api/communes/uccle/networks/brabant/sharing/PLAN',
    ]);
  });

  it('keeps a box as it was when the API refuses, and shows the commune’s standing anew', async () => {
    let networks = [brabant];
    api(
      admin,
      () => networks,
      ({ method }) => {
        if (method !== 'PUT') return undefined;
        networks = [];
        return problem(409, 'not-a-network-member', 'Uccle is not a member of Brabant.');
      },
    );
    renderPage();

    const assembly = (await screen.findByRole('checkbox', { name: /^Share the assembly / })) as HTMLInputElement;
    fireEvent.click(assembly);

    expect((await screen.findByRole('alert')).textContent).toBe('The commune is no longer a member of this network.');
    await screen.findByText('The commune is in no network yet.');
  });

  it('says when the commune is suspended', async () => {
    api(
      admin,
      () => [brabant],
      ({ method }) => (method === 'PUT' ? problem(423, 'commune-read-only', 'Uccle is suspended: Fraud.') : undefined),
    );
    renderPage();

    fireEvent.click(await screen.findByRole('checkbox', { name: /^Share the assembly / }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This commune is suspended: nothing in it can be changed.',
    );
  });

  it('accepts an invitation', async () => {
    const calls = api(
      admin,
      () => [liege],
      ({ method }) => (method === 'PUT' ? json({ network: 'liege', status: 'MEMBER' }) : undefined),
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: /^Accept the invitation / }));

    expect((await screen.findByText('The commune is now a member of Liège climat.')).getAttribute('role')).toBe(
      'status',
    );
    const member = await row('Liège climat');
    expect(within(member).getByText('member')).toBeTruthy();
    expect(within(member).getByRole('button', { name: /^Leave the network / })).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.path).toBe('/api/communes/uccle/networks/liege');
  });

  it('declines an invitation, cancels a request and leaves a network, each only once confirmed', async () => {
    const calls = api(
      admin,
      () => [brabant, liege, namur],
      ({ method }) => (method === 'DELETE' ? new Response(null, { status: 204 }) : undefined),
    );
    renderPage();

    fireEvent.click(within(await row('Liège climat')).getByRole('button', { name: /^Decline / }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Decline the invitation of Liège climat?' })).getByRole('button', {
        name: 'Confirm',
      }),
    );
    await screen.findByText('The invitation of Liège climat is declined.');

    fireEvent.click(within(await row('Namur durable')).getByRole('button', { name: /^Cancel the request / }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Cancel the request to join Namur durable?' })).getByRole('button', {
        name: 'Confirm',
      }),
    );
    await screen.findByText('The request to join Namur durable is cancelled.');

    fireEvent.click(within(await row('Brabant')).getByRole('button', { name: /^Leave the network / }));
    const leave = screen.getByRole('dialog', { name: 'Leave Brabant?' });
    expect(within(leave).getByText(/Everything the commune shares with Brabant is withdrawn at once/)).toBeTruthy();
    fireEvent.click(within(leave).getByRole('button', { name: 'Cancel' }));
    expect(calls.filter((call) => call.method === 'DELETE')).toHaveLength(2);

    fireEvent.click(within(await row('Brabant')).getByRole('button', { name: /^Leave the network / }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await screen.findByText('The commune left Brabant.');
    expect(screen.getByText('The commune is in no network yet.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual([
      '/api/communes/uccle/networks/liege',
      '/api/communes/uccle/networks/namur',
      '/api/communes/uccle/networks/brabant',
    ]);
  });

  it('asks to join a network the commune is not in yet', async () => {
    let networks = [brabant, liege];
    const calls = api(
      admin,
      () => networks,
      ({ method, path }) => {
        if (method !== 'PUT') return undefined;
        networks = [...networks, { network: 'hainaut', name: 'Hainaut', status: 'REQUESTED', sharing: [] }];
        return path.endsWith('/hainaut') ? json({ network: 'hainaut', status: 'REQUESTED' }) : undefined;
      },
    );
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Join a network' })).toBeTruthy();
    const select = (await screen.findByLabelText('Network')) as HTMLSelectElement;
    expect(Array.from(select.options).map((option) => option.textContent)).toEqual([
      'Choose a network',
      'Namur durable',
      'Hainaut',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Ask to join' }));
    expect(await screen.findByText('Please choose a network.')).toBeTruthy();
    expect(select.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(select, { target: { value: 'hainaut' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ask to join' }));

    await screen.findByText('The request to join Hainaut is sent: its coordinators will answer it.');
    expect(within(await row('Hainaut')).getByText('asked to join')).toBeTruthy();
    await waitFor(() =>
      expect(Array.from(select.options).map((option) => option.textContent)).toEqual([
        'Choose a network',
        'Namur durable',
      ]),
    );
    expect(calls.find((call) => call.method === 'PUT')?.path).toBe('/api/communes/uccle/networks/hainaut');
  });
});
