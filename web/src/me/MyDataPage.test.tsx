import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../auth/session';
import { empty, fakeApi, problem, renderAt, signedIn } from '../testing';
import { MyDataPage } from './MyDataPage';
import { RequireSignIn } from '../auth/RequireSignIn';

const document_ = '{"profile":{"name":"Alice"},"memberships":[]}';

function renderPage(session: Session = signedIn) {
  renderAt(
    '/me',
    <Route element={<RequireSignIn />}>
      <Route path="/me" element={<MyDataPage />} />
    </Route>,
    session,
  );
}

// jsdom has no object URLs: these stand in for them, and the click on the download link is only recorded.
let saved: { href: string; download: string; blob?: Blob }[];
beforeEach(() => {
  saved = [];
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((object: Blob | MediaSource) => {
    blob = object as Blob;
    return 'blob:http://localhost/my-data';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download, blob });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('MyDataPage', () => {
  it('asks to sign in first', () => {
    renderPage({ ...signedIn, authenticated: false });

    expect(screen.getByText('Please sign in to see this page.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'My data' })).toBeNull();
  });

  it('downloads my data with my token, as a file', async () => {
    const calls = fakeApi(({ path }) =>
      path === '/api/me/data'
        ? new Response(document_, {
            status: 200,
            headers: {
              'Content-Type': 'application/json',
              'Content-Disposition': 'attachment; filename="civiclimate-my-data.json"',
            },
          })
        : undefined,
    );
    renderPage();

    expect(screen.getByRole('heading', { level: 1, name: 'My data' })).toBeTruthy();
    expect(
      screen.getByText(/your memberships and roles in each commune, the invitations addressed to you/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));

    expect((await screen.findByText('Your data is downloaded: civiclimate-my-data.json.')).getAttribute('role')).toBe(
      'status',
    );
    expect(calls).toEqual([{ method: 'GET', path: '/api/me/data', body: undefined }]);
    expect(calls[0].headers.get('Authorization')).toBe('Bearer token');
    expect(saved).toHaveLength(1);
    expect(saved[0].download).toBe('civiclimate-my-data.json');
    expect(saved[0].href).toBe('blob:http://localhost/my-data');
    expect(await saved[0].blob?.text()).toBe(document_);
    expect(document.querySelector('a[download]')).toBeNull(); // the temporary link is gone
  });

  it('says when the download fails', async () => {
    fakeApi(() => problem(500, 'internal-error', 'Boom'));
    renderPage();

    fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Something went wrong on the platform. Please try again.',
    );
    expect(saved).toHaveLength(0);
  });

  it('deletes my account only once confirmed, then signs me out', async () => {
    const signOut = vi.fn();
    const calls = fakeApi(({ method, path }) => (method === 'DELETE' && path === '/api/me' ? empty() : undefined));
    renderPage({ ...signedIn, signOut });

    const section = screen.getByRole('region', { name: 'Delete my account' });
    expect(within(section).getByText(/Erased: your profile, your memberships and roles/)).toBeTruthy();
    expect(
      within(section).getByText(/the audit trails of privileged actions and the records of payments/),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete your account for good?' })).getByRole('button', {
        name: 'Cancel',
      }),
    );
    expect(calls).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByText('Your account is deleted. Signing you out…')).getAttribute('role')).toBe('status');
    expect(calls).toEqual([{ method: 'DELETE', path: '/api/me', body: undefined }]);
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says which communes need another administrator first', async () => {
    const signOut = vi.fn();
    fakeApi(() => problem(409, 'last-admin', 'You are the only administrator of Uccle, Namur.'));
    renderPage({ ...signedIn, signOut });

    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The commune needs at least one administrator. Appoint another administrator in each of these communes (on its Members page), then try again.',
    );
    expect(signOut).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((screen.getByRole('button', { name: 'Delete my account' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
