import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem, renderAt } from '../testing';
import type { Commune, CommuneStatus, Page } from '../api/types';
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

    fireEvent.click(
      within(await screen.findByRole('row', { name: /Namur/ })).getByRole('button', { name: /^Approve / }),
    );
    await screen.findByText('Namur: being set up.');

    fireEvent.click(within(row('Uccle')).getByRole('button', { name: /^Suspend / }));
    const dialog = screen.getByRole('dialog', { name: 'Suspend Uccle?' });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Fraud' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await screen.findByText('Uccle: suspended.');
    expect(calls.find((c) => c.method === 'PUT')).toEqual({
      method: 'PUT',
      path: '/api/communes/uccle/suspension',
      body: { reason: 'Fraud' },
    });
    expect(within(row('Uccle')).getByRole('button', { name: /^Reinstate / })).toBeTruthy();

    fireEvent.click(within(row('Mons')).getByRole('button', { name: /^Reinstate / }));
    await screen.findByText('Mons: active.');
    expect(calls.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/communes/mons/suspension' });
  });

  it('rejects only a request awaiting approval, and only with a reason', async () => {
    const calls = fakeApi(({ method }) =>
      method === 'POST'
        ? json(commune('namur', 'Namur', 'REJECTED'))
        : json(page([commune('namur', 'Namur', 'AWAITING_APPROVAL'), commune('uccle', 'Uccle', 'ACTIVE')])),
    );
    renderPage();

    await screen.findByRole('link', { name: 'Namur' });
    expect(within(row('Uccle')).queryByRole('button', { name: /^Reject / })).toBeNull();
    fireEvent.click(within(row('Namur')).getByRole('button', { name: /^Reject / }));
    const dialog = screen.getByRole('dialog', { name: 'Reject the request for Namur?' });
    const explanation = /Its web address \(namur\) and its official code \(21016\) become free again/;
    expect(within(dialog).getByText(explanation)).toBeTruthy();
    const reason = within(dialog).getByLabelText('Reason');
    expect(document.activeElement).toBe(reason);
    expect(reason.getAttribute('aria-describedby')).toBe('reject-reason-hint');
    expect(within(dialog).getByText(/Recorded in the audit trail/).id).toBe('reject-reason-hint');

    const confirm = within(dialog).getByRole('button', { name: 'Confirm' });
    confirm.focus(); // as a click leaves it in a browser
    fireEvent.click(confirm);
    expect(await within(dialog).findByText('Please give a reason.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toBe('reject-reason-hint reject-reason-error');
    expect(document.activeElement, 'back on the field, read out with its error').toBe(reason);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(reason, { target: { value: '  The code belongs to Namur, not to its requester.  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByText('Namur: rejected.')).getAttribute('role')).toBe('status');
    expect(calls.find((c) => c.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/communes/namur/rejection',
      body: { reason: 'The code belongs to Namur, not to its requester.' },
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(row('Namur')).getByText('rejected')).toBeTruthy();
    expect(within(row('Namur')).queryByRole('button')).toBeNull();
  });

  it('shows the API’s objection to the reason on the field', async () => {
    fakeApi(({ method }) =>
      method === 'POST'
        ? problem(400, 'invalid-request', 'The request is invalid', [{ field: 'reason', detail: 'Not a reason' }])
        : json(page([commune('namur', 'Namur', 'AWAITING_APPROVAL')])),
    );
    renderPage();

    fireEvent.click(
      within(await screen.findByRole('row', { name: /Namur/ })).getByRole('button', { name: /^Reject / }),
    );
    const dialog = screen.getByRole('dialog');
    const reason = within(dialog).getByLabelText('Reason');
    fireEvent.change(reason, { target: { value: '…' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const error = await within(dialog).findByText('Not a reason');
    expect(reason.getAttribute('aria-describedby')).toBe(`reject-reason-hint ${error.id}`);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('button', { name: 'Confirm' })).toHaveProperty('disabled', false);
  });

  it.each([
    {
      when: 'another operator approved it first',
      status: 409,
      kind: 'invalid-commune-status',
      detail: 'A commune that is PROVISIONING cannot become REJECTED',
      said: 'The commune’s status changed in the meantime (another operator may have decided first).',
      now: 'PROVISIONING',
      shown: 'being set up',
    },
    {
      when: 'another operator rejected it first',
      status: 404,
      kind: 'commune-not-found',
      detail: "No commune has the slug 'namur'",
      said: 'No commune has this address.',
      now: 'REJECTED',
      shown: 'rejected',
    },
  ] as const)(
    'says so and shows the list as it is now when $when',
    async ({ status, kind, detail, said, now, shown }) => {
      let decided = false;
      const calls = fakeApi(({ method }) => {
        if (method === 'POST') {
          decided = true;
          return problem(status, kind, detail);
        }
        return json(page([commune('namur', 'Namur', decided ? now : 'AWAITING_APPROVAL')]));
      });
      renderPage();

      fireEvent.click(
        within(await screen.findByRole('row', { name: /Namur/ })).getByRole('button', { name: /^Reject / }),
      );
      fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Squatted' } });
      fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(said);
      expect(screen.queryByRole('dialog')).toBeNull();
      await waitFor(() => expect(within(row('Namur')).getByText(shown)).toBeTruthy());
      expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2);
      expect(screen.getByRole('alert')).toBe(alert);
    },
  );

  it('searches, and shows when each commune was requested, by whom, and how many members it has', async () => {
    const calls = fakeApi(() =>
      json(
        page([
          {
            ...commune('namur', 'Namur', 'ACTIVE'),
            createdAt: '2025-03-04T10:00:00Z',
            requester: { email: 'marie@namur.be', name: 'Marie' },
            memberCount: 1234,
          },
        ]),
      ),
    );
    renderPage();

    const namur = within(await screen.findByRole('row', { name: /Namur/ }));
    expect(namur.getByText('Mar 4, 2025')).toBeTruthy();
    expect(namur.getByRole('link', { name: 'marie@namur.be' })).toBeTruthy();
    expect(namur.getByText('1,234').getAttribute('data-label')).toBe('Members');
    expect(namur.getByRole('button', { name: 'Suspend Namur' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Name or web address'), { target: { value: 'nam' } });
    await waitFor(() => expect(calls.at(-1)?.path).toBe('/api/communes?page=0&size=20&q=nam'));
  });

  it('says that the status changed meanwhile, in the words of the language', async () => {
    fakeApi(({ method }) =>
      method === 'POST'
        ? problem(409, 'invalid-commune-status', 'A commune that is PROVISIONING cannot become REJECTED')
        : json(page([commune('namur', 'Namur', 'AWAITING_APPROVAL')])),
    );
    renderPage();

    fireEvent.click(
      within(await screen.findByRole('row', { name: /Namur/ })).getByRole('button', { name: /^Reject / }),
    );
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Squatted' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The commune’s status changed in the meantime (another operator may have decided first).',
    );
  });
});
