import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { SessionProvider, type Session } from './auth';
import { I18nProvider } from './i18n';
import { fakeApi, json, me, signedIn } from './testing';

function renderApp(session: Session = signedIn) {
  localStorage.setItem('civiclimate.language', 'en');
  render(
    <I18nProvider>
      <SessionProvider session={session}>
        <MemoryRouter initialEntries={['/']}>
          <App />
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('shows the operators their page in the navigation', async () => {
    fakeApi(() => json(me({ roles: ['operator'] })));
    renderApp();

    expect((await screen.findByRole('link', { name: 'Operator' })).getAttribute('href')).toBe('/operator/communes');
  });

  it('does not show it to anyone else', async () => {
    const calls = fakeApi(() => json(me()));
    renderApp();

    // Lets the answer of /api/me arrive and render before looking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(calls).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'Operator' })).toBeNull();
  });

  it('links the signed-in person to their data', async () => {
    fakeApi(() => json(me()));
    renderApp();

    expect((await screen.findByRole('link', { name: 'My data' })).getAttribute('href')).toBe('/me');
  });

  it('does not link to it, nor to the networks, before signing in', () => {
    fakeApi(() => json(me()));
    renderApp({ ...signedIn, authenticated: false });

    expect(screen.queryByRole('link', { name: 'My data' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Networks' })).toBeNull();
  });

  it('links the signed-in person to the networks of communes', async () => {
    fakeApi(() => json(me()));
    renderApp();

    const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Networks' }).getAttribute('href')).toBe('/networks');
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  });
});
