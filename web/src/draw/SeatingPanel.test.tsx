import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApiFor, json, memberOfUccle, problem, renderAt } from '../testing';
import { DrawPage } from './DrawPage';
import type { Draw, SeatOffer, Seating } from './types';

const assembly = '7f9c2d1e-0000-4000-8000-000000000001';
const id = '5a5a5a5a-0000-4000-8000-000000000002';
const base = `/api/communes/uccle/assembly/assemblies/${assembly}/draws/${id}`;

const drawn: Draw = {
  id,
  assemblyId: assembly,
  title: 'Panel 2027',
  panelSize: 2,
  reserveCount: 1,
  algorithm: 'LEXIMIN',
  seed: 'Lotto 4 11 23',
  seedSource: 'the commune’s site',
  timeBudgetSeconds: 300,
  status: 'COMPLETED',
  progress: 1,
  quotas: [],
  volunteers: 4,
  letters: 0,
  signUps: 0,
  createdAt: '2026-12-01T10:00:00Z',
  finishedAt: '2026-12-01T10:01:00Z',
};

const offer = (pseudonym: string, overrides: Partial<SeatOffer> = {}): SeatOffer => ({
  id: `offer-${pseudonym}`,
  pseudonym,
  name: `Person ${pseudonym.charAt(0)}`,
  email: `${pseudonym.charAt(0).toLowerCase()}@example.org`,
  features: { gender: 'female' },
  fromReserves: false,
  status: 'OFFERED',
  offeredAt: '2026-12-02T10:00:00Z',
  deadline: '2026-12-16T10:00:00Z',
  withdrawn: false,
  ...overrides,
});

const started: Seating = {
  drawId: id,
  answerWithinDays: 14,
  startedAt: '2026-12-02T10:00:00Z',
  panelSize: 2,
  accepted: 0,
  waiting: 2,
  reservesLeft: 1,
  offers: [offer('AAAAAAAAAA'), offer('BBBBBBBBBB')],
  replacements: [],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage() {
  renderAt(
    `/communes/uccle/assemblies/${assembly}/draws/${id}`,
    <Route path="/communes/:slug/assemblies/:assembly/draws/:draw" element={<DrawPage />} />,
  );
}

describe('SeatingPanel', () => {
  it('offers the drawn panel its seats once confirmed, then records a refusal that calls the reserve', async () => {
    let seating: Seating | undefined;
    const calls = fakeApiFor(memberOfUccle('FACILITATOR'), (call) => {
      if (call.path === base) return json(drawn);
      if (call.path === `${base}/seating` && call.method === 'GET')
        return seating ? json(seating) : problem(404, 'not-found', 'The draw’s seats have not been offered yet');
      if (call.path === `${base}/seating` && call.method === 'POST') {
        seating = started;
        return json(seating);
      }
      if (call.path === `${base}/seating/offers/offer-AAAAAAAAAA/refusal`) {
        seating = {
          ...started,
          waiting: 2,
          reservesLeft: 0,
          offers: [
            { ...started.offers[0], status: 'DECLINED', answeredAt: '2026-12-03T09:00:00Z' },
            started.offers[1],
            offer('CCCCCCCCCC', { fromReserves: true, replaces: 'offer-AAAAAAAAAA' }),
          ],
        };
        return json(seating);
      }
      return undefined;
    });
    renderPage();

    const days = await screen.findByRole('spinbutton', { name: 'Days to answer' });
    fireEvent.change(days, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Offer the seats' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/The 2 people drawn will be emailed/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const table = await screen.findByRole('table', { name: 'Offers, in the order they went' });
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ answerWithinDays: 10 });
    expect(within(table).getAllByText('waiting')).toHaveLength(2);
    expect(
      screen.getByText(/0 of 2 seats accepted; 2 offers waiting for an answer; 1 reserve not called/),
    ).toBeTruthy();

    fireEvent.click(within(table).getAllByRole('button', { name: 'Record a refusal' })[0]);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(within(table).getByText('refused')).toBeTruthy());
    expect(within(table).getByText('reserve, after AAAAAAAAAA')).toBeTruthy();
    expect(screen.getByText(/No reserve is left to call/)).toBeTruthy();
  });

  it('replaces a member who withdrew, once confirmed, and shows the replacement’s record', async () => {
    const seated: Seating = {
      ...started,
      accepted: 2,
      waiting: 0,
      offers: [
        offer('AAAAAAAAAA', { status: 'ACCEPTED', mandateId: 'm-1', withdrawn: true }),
        offer('BBBBBBBBBB', { status: 'ACCEPTED', mandateId: 'm-2' }),
      ],
    };
    let seating = seated;
    const calls = fakeApiFor(memberOfUccle('FACILITATOR'), (call) => {
      if (call.path === base) return json(drawn);
      if (call.path === `${base}/seating` && call.method === 'GET') return json(seating);
      if (call.path === `${base}/seating/offers/offer-AAAAAAAAAA/replacement`) {
        seating = {
          ...seated,
          waiting: 1,
          reservesLeft: 0,
          offers: [...seated.offers, offer('CCCCCCCCCC', { fromReserves: true, replaces: 'offer-AAAAAAAAAA' })],
          replacements: [
            {
              withdrawnOffer: 'offer-AAAAAAAAAA',
              withdrawn: 'AAAAAAAAAA',
              reserveOffer: 'offer-CCCCCCCCCC',
              reserve: 'CCCCCCCCCC',
              brokenSeats: 0,
              requestedBy: 'u-1',
              requestedAt: '2026-12-04T10:00:00Z',
            },
          ],
        };
        return json(seating);
      }
      return undefined;
    });
    renderPage();

    const table = await screen.findByRole('table', { name: 'Offers, in the order they went' });
    expect(within(table).getByText('(withdrew)')).toBeTruthy();
    expect(within(table).getAllByRole('button', { name: 'Call a replacement' })).toHaveLength(1);
    fireEvent.click(within(table).getByRole('button', { name: 'Call a replacement' }));
    const dialog = screen.getByRole('dialog', { name: 'Replace AAAAAAAAAA, who withdrew?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const record = await screen.findByRole('table', { name: 'Replacements of members who withdrew' });
    expect(within(record).getByRole('row', { name: /AAAAAAAAAA CCCCCCCCCC all kept/ })).toBeTruthy();
    expect(calls.filter((call) => call.path.endsWith('/replacement'))).toHaveLength(1);
    // Replaced once: no second call offered.
    expect(screen.queryByRole('button', { name: 'Call a replacement' })).toBeNull();
  });

  it('names each selected person the API cannot offer a seat to', async () => {
    fakeApiFor(memberOfUccle('FACILITATOR'), (call) => {
      if (call.path === base) return json(drawn);
      if (call.path === `${base}/seating` && call.method === 'GET') return problem(404, 'not-found', 'not offered');
      if (call.path === `${base}/seating`)
        return problem(400, 'invalid-request', 'BBBBBBBBBB has no email address', [
          {
            field: 'selected[1].email',
            code: 'required',
            detail: 'BBBBBBBBBB has no email address in the pool: their seat cannot be offered',
          },
        ]);
      return undefined;
    });
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Offer the seats' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    const named = await screen.findByText(/BBBBBBBBBB has no email address in the pool/);
    expect(named.closest('[role="alert"]')).toBeTruthy();
  });
});
