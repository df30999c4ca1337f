import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, renderAt } from '../testing';
import type { Commune, CommuneStatus, Page } from '../types';
import { OperatorCommunesPage } from './OperatorCommunesPage';

function commune(slug: string, name: string, status: CommuneStatus): Commune {
  return {
    id: slug,
    slug,
    name,
    country: 'BE',
    languages: ['fr'],
    status,
    officialCode: '21016',
    population: 83000,
    contactEmail: `climat@${slug}.be`,
    provisioning: { organization: true, assembly: true, plan: true },
  };
}

function page(items: Commune[]): Page<Commune> {
  return { items, page: 0, size: 20, total: items.length };
}

function renderPage() {
  renderAt('/operator/communes', <Route path="/operator/communes" element={<OperatorCommunesPage />} />);
}

function row(name: string) {
  return screen.getByRole('link', { name }).closest('tr')!;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('OperatorCommunesPage', () => {
  it('filters the communes by status', async () => {
    const calls = fakeApi(({ path }) =>
      json(page(path.includes('status=SUSPENDED') ? [] : [commune('uccle', 'Uccle', 'ACTIVE')])),
    );
    renderPage();

    await screen.findByRole('link', { name: 'Uccle' });
    expect(within(row('Uccle')).getByText('Belgium')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'SUSPENDED' } });

    await screen.findByText('No commune found.');
    expect(calls.at(-1)?.path).toBe('/api/communes?page=0&size=20&status=SUSPENDED');
  });

  it('approves, suspends with a reason, and reinstates', async () => {
    const calls = fakeApi(({ method, path }) => {
      if (path === '/api/communes/namur/approval') return json(commune('namur', 'Namur', 'PROVISIONING'));
      if (method === 'PUT') return json({ ...commune('uccle', 'Uccle', 'SUSPENDED'), suspensionReason: 'Fraud' });
      if (method === 'DELETE') return json(commune('mons', 'Mons', 'ACTIVE'));
      return json(
        page([
          commune('namur', 'Namur', 'AWAITING_APPROVAL'),
          commune('uccle', 'Uccle', 'ACTIVE'),
          commune('mons', 'Mons', 'SUSPENDED'),
        ]),
      );
    });
    renderPage();

    fireEvent.click(within(await screen.findByRole('row', { name: /Namur/ })).getByRole('button', { name: 'Approve' }));
    await screen.findByText('Namur: being set up.');

    fireEvent.click(within(row('Uccle')).getByRole('button', { name: 'Suspend' }));
    const dialog = screen.getByRole('dialog', { name: 'Suspend Uccle?' });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Fraud' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await screen.findByText('Uccle: suspended.');
    expect(calls.find((c) => c.method === 'PUT')).toEqual({
      method: 'PUT',
      path: '/api/communes/uccle/suspension',
      body: { reason: 'Fraud' },
    });
    expect(within(row('Uccle')).getByRole('button', { name: 'Reinstate' })).toBeTruthy();

    fireEvent.click(within(row('Mons')).getByRole('button', { name: 'Reinstate' }));
    await screen.findByText('Mons: active.');
    expect(calls.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/communes/mons/suspension' });
  });
});
