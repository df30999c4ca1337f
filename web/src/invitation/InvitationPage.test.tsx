import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PublicInvitation } from '../api/types';
import type { Session } from '../auth/session';
import { fakeApi, json, me, problem, renderAt, signedIn, signedOut } from '../testing';
import { InvitationPage } from './InvitationPage';

const staff: PublicInvitation = {
  kind: 'STAFF',
  communeName: 'Uccle',
  communeSlug: 'uccle',
  role: 'FACILITATOR',
  status: 'OPEN',
  expiresAt: '2025-05-15T10:00:00Z',
  addressHint: 'c•••@uccle.be',
};

function renderPage(session: Session, language: 'en' | 'fr' = 'en') {
  renderAt(
    '/invitations/i-1',
    <>
      <Route path="/invitations/:id" element={<InvitationPage />} />
      <Route path="/communes/:slug" element={<p>commune page</p>} />
      <Route path="/networks/:slug" element={<p>network page</p>} />
    </>,
    session,
    language,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('InvitationPage', () => {
  it('tells someone signed out what it is, until when, and to sign in or create an account with its address', async () => {
    fakeApi(({ path }) => (path === '/api/public/invitations/i-1' ? json(staff) : undefined));
    const signIn = vi.fn();
    const register = vi.fn();
    renderPage({ ...signedOut, signIn, register });

    expect(await screen.findByText('Uccle invites you to join its staff as facilitator.')).toBeTruthy();
    expect(screen.getByText('Valid until May 15, 2025.')).toBeTruthy();
    expect(
      screen.getByText('It was sent to c•••@uccle.be: sign in, or create your account, with this address.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create an account' }));
    expect(signIn).toHaveBeenCalledWith('/', 'en');
    expect(register).toHaveBeenCalledWith('/', 'en');
    expect(document.title).toBe('Your invitation · Civiclimate');
  });

  it('speaks French to someone signed out', async () => {
    fakeApi(() => json({ ...staff, communeName: 'Ixelles' }));
    const register = vi.fn();
    renderPage({ ...signedOut, register }, 'fr');

    expect(await screen.findByText('Ixelles vous invite à rejoindre son équipe comme facilitateur·rice.')).toBeTruthy();
    expect(screen.getByText('Valable jusqu’au 15 mai 2025.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Créer un compte' }));
    expect(register).toHaveBeenCalledWith('/', 'fr');
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeTruthy();
  });

  it('lets the person it was sent to accept it, then opens the commune', async () => {
    const calls = fakeApi(({ method, path }) => {
      if (path === '/api/public/invitations/i-1') return json(staff);
      if (path === '/api/me/invitations') return json([{ kind: 'STAFF', id: 'i-1', communeSlug: 'uccle' }]);
      if (path === '/api/me') return json(me());
      if (method === 'POST') return json({ kind: 'STAFF', communeSlug: 'uccle', roles: ['FACILITATOR'] });
      return undefined;
    });
    renderPage(signedIn);

    fireEvent.click(await screen.findByRole('button', { name: 'Accept the invitation' }));

    await screen.findByText('commune page');
    expect(calls.find((call) => call.method === 'POST')?.path).toBe('/api/me/invitations/i-1/acceptance');
  });

  it('opens the network once an invitation to coordinate it is accepted', async () => {
    fakeApi(({ method, path }) => {
      if (path === '/api/public/invitations/i-1')
        return json({ ...staff, kind: 'COORDINATOR', networkName: 'Brabant', networkSlug: 'brabant', role: null });
      if (path === '/api/me/invitations') return json([{ kind: 'COORDINATOR', id: 'i-1' }]);
      if (method === 'POST') return json({ kind: 'COORDINATOR', networkSlug: 'brabant' });
      return json(me());
    });
    renderPage(signedIn);

    expect(await screen.findByText('Brabant invites you to coordinate it.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Accept the invitation' }));
    await screen.findByText('network page');
  });

  it('says when it was sent to another address, and offers to sign out', async () => {
    fakeApi(({ path }) => (path === '/api/public/invitations/i-1' ? json(staff) : json([])));
    const signOut = vi.fn();
    renderPage({ ...signedIn, signOut });

    expect(
      await screen.findByText(
        'This invitation was sent to another address (c•••@uccle.be). Sign out, then sign in with that address.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(signOut).toHaveBeenCalled();
  });

  it.each([
    ['EXPIRED', 'This invitation expired on May 15, 2025: ask whoever sent it for a new one.'],
    ['REVOKED', 'This invitation was withdrawn: ask whoever sent it for a new one.'],
    ['ACCEPTED', 'This invitation has already been accepted.'],
  ] as const)('explains an invitation %s', async (status, text) => {
    fakeApi(() => json({ ...staff, status }));
    renderPage(signedOut);

    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create an account' })).toBeNull();
  });

  it('says when there is no such invitation', async () => {
    fakeApi(() => problem(404, 'invitation-not-found', 'No invitation i-1'));
    renderPage(signedOut);

    expect(await screen.findByText('This invitation does not exist. Check the link in your email.')).toBeTruthy();
  });
});
