import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import type { Session } from './auth/session';
import { fakeApi, json, me, Providers, signedIn, signedOut } from './testing';

function renderApp(session: Session = signedIn, path = '/') {
  render(
    <Providers session={session}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </Providers>,
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

  it('asks for the signed-in person once, whatever number of components need them', async () => {
    const calls = fakeApi(() => json(me()));
    renderApp(signedIn, '/communes');

    // Lets the answer of /api/me arrive and render before looking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(calls.filter((call) => call.path === '/api/me')).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'Operator' })).toBeNull();
  });

  it('links the signed-in person to their data', async () => {
    fakeApi(() => json(me()));
    renderApp();

    expect((await screen.findByRole('link', { name: 'My data' })).getAttribute('href')).toBe('/me');
  });

  it('leads citizens to the directory, and their communes, not to creating one', async () => {
    fakeApi(() => json(me()));
    renderApp();

    const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Find a commune' }).getAttribute('href')).toBe('/directory');
    expect(within(navigation).getByRole('link', { name: 'My communes' }).getAttribute('href')).toBe('/communes');
    expect(within(navigation).getByRole('link', { name: 'Networks' }).getAttribute('href')).toBe('/networks');
    expect(within(navigation).queryByRole('link', { name: 'Create a commune' })).toBeNull();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Find your commune' }).getAttribute('href')).toBe('/directory');
    expect(within(main).getByRole('link', { name: 'Register your commune' }).getAttribute('href')).toBe(
      '/communes/new',
    );
    expect(document.title).toBe('Home · Civiclimate');
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  });

  it('offers the directory signed out too, but neither my data nor the networks', () => {
    fakeApi(() => json(me()));
    const signIn = vi.fn();
    renderApp({ ...signedOut, signIn });

    expect(screen.getByRole('link', { name: 'Find a commune' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'My data' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Networks' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Register your commune' }));
    expect(signIn).toHaveBeenCalledWith('/communes/new', 'en');
  });

  it('asks to sign in, in the app’s language, on every page of the signed-in, and comes back to it', () => {
    fakeApi(() => json(me()));
    const signIn = vi.fn();
    renderApp({ ...signedOut, signIn }, '/communes/uccle/members');

    expect(screen.getByText('Please sign in to see this page.')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Sign in' }));
    expect(signIn).toHaveBeenCalledWith('/communes/uccle/members', 'en');
  });

  it('opens the commune’s public accountability page signed out, outside the sign-in guard', async () => {
    fakeApi(({ path }) => {
      if (path === '/api/public/communes/uccle') {
        return json({
          slug: 'uccle',
          name: 'Uccle',
          country: 'BE',
          languages: ['fr'],
          status: 'ACTIVE',
          joinPolicy: 'OPEN',
        });
      }
      if (path.endsWith('/recommendations/topics')) return json([]);
      if (path.startsWith('/api/public/communes/uccle/assembly/recommendations?')) {
        return json({ items: [], page: 0, size: 20, total: 0 });
      }
      return undefined;
    });
    renderApp(signedOut, '/communes/uccle/accountability');

    expect(await screen.findByRole('heading', { level: 1, name: 'Recommendations and answers of Uccle' })).toBeTruthy();
    expect(await screen.findByText('No adopted recommendation matches.')).toBeTruthy();
    expect(screen.queryByText('Please sign in to see this page.')).toBeNull();
  });
});
