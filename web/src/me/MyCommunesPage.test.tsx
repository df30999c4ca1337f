import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, problem, renderAt } from '../testing';
import type { MyCoordinatorInvitation, MyStaffInvitation } from '../api/types';
import { MyCommunesPage } from './MyCommunesPage';

function renderPage() {
  renderAt(
    '/communes',
    <>
      <Route path="/communes" element={<MyCommunesPage />} />
      <Route path="/communes/:slug/about" element={<p>join page</p>} />
    </>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const uccle: MyStaffInvitation = {
  kind: 'STAFF',
  id: 'i-1',
  communeSlug: 'uccle',
  communeName: 'Uccle',
  role: 'FACILITATOR',
  expiresAt: '2025-05-15T10:00:00Z',
};
const namur: MyStaffInvitation = { ...uccle, id: 'i-2', communeSlug: 'namur', communeName: 'Namur', role: 'ADMIN' };
const brabant: MyCoordinatorInvitation = {
  kind: 'COORDINATOR',
  id: 'i-3',
  networkSlug: 'brabant',
  networkName: 'Covenant of Mayors – Brabant',
  expiresAt: '2025-05-08T10:00:00Z',
};

describe('MyCommunesPage', () => {
  it('lists my communes with my roles there', async () => {
    fakeApi(({ path }) =>
      path === '/api/me/invitations'
        ? json([])
        : json(me({ communes: [{ slug: 'uccle', name: 'Uccle', status: 'SUSPENDED', roles: ['ADMIN', 'CITIZEN'] }] })),
    );
    renderPage();

    await screen.findByRole('link', { name: 'Uccle' });
    expect(screen.getByText('Your roles: administrator, citizen')).toBeTruthy();
    expect(screen.getByText('Status: suspended')).toBeTruthy();
  });

  it('goes to the join page of the commune entered', async () => {
    fakeApi(({ path }) => (path === '/api/me/invitations' ? json([]) : json(me())));
    renderPage();
    await screen.findByText('You do not belong to any commune yet.');

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(screen.getByLabelText('The commune’s web address').getAttribute('aria-invalid')).toBe('true'),
    );

    fireEvent.change(screen.getByLabelText('The commune’s web address'), { target: { value: ' Uccle ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('join page');
  });

  it('shows no invitations section when none is addressed to me', async () => {
    fakeApi(({ path }) => (path === '/api/me/invitations' ? json([]) : json(me())));
    renderPage();

    await screen.findByText('You do not belong to any commune yet.');
    expect(screen.queryByRole('heading', { name: 'Invitations for you' })).toBeNull();
  });

  it('accepts an invitation, then shows the commune among mine', async () => {
    let invitations = [uccle, namur];
    let communes = me();
    const calls = fakeApi(({ method, path }) => {
      if (method === 'POST') {
        invitations = invitations.filter((i) => i.id !== 'i-1');
        communes = me({
          communes: [{ slug: 'uccle', name: 'Uccle', status: 'ACTIVE', roles: ['CITIZEN', 'FACILITATOR'] }],
        });
        return json({ kind: 'STAFF', communeSlug: 'uccle', roles: ['CITIZEN', 'FACILITATOR'] });
      }
      return path === '/api/me/invitations' ? json(invitations) : json(communes);
    });
    renderPage();

    await screen.findByRole('heading', { name: 'Invitations for you' });
    expect(screen.getByText('Uccle invites you to be its facilitator (until May 15, 2025)')).toBeTruthy();
    expect(screen.getByText('Namur invites you to be its administrator (until May 15, 2025)')).toBeTruthy();
    const accept = screen.getByRole('button', {
      name: 'Accept: Uccle invites you to be its facilitator (until May 15, 2025)',
    });
    fireEvent.click(accept);

    expect(
      (await screen.findByText('Invitation accepted: your roles in Uccle are now citizen, facilitator.')).getAttribute(
        'role',
      ),
    ).toBe('status');
    expect(calls.find((call) => call.method === 'POST')?.path).toBe('/api/me/invitations/i-1/acceptance');
    await screen.findByRole('link', { name: 'Uccle' });
    expect(screen.queryByText(/Uccle invites you/)).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Accept: / })).toHaveLength(1);
  });

  it('hides the section once the last invitation is accepted', async () => {
    fakeApi(({ method, path }) => {
      if (method === 'POST') return json({ kind: 'STAFF', communeSlug: 'uccle', roles: ['FACILITATOR'] });
      return path === '/api/me/invitations' ? json([uccle]) : json(me());
    });
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: /^Accept: / }));

    await screen.findByText('Invitation accepted: your roles in Uccle are now facilitator.');
    expect(screen.queryByRole('heading', { name: 'Invitations for you' })).toBeNull();
  });

  it('accepts an invitation to coordinate a network, among the invitations to communes', async () => {
    let invitations = [uccle, brabant];
    const calls = fakeApi(({ method, path }) => {
      if (method === 'POST') {
        invitations = [uccle];
        return json({ kind: 'COORDINATOR', networkSlug: 'brabant' });
      }
      return path === '/api/me/invitations' ? json(invitations) : json(me());
    });
    renderPage();

    await screen.findByText('Covenant of Mayors – Brabant invites you to coordinate it (until May 8, 2025)');
    expect(screen.getByText('Uccle invites you to be its facilitator (until May 15, 2025)')).toBeTruthy();
    const accept = screen.getByRole('button', {
      name: 'Accept: Covenant of Mayors – Brabant invites you to coordinate it (until May 8, 2025)',
    });
    fireEvent.click(accept);

    expect(
      (await screen.findByText('Invitation accepted: you now coordinate Covenant of Mayors – Brabant.')).getAttribute(
        'role',
      ),
    ).toBe('status');
    expect(calls.find((call) => call.method === 'POST')?.path).toBe('/api/me/invitations/i-3/acceptance');
    expect(screen.queryByText(/invites you to coordinate/)).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Accept: / })).toHaveLength(1);
  });

  it('says when the invitation is no longer open, and shows those still open', async () => {
    let invitations = [uccle, namur];
    fakeApi(({ method, path }) => {
      if (method === 'POST') {
        invitations = [namur];
        return problem(409, 'invitation-not-open', 'This invitation was revoked.');
      }
      return path === '/api/me/invitations' ? json(invitations) : json(me());
    });
    renderPage();

    await screen.findByText(/Uccle invites you/);
    fireEvent.click(screen.getAllByRole('button', { name: /^Accept: / })[0]);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This invitation was accepted, revoked or has expired.',
    );
    await waitFor(() => expect(screen.queryByText(/Uccle invites you/)).toBeNull());
    expect(screen.getByText(/Namur invites you/)).toBeTruthy();
  });
});
