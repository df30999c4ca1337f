import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider, type Session } from '../auth';
import { I18nProvider } from '../i18n';
import type { Commune } from '../types';
import { CommunePage } from './CommunePage';

const session: Session = {
  authenticated: true,
  signIn: () => {},
  signOut: () => {},
  token: async () => 'token',
};

function commune(status: Commune['status'], steps: Partial<Commune['provisioning']> = {}, failureReason?: string) {
  const body: Commune = {
    id: '1',
    slug: 'uccle',
    name: 'Uccle',
    country: 'BE',
    languages: ['fr'],
    status,
    provisioning: { organization: false, assembly: false, plan: false, ...steps },
    failureReason,
  };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function renderPage() {
  localStorage.setItem('civiclimate.language', 'en');
  render(
    <I18nProvider>
      <SessionProvider session={session}>
        <MemoryRouter initialEntries={['/communes/uccle']}>
          <Routes>
            <Route path="/communes/:slug" element={<CommunePage />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CommunePage', () => {
  it('follows the set-up step by step until the commune is active', async () => {
    const answers = [
      commune('PROVISIONING'),
      commune('PROVISIONING', { organization: true, assembly: true }),
      commune('ACTIVE', { organization: true, assembly: true, plan: true }),
    ];
    vi.stubGlobal('fetch', vi.fn(async () => answers.shift() ?? commune('ACTIVE')));
    renderPage();

    await screen.findByText('The assembly space is ready: in progress…');
    await screen.findByText('The assembly space is ready: done', undefined, { timeout: 3000 });
    await screen.findByText('Everything is ready.', undefined, { timeout: 3000 });
  });

  it('shows why the set-up failed and lets the admin try again', async () => {
    const fetchMock = vi.fn(async (_path: string, init?: RequestInit) =>
      init?.method === 'POST' ? commune('PROVISIONING') : commune('FAILED', {}, 'Keycloak is down'),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderPage();

    await screen.findByText('Setting the commune up failed: Keycloak is down');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([path]) => path === '/api/communes/uccle/provisioning/retry')).toBe(true),
    );
  });
});
