import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, problem, renderAt } from '../testing';
import type { Commune, Me } from '../api/types';
import { CommunePage } from './CommunePage';

function commune(
  status: Commune['status'],
  steps: Partial<Commune['provisioning']> = {},
  extra: Partial<Commune> = {},
): Commune {
  return {
    id: '1',
    slug: 'uccle',
    name: 'Uccle',
    country: 'BE',
    languages: ['fr'],
    status,
    officialCode: '21016',
    population: 83000,
    contactEmail: 'climat@uccle.be',
    provisioning: { organization: false, assembly: false, plan: false, ...steps },
    ...extra,
  };
}

const citizen = me({ communes: [{ slug: 'uccle', name: 'Uccle', status: 'ACTIVE', roles: ['CITIZEN'] }] });
const admin = me({ communes: [{ slug: 'uccle', name: 'Uccle', status: 'ACTIVE', roles: ['ADMIN'] }] });
const operator = me({ roles: ['operator'] });

function renderPage() {
  renderAt(
    '/communes/uccle',
    <>
      <Route path="/communes/:slug" element={<CommunePage />} />
      <Route path="/communes" element={<p>my communes</p>} />
    </>,
  );
}

/** The API for one commune and one caller; writes are answered by `write`. */
function api(
  caller: Me,
  current: () => Commune,
  write: (method: string, path: string) => Response | undefined = () => undefined,
) {
  return fakeApi(({ method, path }) => {
    if (path === '/api/me') return json(caller);
    if (method === 'GET' && path === '/api/communes/uccle') return json(current());
    return write(method, path);
  });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CommunePage', () => {
  it('lets an administrator change the commune’s details, sending only what changed', async () => {
    let current = commune('ACTIVE', {}, { postalCodes: ['1180'], description: '' });
    const calls = fakeApi(({ method, path, body }) => {
      if (path === '/api/me') return json(admin);
      if (method === 'PATCH') {
        current = { ...current, ...(body as Partial<Commune>) };
        return json(current);
      }
      if (path === '/api/communes/uccle') return json(current);
      return undefined;
    });
    renderPage();

    const details = within(await screen.findByRole('region', { name: 'The commune’s details' }));
    fireEvent.change(details.getByLabelText('Population'), { target: { value: '84000' } });
    fireEvent.change(details.getByLabelText('Postal codes'), { target: { value: '1180, 1181' } });
    fireEvent.change(details.getByLabelText('Description'), { target: { value: 'Uccle, in Brussels.' } });
    fireEvent.click(details.getByRole('button', { name: 'Save the details' }));

    expect(await details.findByText('The details are saved.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PATCH')).toEqual({
      method: 'PATCH',
      path: '/api/communes/uccle',
      body: { population: 84000, postalCodes: ['1180', '1181'], description: 'Uccle, in Brussels.' },
    });
    expect(screen.getByText('84,000')).toBeTruthy();
  });

  it('shows the API’s objections to the details next to their fields, all at once', async () => {
    fakeApi(({ method, path }) => {
      if (path === '/api/me') return json(admin);
      if (method === 'PATCH')
        return problem(400, 'invalid-request', 'x', [
          { field: 'name', detail: 'x', code: 'too-long', params: { max: 120 } },
          { field: 'postalCodes[1]', detail: 'x', code: 'format', params: {} },
        ]);
      return json(commune('ACTIVE'));
    });
    renderPage();

    const details = within(await screen.findByRole('region', { name: 'The commune’s details' }));
    fireEvent.change(details.getByLabelText('Official name'), { target: { value: 'U'.repeat(130) } });
    fireEvent.click(details.getByRole('button', { name: 'Save the details' }));

    expect((await details.findByText('At most 120 characters.')).id).toBe('edit-name-error');
    expect(details.getByText('Not in the expected format.').id).toBe('edit-postalCodes-error');
    expect(details.getByRole('alert').textContent).toBe('Please correct the fields marked below.');
  });

  it('disables the details of a suspended commune', async () => {
    api(admin, () => commune('SUSPENDED', {}, { suspensionReason: 'Fraud' }));
    renderPage();

    const details = within(await screen.findByRole('region', { name: 'The commune’s details' }));
    expect(details.getByRole('button', { name: 'Save the details' }).matches(':disabled')).toBe(true);
  });

  it('follows the set-up step by step until the commune is active', async () => {
    const answers = [
      commune('PROVISIONING'),
      commune('PROVISIONING', { organization: true, assembly: true }),
      commune('ACTIVE', { organization: true, assembly: true, plan: true }),
    ];
    api(admin, () => answers.shift() ?? commune('ACTIVE'));
    renderPage();

    await screen.findByText('The assembly space is ready: in progress…');
    await screen.findByText('The assembly space is ready: done', undefined, { timeout: 3000 });
    await screen.findByText('Everything is ready.', undefined, { timeout: 3000 });
  });

  it('shows why the set-up failed and lets the admin try again', async () => {
    const calls = api(
      admin,
      () => commune('FAILED', {}, { failureReason: 'Keycloak is down' }),
      (method) => (method === 'POST' ? json(commune('PROVISIONING')) : undefined),
    );
    renderPage();

    await screen.findByText('Setting the commune up failed: Keycloak is down');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(calls.some((c) => c.path === '/api/communes/uccle/provisioning/retry')).toBe(true));
  });

  it('shows a member their roles, and the admin the pages to manage the commune', async () => {
    api(admin, () => commune('ACTIVE'));
    renderPage();

    await screen.findByText('Your roles: administrator');
    expect(screen.getByRole('link', { name: 'Members' }).getAttribute('href')).toBe('/communes/uccle/members');
    expect(screen.getByRole('link', { name: 'Joining the commune' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Audit trail' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Suspend Uccle' })).toBeNull();
  });

  it('says clearly that a suspended commune is read-only, and why', async () => {
    api(citizen, () => commune('SUSPENDED', {}, { suspensionReason: 'Unpaid hosting' }));
    renderPage();

    await screen.findByText(/This commune is suspended/);
    expect(screen.getByText('Reason: Unpaid hosting')).toBeTruthy();
    await screen.findByText('Your roles: citizen');
    expect(screen.queryByRole('link', { name: 'Members' })).toBeNull();
    expect(screen.getByRole('link', { name: 'The commune’s networks' }).getAttribute('href')).toBe(
      '/communes/uccle/networks',
    );
    expect(screen.getByRole('link', { name: 'Assemblies' }).getAttribute('href')).toBe('/communes/uccle/assemblies');
  });

  it('asks for confirmation before leaving, then goes back to my communes', async () => {
    const calls = api(
      citizen,
      () => commune('ACTIVE'),
      (method, path) =>
        method === 'DELETE' && path === '/api/communes/uccle/membership'
          ? new Response(null, { status: 204 })
          : undefined,
    );
    renderPage();

    const leave = await screen.findByRole('button', { name: 'Leave this commune' });
    leave.focus();
    fireEvent.click(leave);
    const dialog = screen.getByRole('dialog', { name: 'Leave Uccle?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(leave);

    fireEvent.click(leave);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    fireEvent.click(leave);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await screen.findByText('my communes');
  });

  it('says why the last admin cannot leave', async () => {
    api(
      admin,
      () => commune('ACTIVE'),
      (method) =>
        method === 'DELETE' ? problem(409, 'last-admin', 'You are the only administrator of Uccle.') : undefined,
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Leave this commune' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('alert')).textContent).toBe('The commune needs at least one administrator.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lets an operator suspend the commune with a reason, and reinstate it', async () => {
    let current = commune('ACTIVE');
    const calls = api(
      operator,
      () => current,
      (method, path) => {
        if (path !== '/api/communes/uccle/suspension') return undefined;
        current = method === 'PUT' ? commune('SUSPENDED', {}, { suspensionReason: 'Fraud' }) : commune('ACTIVE');
        return json(current);
      },
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Suspend Uccle' }));
    const dialog = screen.getByRole('dialog', { name: 'Suspend Uccle?' });
    const reason = within(dialog).getByLabelText('Reason');
    expect(document.activeElement).toBe(reason);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText('Please give a reason.')).toBeTruthy();

    fireEvent.change(reason, { target: { value: 'Fraud' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await screen.findByText('Reason: Fraud');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ reason: 'Fraud' });

    fireEvent.click(screen.getByRole('button', { name: 'Reinstate Uccle' }));
    await screen.findByText('Everything is ready.');
  });

  it('lets an operator reject a request awaiting approval, with a reason', async () => {
    let rejected = false;
    const calls = fakeApi(({ method, path }) => {
      if (path === '/api/me') return json(operator);
      if (method === 'POST' && path === '/api/communes/uccle/rejection') {
        rejected = true;
        return json(commune('REJECTED'));
      }
      // A rejected request leaves the directory: reading it again answers 404.
      if (method === 'GET' && path === '/api/communes/uccle' && !rejected) return json(commune('AWAITING_APPROVAL'));
      return undefined;
    });
    renderPage();

    expect(await screen.findByRole('button', { name: 'Approve Uccle' })).toBeTruthy();
    const reject = screen.getByRole('button', { name: 'Reject Uccle' });
    reject.focus();
    fireEvent.click(reject);
    const dialog = screen.getByRole('dialog', { name: 'Reject the request for Uccle?' });
    const reason = within(dialog).getByLabelText('Reason');
    expect(document.activeElement).toBe(reason);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(reject);

    fireEvent.click(reject);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(await within(screen.getByRole('dialog')).findByText('Please give a reason.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'The code 21016 is Uccle’s' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    await screen.findByText('Status: rejected');
    expect(screen.getByText(/rejected this request: its web address and official code are free again/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/communes/uccle/rejection',
      body: { reason: 'The code 21016 is Uccle’s' },
    });
    expect(screen.queryByRole('heading', { name: 'Setting up the commune’s space' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Approve Uccle' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reject Uccle' })).toBeNull();
    // No more reading: the page keeps showing what the rejection answered.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(screen.getByText('Status: rejected')).toBeTruthy();
  });

  it('offers neither approval nor rejection to those who are not operators', async () => {
    api(citizen, () => commune('AWAITING_APPROVAL'));
    renderPage();

    await screen.findByText('Your roles: citizen');
    expect(screen.getByText('Status: awaiting approval')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve Uccle' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reject Uccle' })).toBeNull();
  });

  it('says when another operator decided first, and shows the commune as it is now', async () => {
    let current = commune('AWAITING_APPROVAL');
    api(
      operator,
      () => current,
      (method) => {
        if (method !== 'POST') return undefined;
        current = commune('PROVISIONING');
        return problem(409, 'invalid-commune-status', 'A commune that is PROVISIONING cannot become REJECTED');
      },
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Reject Uccle' }));
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Squatted' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The commune’s status changed in the meantime (another operator may have decided first).',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    await screen.findByText('Status: being set up');
    expect(screen.queryByRole('button', { name: 'Reject Uccle' })).toBeNull();
  });

  it('offers to join a commune the caller does not belong to', async () => {
    fakeApi(({ path }) => (path === '/api/me' ? json(me()) : problem(403, 'forbidden', 'Access denied')));
    renderPage();

    const join = await screen.findByRole('link', { name: 'Join this commune' });
    expect(join.getAttribute('href')).toBe('/communes/uccle/about');
  });
});
