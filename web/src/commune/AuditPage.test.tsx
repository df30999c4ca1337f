import { cleanup, screen, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, renderAt } from '../testing';
import type { AuditEntry, Page } from '../api/types';
import { AuditPage } from './AuditPage';

function renderPage() {
  renderAt('/communes/uccle/audit', <Route path="/communes/:slug/audit" element={<AuditPage />} />);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AuditPage', () => {
  it('tells what happened, by whom, with its details', async () => {
    const entries: Page<AuditEntry> = {
      items: [
        {
          id: '2',
          at: '2025-05-02T09:30:00Z',
          actorId: 'u-1',
          actorName: 'Alice',
          action: 'ROLE_GRANTED',
          detail: { role: 'FACILITATOR', member: 'Bob' },
        },
        {
          id: '1',
          at: '2025-05-01T08:00:00Z',
          actorId: 'u-9',
          actorName: null,
          action: 'COMMUNE_REQUESTED',
          detail: {},
        },
      ],
      page: 0,
      size: 50,
      total: 2,
    };
    const calls = fakeApi(() => json(entries));
    renderPage();

    const granted = (await screen.findByText('A role was granted')).closest('tr')!;
    expect(within(granted).getByText('Alice')).toBeTruthy();
    expect(within(granted).getByText('Role').nextElementSibling?.textContent).toBe('facilitator');
    const requested = screen.getByText('The commune was requested').closest('tr')!;
    expect(within(requested).getByText('u-9')).toBeTruthy();
    expect(screen.getByText('1–2 of 2')).toBeTruthy();
    expect(calls[0].path).toBe('/api/communes/uccle/audit?page=0&size=50');
  });

  it.each([
    [
      'staff invitations',
      {
        STAFF_INVITED: 'Staff were invited',
        INVITATION_ACCEPTED: 'An invitation was accepted',
        INVITATION_REVOKED: 'An invitation was revoked',
      },
    ],
    [
      'networks of communes',
      {
        NETWORK_INVITED: 'A network invited the commune',
        NETWORK_JOIN_REQUESTED: 'The commune asked to join a network',
        NETWORK_JOINED: 'The commune joined a network',
        NETWORK_LEFT: 'The commune left a network',
        SHARING_GRANTED: 'The commune shared indicators with a network',
        SHARING_WITHDRAWN: 'The commune stopped sharing indicators with a network',
      },
    ],
  ])('names what was done about %s, and shows an action it does not know by its name', async (_, labels) => {
    const actions = [...Object.keys(labels), 'SOMETHING_NEW'];
    const items: AuditEntry[] = actions.map((action, index) => ({
      id: String(index),
      at: '2025-05-01T08:00:00Z',
      actorId: 'u-1',
      actorName: 'Alice',
      action,
      detail: {},
    }));
    fakeApi(() => json({ items, page: 0, size: 50, total: items.length }));
    renderPage();

    await screen.findByText('SOMETHING_NEW');
    for (const label of Object.values(labels)) {
      expect(screen.getByText(label)).toBeTruthy();
    }
  });

  it('says when nothing was recorded yet', async () => {
    fakeApi(() => json({ items: [], page: 0, size: 50, total: 0 }));
    renderPage();

    await screen.findByText('Nothing has been recorded yet.');
  });
});
