import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApiFor, json, me, problem, renderAt, type Call } from '../testing';
import type { Coordinator, CoordinatorInvitation, Me, Network, NetworkCommune } from '../api/types';
import { NetworkPage } from './NetworkPage';

const network: Network = {
  slug: 'brabant',
  name: 'Covenant of Mayors – Brabant',
  description: 'The communes of Walloon Brabant.',
  coordinating: true,
};
const alice: Coordinator = { userId: 'u-1', name: 'Alice', email: 'alice@example.org' };
const bob: Coordinator = { userId: 'u-2', name: 'Bob', email: 'bob@example.org' };
const carla: CoordinatorInvitation = {
  id: 'ci-1',
  email: 'carla@example.org',
  invitedAt: '2025-05-01T10:00:00Z',
  expiresAt: '2025-05-08T10:00:00Z',
};
const wavre: NetworkCommune = { commune: 'wavre', name: 'Wavre', status: 'MEMBER', sharing: ['PLAN', 'ALLOWANCES'] };
const nivelles: NetworkCommune = { commune: 'nivelles', name: 'Nivelles', status: 'REQUESTED', sharing: [] };
const ottignies: NetworkCommune = { commune: 'ottignies', name: 'Ottignies', status: 'INVITED', sharing: [] };

const admin = me({
  communes: [
    { slug: 'uccle', name: 'Uccle', status: 'ACTIVE', roles: ['ADMIN'] },
    { slug: 'namur', name: 'Namur', status: 'ACTIVE', roles: ['CITIZEN'] },
  ],
});

function renderPage() {
  renderAt('/networks/brabant', <Route path="/networks/:slug" element={<NetworkPage />} />);
}

/** The API for one caller and the network; its coordinators' and communes' lists, and changes, answered by `other`. */
function api(caller: Me, shown: Network, other: (call: Call) => Response | undefined = () => undefined) {
  return fakeApiFor(caller, (call) => (call.path === '/api/networks/brabant' ? json(shown) : other(call)));
}

/**
 * A coordinator's view: the coordinators and the communes answered by these, the invitations to coordinate by
 * `invitations` (none by default), changes by `change`.
 */
function coordinatorApi(
  coordinators: () => Coordinator[],
  communes: () => NetworkCommune[],
  change: (call: Call) => Response | undefined = () => undefined,
  invitations: () => CoordinatorInvitation[] = () => [],
) {
  return api(me(), network, (call) => {
    if (call.method === 'GET' && call.path === '/api/networks/brabant/coordinators') return json(coordinators());
    if (call.method === 'GET' && call.path === '/api/networks/brabant/coordinator-invitations') {
      return json(invitations());
    }
    if (call.method === 'GET' && call.path === '/api/networks/brabant/communes') return json(communes());
    return change(call);
  });
}

function invitationsTable() {
  return screen.getByRole('table', { name: 'Invitations to coordinate the network, newest first' });
}

function communesTable() {
  return screen.getByRole('table', { name: 'Communes of the network' });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('NetworkPage', () => {
  it('shows others what the network is, and an administrator where to ask to join it', async () => {
    const calls = api(admin, { ...network, coordinating: false });
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Covenant of Mayors – Brabant' })).toBeTruthy();
    expect(screen.getByText('The communes of Walloon Brabant.')).toBeTruthy();
    await screen.findByText('To ask to join this network, open the Networks page of your commune:');
    expect(screen.getByRole('link', { name: 'Uccle' }).getAttribute('href')).toBe('/communes/uccle/networks');
    expect(screen.queryByRole('link', { name: 'Namur' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Coordinators' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Communes' })).toBeNull();
    expect(calls.some((call) => call.path.includes('/coordinators') || call.path.includes('/communes'))).toBe(false);
  });

  it('says when no network has this address', async () => {
    fakeApiFor(me(), () => problem(404, 'network-not-found', 'No network brabant'));
    renderPage();

    expect((await screen.findByRole('alert')).textContent).toBe('No network has this address.');
  });

  it('shows its coordinators their fellow coordinators and the communes, with what each shares', async () => {
    coordinatorApi(
      () => [alice, bob],
      () => [wavre, nivelles, ottignies],
    );
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Coordinators' })).toBeTruthy();
    const coordinators = await screen.findByRole('table', { name: 'Coordinators of the network' });
    expect(within(coordinators).getByRole('rowheader', { name: 'Bob' })).toBeTruthy();
    expect(within(coordinators).getByText('bob@example.org')).toBeTruthy();

    expect(screen.getByRole('heading', { name: 'Communes' })).toBeTruthy();
    await screen.findByRole('table', { name: 'Communes of the network' });
    const member = within(communesTable()).getByRole('rowheader', { name: 'Wavre' }).closest('tr')!;
    expect(within(member).getByText('member')).toBeTruthy();
    expect(within(member).getByText('climate plan, allowances')).toBeTruthy();
    const requested = within(communesTable()).getByRole('rowheader', { name: 'Nivelles' }).closest('tr')!;
    expect(within(requested).getByText('asked to join')).toBeTruthy();
    expect(within(requested).getByText('nothing')).toBeTruthy();
    expect(within(requested).getByRole('button', { name: /^Accept the request / })).toBeTruthy();
    const invited = within(communesTable()).getByRole('rowheader', { name: 'Ottignies' }).closest('tr')!;
    expect(within(invited).getByText('invited')).toBeTruthy();
    expect(within(invited).queryByRole('button', { name: /^Accept the request / })).toBeNull();
  });

  it('invites a coordinator by email, says the same whoever the address is, and shows the invitation', async () => {
    let invitations: CoordinatorInvitation[] = [];
    const calls = coordinatorApi(
      () => [alice],
      () => [],
      ({ method, body }) => {
        if (method !== 'POST') return undefined;
        const email = (body as { email: string }).email;
        if (!email.includes('@')) {
          return problem(400, 'invalid-request', 'email: must be a well-formed email address', [
            { field: 'email', detail: 'must be a well-formed email address' },
          ]);
        }
        invitations = [{ ...carla, id: `ci-${invitations.length + 1}`, email }, ...invitations];
        return new Response(null, { status: 202 });
      },
      () => invitations,
    );
    renderPage();
    await screen.findByText('No invitation is waiting for an answer.');

    const email = screen.getByLabelText('Email address') as HTMLInputElement;
    fireEvent.change(email, { target: { value: 'carla' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));
    await screen.findByText('must be a well-formed email address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain('coordinator-email-error');

    fireEvent.change(email, { target: { value: ' carla@example.org ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));
    expect((await screen.findByText('Invitation sent to carla@example.org.')).getAttribute('role')).toBe('status');
    expect(calls.filter((call) => call.method === 'POST').at(-1)).toEqual({
      method: 'POST',
      path: '/api/networks/brabant/coordinators',
      body: { email: 'carla@example.org' },
    });
    expect(email.value).toBe('');
    await waitFor(() =>
      expect(within(invitationsTable()).getByRole('rowheader', { name: 'carla@example.org' })).toBeTruthy(),
    );
    expect(within(invitationsTable()).getByText('May 8, 2025')).toBeTruthy();

    fireEvent.change(email, { target: { value: 'nobody@nowhere.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));
    expect(await screen.findByText('Invitation sent to nobody@nowhere.example.')).toBeTruthy();
  });

  it('revokes an invitation to coordinate only once confirmed', async () => {
    let invitations = [carla];
    const calls = coordinatorApi(
      () => [alice],
      () => [],
      ({ method }) => {
        if (method !== 'DELETE') return undefined;
        invitations = [];
        return new Response(null, { status: 204 });
      },
      () => invitations,
    );
    renderPage();

    const row = (await screen.findByRole('rowheader', { name: 'carla@example.org' })).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: /^Revoke / }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke the invitation of carla@example.org?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    fireEvent.click(within(row).getByRole('button', { name: /^Revoke / }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByText('The invitation of carla@example.org is revoked.')).getAttribute('role')).toBe(
      'status',
    );
    expect(calls.find((call) => call.method === 'DELETE')?.path).toBe(
      '/api/networks/brabant/coordinator-invitations/ci-1',
    );
    await screen.findByText('No invitation is waiting for an answer.');
  });

  it('says when the invitation was answered meanwhile, and shows those still waiting', async () => {
    let invitations = [carla];
    coordinatorApi(
      () => [alice],
      () => [],
      ({ method }) => {
        if (method !== 'DELETE') return undefined;
        invitations = [];
        return problem(409, 'invitation-not-open', 'This invitation is accepted');
      },
      () => invitations,
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: /^Revoke / }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This invitation was accepted, revoked or has expired.',
    );
    await screen.findByText('No invitation is waiting for an answer.');
  });

  it('dismisses a coordinator only once confirmed, and says why the last one stays', async () => {
    const calls = coordinatorApi(
      () => [alice, bob],
      () => [],
      ({ method, path }) => {
        if (method !== 'DELETE') return undefined;
        return path.endsWith('/u-2')
          ? json([alice])
          : problem(409, 'last-coordinator', 'The network needs at least one coordinator.');
      },
    );
    renderPage();

    const bobRow = (await screen.findByRole('rowheader', { name: 'Bob' })).closest('tr')!;
    fireEvent.click(within(bobRow).getByRole('button', { name: /^Dismiss / }));
    const dialog = screen.getByRole('dialog', { name: 'Dismiss Bob as a coordinator?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    fireEvent.click(within(bobRow).getByRole('button', { name: /^Dismiss / }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByText('Bob is no longer a coordinator.')).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('rowheader', { name: 'Bob' })).toBeNull();
    expect(calls.at(-1)?.path).toBe('/api/networks/brabant/coordinators/u-2');

    fireEvent.click(screen.getByRole('button', { name: /^Dismiss / }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The network needs at least one coordinator.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('invites a commune by its web address, and shows an unknown one next to the field', async () => {
    let communes: NetworkCommune[] = [];
    const calls = coordinatorApi(
      () => [alice],
      () => communes,
      ({ method, body }) => {
        if (method !== 'POST') return undefined;
        if ((body as { commune: string }).commune !== 'ottignies') {
          return problem(422, 'unknown-commune', 'No commune atlantis', [
            { field: 'commune', detail: 'no such commune' },
          ]);
        }
        communes = [ottignies];
        return json({ network: 'brabant', status: 'INVITED' });
      },
    );
    renderPage();
    await screen.findByText('No commune is in the network yet.');

    const commune = screen.getByLabelText("Commune's web address") as HTMLInputElement;
    fireEvent.change(commune, { target: { value: 'atlantis' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    await screen.findByText('no such commune');
    expect(commune.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Please correct the fields marked below.');

    fireEvent.change(commune, { target: { value: ' Ottignies ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));

    expect((await screen.findByText('ottignies is invited to the network.')).getAttribute('role')).toBe('status');
    await waitFor(() => expect(within(communesTable()).getByText('invited')).toBeTruthy());
    expect(calls.filter((call) => call.method === 'POST').at(-1)).toEqual({
      method: 'POST',
      path: '/api/networks/brabant/communes',
      body: { commune: 'ottignies' },
    });
    expect(commune.value).toBe('');
  });

  it('accepts a commune’s request to join', async () => {
    let communes = [nivelles];
    const calls = coordinatorApi(
      () => [alice],
      () => communes,
      ({ method }) => {
        if (method !== 'POST') return undefined;
        communes = [{ ...nivelles, status: 'MEMBER' }];
        return json({ network: 'brabant', status: 'MEMBER' });
      },
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: /^Accept the request / }));

    expect((await screen.findByText('Nivelles is now a member of the network.')).getAttribute('role')).toBe('status');
    await waitFor(() => expect(within(communesTable()).getByText('member')).toBeTruthy());
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ commune: 'nivelles' });
  });

  it('removes a commune only once confirmed', async () => {
    const calls = coordinatorApi(
      () => [alice],
      () => [wavre],
      ({ method }) => (method === 'DELETE' ? new Response(null, { status: 204 }) : undefined),
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: /^Remove / }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Wavre from the network?' });
    expect(within(dialog).getByText(/no longer sees what Wavre shared/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByText('Wavre is removed from the network.')).getAttribute('role')).toBe('status');
    expect(screen.getByText('No commune is in the network yet.')).toBeTruthy();
    expect(calls.at(-1)).toEqual({ method: 'DELETE', path: '/api/networks/brabant/communes/wavre', body: undefined });
  });

  it('shows an operator the coordinators, not the communes', async () => {
    api(me({ roles: ['operator'] }), { ...network, coordinating: false }, ({ path }) => {
      if (path.endsWith('/coordinators')) return json([alice]);
      return path.endsWith('/coordinator-invitations') ? json([carla]) : undefined;
    });
    renderPage();

    expect(await screen.findByRole('rowheader', { name: 'Alice' })).toBeTruthy();
    expect(screen.getByLabelText('Email address')).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'carla@example.org' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Communes' })).toBeNull();
  });
});
