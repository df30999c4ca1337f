import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequireSignIn } from '../auth/RequireSignIn';
import { empty, fakeApi, json, problem, renderAt } from '../testing';
import { Layout } from '../ui/Layout';
import { NotificationsPage } from './NotificationsPage';

const convocation = {
  id: 'n1',
  kind: 'CONVOCATION',
  subjectId: 's1',
  title: 'Budget climat',
  detail: '2026-12-09T18:30+01:00',
  link: '/communes/uccle/assemblies/a1/sessions/s1',
  communeSlug: 'uccle',
  communeName: 'Uccle',
  createdAt: '2026-12-01T10:00:00Z',
  readAt: null,
};
const answer = {
  ...convocation,
  id: 'n2',
  kind: 'ANSWER',
  subjectId: 'r1',
  title: 'Zones 30',
  detail: 'PARTIALLY_ACCEPTED',
  link: '/communes/uccle/accountability/r1',
  createdAt: '2026-12-02T10:00:00Z',
};
const followUp = { ...answer, id: 'n3', kind: 'FOLLOW_UP', detail: 'IN_PROGRESS 60', readAt: '2026-12-02T11:00:00Z' };
const overdue = { ...answer, id: 'n4', kind: 'OVERDUE', detail: '2026-12-09' };
const cancelled = { ...convocation, id: 'n5', kind: 'SESSION_CANCELLED', readAt: '2026-12-02T11:00:00Z' };

function page(items: unknown[], unread: number) {
  return json({ items, page: 0, size: 20, total: items.length, unread });
}

function renderPage(language: 'en' | 'fr' = 'en') {
  renderAt(
    '/notifications',
    <Route element={<Layout />}>
      <Route element={<RequireSignIn />}>
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/communes/:slug/accountability/:id" element={<p>The public page</p>} />
      </Route>
    </Route>,
    undefined,
    language,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('NotificationsPage', () => {
  it('says each notice in words, the unread ones marked New, with the count in the header', async () => {
    fakeApi(({ path }) =>
      path.startsWith('/api/me/notifications')
        ? page([cancelled, overdue, followUp, answer, convocation], 3)
        : undefined,
    );
    renderPage();

    expect(
      // At the time of the reader's zone, as every session's time in the app.
      await screen.findByRole('link', { name: /^You are convened to the session “Budget climat” on Dec 9, 2026, / }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Uccle answered the recommendation “Zones 30”: partially accepted' }));
    expect(screen.getByRole('link', { name: 'Follow-up of the recommendation “Zones 30”: in progress, 60%' }));
    expect(
      screen.getByRole('link', {
        name: 'The answer to the recommendation “Zones 30” is overdue (it was due by December 9, 2026)',
      }),
    );
    expect(screen.getByRole('link', { name: /^The session “Budget climat” on Dec 9, 2026, .* is cancelled$/ }));
    expect(screen.getAllByText('New')).toHaveLength(3);
    expect(screen.getByRole('status').textContent).toBe('3 unread notifications');
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeTruthy();
  });

  it('marks a notice read as it is opened, and all of them at once', async () => {
    const calls = fakeApi(({ method, path }) => {
      if (method === 'POST') return empty();
      return path.startsWith('/api/me/notifications') ? page([answer, convocation], 2) : undefined;
    });
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/me/notifications/read']),
    );

    fireEvent.click(screen.getByRole('link', { name: /answered the recommendation/ }));
    expect(await screen.findByText('The public page')).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toContain('/api/me/notifications/n2/read'),
    );
  });

  it('has a clear empty state, and filters the unread ones', async () => {
    const calls = fakeApi(({ path }) => (path.startsWith('/api/me/notifications') ? page([], 0) : undefined));
    renderPage();

    expect(await screen.findByText(/No notifications yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    expect(await screen.findByText('You have read all your notifications.')).toBeTruthy();
    expect(calls.map((c) => c.path)).toContain('/api/me/notifications?page=0&size=20&unread=true');
  });

  it('speaks French', async () => {
    fakeApi(({ path }) => (path.startsWith('/api/me/notifications') ? page([answer], 1) : undefined));
    renderPage('fr');

    expect(
      await screen.findByRole('link', {
        name: 'Uccle a répondu à la recommandation «\u00a0Zones 30\u00a0»\u202f: acceptée en partie',
      }),
    ).toBeTruthy();
  });

  it('says when the list cannot be read', async () => {
    fakeApi(() => problem(500, 'internal-error', 'Boom'));
    renderPage();

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Something went wrong on the platform. Please try again.',
    );
  });
});
