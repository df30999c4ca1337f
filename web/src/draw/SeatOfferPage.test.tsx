import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem, renderAt, signedIn, signedOut } from '../testing';
import { SeatOfferPage } from './SeatOfferPage';
import type { PublicSeatOffer } from './types';

const offerId = '0ffe0000-0000-4000-8000-000000000003';
const publicPath = `/api/public/communes/uccle/assembly/seat-offers/${offerId}`;
const acceptance = `/api/communes/uccle/assembly/seat-offers/${offerId}/acceptance`;

const open: PublicSeatOffer = {
  id: offerId,
  assemblyId: '7f9c2d1e-0000-4000-8000-000000000001',
  assemblyName: 'Conseil citoyen',
  mandateMonths: 24,
  status: 'OFFERED',
  deadline: '2099-12-16T10:00:00Z',
  lapsed: false,
  maskedEmail: 'a•••@example.org',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage(session = signedIn, search = '') {
  renderAt(
    `/communes/uccle/seat-offers/${offerId}${search}`,
    <Route path="/communes/:slug/seat-offers/:offer" element={<SeatOfferPage />} />,
    session,
  );
}

describe('SeatOfferPage', () => {
  it('tells a signed-out person which address to sign in with, and lets them refuse with the link alone', async () => {
    const signIn = vi.fn();
    const calls = fakeApi((call) => {
      if (call.path === publicPath) return json(open);
      if (call.path === `${publicPath}/refusal`) return json({ ...open, status: 'DECLINED' });
      return undefined;
    });
    renderPage({ ...signedOut, signIn }, '?key=the-key-of-the-link-22');

    expect(await screen.findByRole('heading', { name: 'A seat in Conseil citoyen' })).toBeTruthy();
    expect(screen.getByText(/for a term of 24 months/)).toBeTruthy();
    expect(screen.getByText(/It was sent to a•••@example.org/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(signIn).toHaveBeenCalledWith(`/communes/uccle/seat-offers/${offerId}`, 'en');

    fireEvent.click(screen.getByRole('button', { name: 'Refuse the seat' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByText(/You refused this seat/)).getAttribute('role')).toBe('status');
    const refusal = calls.filter((call) => call.method === 'POST');
    expect(refusal.map((call) => call.path)).toEqual([`${publicPath}/refusal`]);
    expect(refusal[0].body).toEqual({ key: 'the-key-of-the-link-22' });
  });

  it('seats a signed-in person who accepts, and explains a refusal for another address', async () => {
    let accepted = false;
    fakeApi((call) => {
      if (call.path === publicPath) return json(open);
      if (call.path === acceptance) {
        if (!accepted) {
          accepted = true;
          return problem(
            403,
            'offer-for-another-address',
            'The offer went to a•••@example.org: sign in with that address (verified) to accept it',
          );
        }
        return json({ ...open, status: 'ACCEPTED' });
      }
      return undefined;
    });
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Accept the seat' }));
    expect((await screen.findByRole('alert')).textContent).toContain('sent to another address');

    fireEvent.click(screen.getByRole('button', { name: 'Accept the seat' }));
    expect(await screen.findByText(/welcome to the assembly/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the commune’s space' }).getAttribute('href')).toBe('/communes/uccle');
  });

  it('says when the time to answer has passed, and when the link leads nowhere', async () => {
    fakeApi((call) => (call.path === publicPath ? json({ ...open, lapsed: true }) : undefined));
    renderPage(signedOut);
    expect(await screen.findByText(/The time to answer ended on/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept the seat' })).toBeNull();
    cleanup();

    // Signed out without the link's key: nothing to refuse with, only to sign in.
    fakeApi((call) => (call.path === publicPath ? json(open) : undefined));
    renderPage(signedOut);
    await screen.findByText(/It was sent to a•••@example.org/);
    expect(screen.queryByRole('button', { name: 'Refuse the seat' })).toBeNull();
    cleanup();

    fakeApi(() => problem(404, 'not-found', 'No such seat offer'));
    renderPage(signedOut);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This seat offer does not exist. Check the link in your email.',
    );
  });
});
