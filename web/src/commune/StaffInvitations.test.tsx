import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem, renderAt, type Call } from '../testing';
import type { Page, StaffInvitation } from '../api/types';
import { MembersPage } from './MembersPage';

const open: StaffInvitation = {
  id: 'i-1',
  email: 'carla@uccle.be',
  role: 'FACILITATOR',
  status: 'OPEN',
  invitedAt: '2025-05-01T10:00:00Z',
  expiresAt: '2025-05-15T10:00:00Z',
};
const accepted: StaffInvitation = {
  id: 'i-2',
  email: 'dan@uccle.be',
  role: 'ADMIN',
  status: 'ACCEPTED',
  invitedAt: '2025-04-01T10:00:00Z',
  expiresAt: '2025-04-15T10:00:00Z',
};

function page(items: StaffInvitation[], total = items.length, number = 0): Page<StaffInvitation> {
  return { items, page: number, size: 20, total };
}

/** Uccle works in French and Dutch. */
const uccle = { slug: 'uccle', name: 'Uccle', languages: ['fr', 'nl'], status: 'ACTIVE' };

/** The staff's invitations answered by `answer`; no members (MembersPage.test.tsx tests those). */
function invitationsApi(answer: (call: Call) => Response | undefined) {
  return fakeApi((call) => {
    if (call.path.startsWith('/api/communes/uccle/members')) return json({ items: [], page: 0, size: 20, total: 0 });
    if (call.path === '/api/communes/uccle') return json(uccle);
    if (call.path === '/api/me') return json({ userId: 'u-1', roles: [], communes: [] });
    return answer(call);
  });
}

function renderPage() {
  renderAt('/communes/uccle/members', <Route path="/communes/:slug/members" element={<MembersPage />} />);
}

function invitationsTable() {
  return screen.getByRole('table', { name: 'Invitations, newest first' });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Staff invitations on the members page', () => {
  it('lists the invitations, with a way to revoke only the open ones', async () => {
    invitationsApi(() => json(page([open, accepted])));
    renderPage();

    await screen.findByRole('heading', { name: 'Invitations' });
    expect(screen.getByRole('heading', { name: 'Invite staff' })).toBeTruthy();
    const openRow = within(invitationsTable()).getByRole('rowheader', { name: 'carla@uccle.be' }).closest('tr')!;
    expect(within(openRow).getByText('facilitator')).toBeTruthy();
    expect(within(openRow).getByText('open')).toBeTruthy();
    expect(within(openRow).getByText('May 15, 2025')).toBeTruthy();
    expect(within(openRow).getByRole('button', { name: 'Revoke the invitation of carla@uccle.be' })).toBeTruthy();
    const acceptedRow = within(invitationsTable()).getByRole('rowheader', { name: 'dan@uccle.be' }).closest('tr')!;
    expect(within(acceptedRow).getByText('accepted')).toBeTruthy();
    expect(within(acceptedRow).queryByRole('button')).toBeNull();
    // One page only: no pager.
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
  });

  it('says when no invitation was sent yet', async () => {
    invitationsApi(() => json(page([])));
    renderPage();

    expect(await screen.findByText('No invitation has been sent yet.')).toBeTruthy();
  });

  it('pages through the invitations when there are more than a page', async () => {
    const calls = invitationsApi(({ path }) =>
      path.includes('page=1') ? json(page([accepted], 21, 1)) : json(page([open], 21)),
    );
    renderPage();

    await screen.findByText('carla@uccle.be');
    expect(screen.getByText('1–20 of 21')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    await screen.findByText('dan@uccle.be');
    expect(calls.at(-1)?.path).toBe('/api/communes/uccle/invitations?page=1&size=20');
  });

  it('sends an invitation, says so and shows it first', async () => {
    const sent: StaffInvitation = { ...open, id: 'i-3', email: 'eve@uccle.be', role: 'ADMIN' };
    let list = [accepted];
    const calls = invitationsApi(({ method }) => {
      if (method === 'POST') {
        list = [sent, ...list];
        return json(sent, 201);
      }
      return json(page(list));
    });
    renderPage();
    await screen.findByText('dan@uccle.be');

    const email = screen.getByLabelText('Email address') as HTMLInputElement;
    expect(email.type).toBe('email');
    fireEvent.change(email, { target: { value: ' eve@uccle.be ' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'ADMIN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));

    expect((await screen.findByText('Invitation sent to eve@uccle.be.')).getAttribute('role')).toBe('status');
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/communes/uccle/invitations',
      body: { email: 'eve@uccle.be', role: 'ADMIN', language: 'fr' },
    });
    await within(invitationsTable()).findByText('eve@uccle.be');
    expect(email.value).toBe('');
  });

  it('sends the invitation in the language chosen among the commune’s', async () => {
    const calls = invitationsApi(({ method }) =>
      method === 'POST' ? json({ ...open, email: 'eve@uccle.be' }, 201) : json(page([])),
    );
    renderPage();
    await screen.findByText('No invitation has been sent yet.');

    const language = (await screen.findByLabelText('Language of the email')) as HTMLSelectElement;
    expect(Array.from(language.options).map((option) => option.textContent)).toEqual(['French', 'Dutch']);
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'eve@uccle.be' } });
    fireEvent.change(language, { target: { value: 'nl' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));

    await screen.findByText('Invitation sent to eve@uccle.be.');
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      email: 'eve@uccle.be',
      role: 'FACILITATOR',
      language: 'nl',
    });
  });

  it('shows the API’s objections next to the fields', async () => {
    invitationsApi(({ method }) =>
      method === 'POST'
        ? problem(400, 'invalid-request', 'email: must be a well-formed email address', [
            { field: 'email', detail: 'must be a well-formed email address' },
          ])
        : json(page([])),
    );
    renderPage();
    await screen.findByText('No invitation has been sent yet.');

    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'eve' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));

    await screen.findByText('must be a well-formed email address');
    const email = screen.getByLabelText('Email address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain('invite-email-error');
    expect(screen.getByRole('alert').textContent).toBe('Please correct the fields marked below.');
  });

  it('says what the sign-in service’s failure is', async () => {
    invitationsApi(({ method }) =>
      method === 'POST'
        ? problem(503, 'identity-provider-unavailable', 'The sign-in service cannot send the invitation now.')
        : json(page([])),
    );
    renderPage();
    await screen.findByText('No invitation has been sent yet.');

    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'eve@uccle.be' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The sign-in service is unavailable at the moment. Please try again in a few minutes.',
    );
  });

  it('says when the commune is suspended', async () => {
    invitationsApi(({ method }) =>
      method === 'POST' ? problem(423, 'commune-read-only', 'Uccle is suspended: Fraud.') : json(page([])),
    );
    renderPage();
    await screen.findByText('No invitation has been sent yet.');

    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'eve@uccle.be' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This commune is suspended: nothing in it can be changed.',
    );
  });

  it('revokes an invitation only once confirmed', async () => {
    const calls = invitationsApi(({ method }) =>
      method === 'DELETE' ? json({ ...open, status: 'REVOKED' }) : json(page([open])),
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke the invitation of carla@uccle.be' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke the invitation of carla@uccle.be?' });
    expect(within(dialog).getByText('carla@uccle.be can no longer accept it: it stops working at once.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Revoke the invitation of carla@uccle.be' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByText('The invitation of carla@uccle.be is revoked.')).getAttribute('role')).toBe(
      'status',
    );
    expect(calls.at(-1)).toEqual({ method: 'DELETE', path: '/api/communes/uccle/invitations/i-1', body: undefined });
    expect(within(invitationsTable()).getByText('revoked')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Revoke the invitation of carla@uccle.be' })).toBeNull();
  });

  it('says when the invitation is no longer open, and shows what it became', async () => {
    let current = open;
    invitationsApi(({ method }) => {
      if (method === 'DELETE') {
        current = { ...open, status: 'ACCEPTED' };
        return problem(409, 'invitation-not-open', 'The invitation was accepted meanwhile.');
      }
      return json(page([current]));
    });
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke the invitation of carla@uccle.be' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This invitation was accepted, revoked or has expired.',
    );
    await waitFor(() => expect(within(invitationsTable()).getByText('accepted')).toBeTruthy());
  });

  it('is not offered to those who are not administrators', async () => {
    fakeApi(() => problem(403, 'forbidden', 'Access denied'));
    renderPage();

    await screen.findByRole('alert');
    expect(screen.queryByRole('heading', { name: 'Invite staff' })).toBeNull();
    expect(screen.queryByLabelText('Email address')).toBeNull();
  });
});
