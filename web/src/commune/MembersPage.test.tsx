import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, problem, renderAt, type Call } from '../testing';
import type { Member, Page } from '../api/types';
import { MembersPage } from './MembersPage';

const alice: Member = {
  userId: 'u-1',
  email: 'alice@uccle.be',
  name: 'Alice',
  roles: ['ADMIN'],
  since: '2025-03-01T10:00:00Z',
};
const bob: Member = {
  userId: 'u-2',
  email: 'bob@example.org',
  name: 'Bob',
  roles: ['CITIZEN'],
  since: '2025-04-02T10:00:00Z',
};

function page(items: Member[], total = items.length, number = 0): Page<Member> {
  return { items, page: number, size: 20, total };
}

/** The members' answers, and none of the staff's invitations (StaffInvitations.test.tsx tests those). */
function membersApi(answer: (call: Call) => Response) {
  return fakeApi((call) =>
    call.path.startsWith('/api/communes/uccle/invitations')
      ? json({ items: [], page: 0, size: 20, total: 0 })
      : answer(call),
  );
}

function renderPage() {
  renderAt('/communes/uccle/members', <Route path="/communes/:slug/members" element={<MembersPage />} />);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MembersPage', () => {
  it('lists the members with their roles, and pages through them', async () => {
    const calls = membersApi(({ path }) => {
      const url = new URL(path, 'http://localhost');
      return url.searchParams.get('page') === '1' ? json(page([bob], 21, 1)) : json(page([alice], 21));
    });
    renderPage();

    const row = (await screen.findByRole('cell', { name: 'alice@uccle.be' })).closest('tr')!;
    expect(within(row).getByText('administrator')).toBeTruthy();
    expect(screen.getByText('1–20 of 21')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('bob@example.org');
    expect(screen.getByText('21–21 of 21')).toBeTruthy();
    expect(calls.at(-1)?.path).toBe('/api/communes/uccle/members?page=1&size=20&q=');
  });

  it('searches as one types', async () => {
    const calls = membersApi(({ path }) => json(page(path.includes('q=bob') ? [bob] : [alice, bob])));
    renderPage();
    await screen.findByText('alice@uccle.be');

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'bob' } });

    await waitFor(() => expect(screen.queryByText('alice@uccle.be')).toBeNull());
    expect(calls.at(-1)?.path).toBe('/api/communes/uccle/members?page=0&size=20&q=bob');
  });

  it('grants a role at once, and revokes one only once confirmed', async () => {
    const calls = membersApi(({ method }) => {
      if (method === 'PUT') return json({ ...bob, roles: ['CITIZEN', 'FACILITATOR'] });
      if (method === 'DELETE') return json(bob);
      return json(page([bob]));
    });
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Grant facilitator to Bob' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke facilitator from Bob' }));
    expect(calls.at(-1)?.path).toBe('/api/communes/uccle/members/u-2/roles/FACILITATOR');
    expect(calls.at(-1)?.method).toBe('PUT');

    const dialog = screen.getByRole('dialog', { name: 'Take the facilitator role away from Bob?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await screen.findByRole('button', { name: 'Grant facilitator to Bob' });
    expect(calls.at(-1)?.method).toBe('DELETE');
    expect(screen.getByText('The roles of Bob are updated.').getAttribute('role')).toBe('status');
  });

  it('says why the last admin keeps the role', async () => {
    membersApi(({ method }) =>
      method === 'DELETE' ? problem(409, 'last-admin', 'Uccle needs at least one administrator.') : json(page([alice])),
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke administrator from Alice' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('alert')).textContent).toBe('The commune needs at least one administrator.');
  });

  it('says when the commune is suspended and refuses changes', async () => {
    membersApi(({ method }) =>
      method === 'PUT' ? problem(423, 'commune-read-only', 'Uccle is suspended: Fraud.') : json(page([bob])),
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Grant administrator to Bob' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This commune is suspended: nothing in it can be changed.',
    );
  });

  it('disables every change of a suspended commune, and says why once at the top', async () => {
    fakeApi((call) => {
      if (call.path === '/api/me')
        return json(me({ communes: [{ slug: 'uccle', name: 'Uccle', status: 'SUSPENDED', roles: ['ADMIN'] }] }));
      if (call.path.startsWith('/api/communes/uccle/invitations'))
        return json({ items: [], page: 0, size: 20, total: 0 });
      return json(page([bob]));
    });
    renderPage();

    expect(
      await screen.findByText(
        'This commune is suspended by the platform’s operators: nothing in it can be changed until it is reinstated.',
      ),
    ).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Grant administrator to Bob' }) as HTMLButtonElement).disabled).toBe(
        true,
      ),
    );
    expect((await screen.findByRole('button', { name: 'Send the invitation' })).matches(':disabled')).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells those who are not administrators that they may not see the members', async () => {
    fakeApi(() => problem(403, 'forbidden', 'Access denied'));
    renderPage();

    expect((await screen.findByRole('alert')).textContent).toBe('You do not have the rights needed for this.');
  });
});
