import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../auth/session';
import { fakeApi, json, me, problem, renderAt, signedIn } from '../testing';
import type { JoinPolicy, PublicCommune } from '../api/types';
import { CommuneAboutPage } from './CommuneAboutPage';

function uccle(joinPolicy: JoinPolicy): PublicCommune {
  return { slug: 'uccle', name: 'Uccle', country: 'BE', languages: ['fr'], status: 'ACTIVE', joinPolicy };
}

function renderPage(path: string, session: Session = signedIn) {
  renderAt(
    path,
    <>
      <Route path="/communes/:slug/join" element={<CommuneAboutPage />} />
      <Route path="/communes/:slug/about" element={<CommuneAboutPage />} />
      <Route path="/communes/:slug" element={<p>commune page</p>} />
    </>,
    session,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CommuneAboutPage', () => {
  it('shows what the commune is, what it runs and how to join it, signed out too', async () => {
    fakeApi(({ path }) =>
      path === '/api/public/communes/uccle'
        ? json({ ...uccle('OPEN'), languages: ['fr', 'nl'], postalCodes: ['1180'], description: 'Uccle, in Brussels.' })
        : undefined,
    );
    renderPage('/communes/uccle/about', { ...signedIn, authenticated: false });

    expect(await screen.findByRole('heading', { level: 1, name: 'Uccle' })).toBeTruthy();
    expect(screen.getByText('Uccle, in Brussels.')).toBeTruthy();
    expect(screen.getByText('1180')).toBeTruthy();
    expect(screen.getByText('French, Dutch')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What it runs on Civiclimate' })).toBeTruthy();
    expect(screen.getByText('Joining: open to every citizen')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in to join' })).toBeTruthy();
    expect(document.title).toBe('Uccle · Civiclimate');
  });

  it('shows the commune to someone signed out, and signs them in back to the same link', async () => {
    fakeApi(({ path }) => (path === '/api/public/communes/uccle' ? json(uccle('INVITATION_CODE')) : undefined));
    const signIn = vi.fn();
    renderPage('/communes/uccle/join?invitation=K7Q2', { ...signedIn, authenticated: false, signIn });

    await screen.findByRole('heading', { level: 1, name: 'Uccle' });
    expect(screen.queryByLabelText('Invitation code')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in to join' }));

    expect(signIn).toHaveBeenCalledWith('/communes/uccle/join?invitation=K7Q2', 'en');
  });

  it('joins with the code of the link, then opens the commune', async () => {
    const calls = fakeApi(({ method, path }) => {
      if (path === '/api/public/communes/uccle') return json(uccle('INVITATION_CODE'));
      if (path === '/api/me') return json(me());
      if (method === 'POST' && path === '/api/communes/uccle/membership') {
        return json({ slug: 'uccle', roles: ['CITIZEN'] });
      }
      return undefined;
    });
    renderPage('/communes/uccle/join?invitation=K7Q2');

    expect(((await screen.findByLabelText('Invitation code')) as HTMLInputElement).value).toBe('K7Q2');
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));

    await screen.findByText('commune page');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ code: 'K7Q2' });
  });

  it('shows a wrong code next to its field', async () => {
    fakeApi(({ method, path }) => {
      if (path === '/api/public/communes/uccle') return json(uccle('INVITATION_CODE'));
      if (path === '/api/me') return json(me());
      if (method === 'POST') {
        return problem(422, 'invitation-code-invalid', 'The invitation code is not valid.', [
          { field: 'code', detail: 'is not this commune’s invitation code' },
        ]);
      }
      return undefined;
    });
    renderPage('/communes/uccle/join');

    fireEvent.change(await screen.findByLabelText('Invitation code'), { target: { value: 'WRONG' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));

    const code = screen.getByLabelText('Invitation code');
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(code.getAttribute('aria-describedby')).toContain('code-error');
    expect(screen.getByText('is not this commune’s invitation code').id).toBe('code-error');
  });

  it('joins an open commune without any code', async () => {
    const calls = fakeApi(({ method, path }) => {
      if (path === '/api/public/communes/uccle') return json(uccle('OPEN'));
      if (path === '/api/me') return json(me());
      if (method === 'POST') return json({ slug: 'uccle', roles: ['CITIZEN'] });
      return undefined;
    });
    renderPage('/communes/uccle/join');

    fireEvent.click(await screen.findByRole('button', { name: 'Join' }));

    await screen.findByText('commune page');
    expect(screen.queryByLabelText('Invitation code')).toBeNull();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({});
  });

  it('tells a member they already belong to the commune', async () => {
    fakeApi(({ path }) => {
      if (path === '/api/public/communes/uccle') return json(uccle('OPEN'));
      if (path === '/api/me') {
        return json(me({ communes: [{ slug: 'uccle', name: 'Uccle', status: 'ACTIVE', roles: ['CITIZEN'] }] }));
      }
      return undefined;
    });
    renderPage('/communes/uccle/join');

    await screen.findByText(/You are already a member of Uccle\./);
    const open = screen.getByRole('link', { name: 'Open the commune’s page' });
    expect(open.getAttribute('href')).toBe('/communes/uccle');
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull();
  });

  it('says when no commune has this address', async () => {
    fakeApi(() => problem(404, 'commune-not-found', 'No commune uccle'));
    renderPage('/communes/uccle/join');

    expect((await screen.findByRole('alert')).textContent).toBe('No commune has this address.');
  });
});
