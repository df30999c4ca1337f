import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fakeApiFor, json, memberOfUccle, problem, renderAt, signedOut } from '../testing';
import { DrawPage } from './DrawPage';
import { SignUpPage } from './SignUpPage';
import type { Draw, PublicSignUp } from './types';

const assembly = '7f9c2d1e-0000-4000-8000-000000000001';
const draw = '5a5a5a5a-0000-4000-8000-000000000002';
const publicPath = `/api/public/communes/uccle/assembly/draws/${draw}/sign-up`;

const form: PublicSignUp = {
  drawId: draw,
  title: 'Panel 2027',
  assemblyName: 'Conseil citoyen',
  features: [{ feature: 'age band', values: ['16-29', '30-64', '65+'] }],
  signUpUntil: '2099-01-31T17:00:00Z',
  open: true,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderSignUp(search = '') {
  renderAt(
    `/communes/uccle/draws/${draw}/sign-up${search}`,
    <Route path="/communes/:slug/draws/:draw/sign-up" element={<SignUpPage />} />,
    signedOut,
  );
}

describe('SignUpPage', () => {
  it('takes the code from the letter’s link, names each refused field beside it, then signs the person up', async () => {
    let refused = false;
    const calls = fakeApi((call) => {
      if (call.path !== publicPath) return undefined;
      if (call.method === 'GET') return json(form);
      if (!refused) {
        refused = true;
        return problem(400, 'invalid-request', 'code: is not the code of an unused letter', [
          { field: 'code', code: 'not-found', detail: 'is not the code of an unused letter of this draw' },
        ]);
      }
      return json({ drawId: draw, pseudonym: 'QWERTYUIOP' }, 201);
    });
    renderSignUp('?code=ABCDE23456');

    expect(await screen.findByRole('heading', { name: 'Sign up for Conseil citoyen' })).toBeTruthy();
    expect((screen.getByLabelText('Code on your letter') as HTMLInputElement).value).toBe('ABCDE23456');
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ann' } });
    fireEvent.change(screen.getByLabelText('Your email address'), { target: { value: 'ann@example.org' } });
    fireEvent.change(screen.getByLabelText('age band'), { target: { value: '30-64' } });
    fireEvent.click(screen.getByLabelText(/I agree that the commune uses these answers/));
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));

    await screen.findByText('Some answers need correcting: see beside each field.');
    expect(screen.getByLabelText('Code on your letter').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));

    expect(await screen.findByText(/Your pseudonym in the draw’s public record: QWERTYUIOP/)).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST').at(-1)?.body).toEqual({
      code: 'ABCDE23456',
      name: 'Ann',
      email: 'ann@example.org',
      features: { 'age band': '30-64' },
      consent: true,
    });
  });

  it('says when the sign-up is closed, or does not exist', async () => {
    fakeApi((call) => (call.path === publicPath ? json({ ...form, open: false }) : undefined));
    renderSignUp();
    expect(await screen.findByText(/The sign-up closed on/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign up' })).toBeNull();
    cleanup();

    fakeApi(() => problem(404, 'not-found', 'No such draw'));
    renderSignUp();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This sign-up does not exist. Check the address on your letter.',
    );
  });
});

describe('InvitationsPanel', () => {
  const base = `/api/communes/uccle/assembly/assemblies/${assembly}/draws/${draw}`;
  const prepared: Draw = {
    id: draw,
    assemblyId: assembly,
    title: 'Panel 2027',
    panelSize: 2,
    reserveCount: 0,
    algorithm: 'LEXIMIN',
    seed: 's',
    seedSource: 'announced',
    timeBudgetSeconds: 300,
    status: 'DRAFT',
    progress: 0,
    quotas: [{ feature: 'age band', value: '16-29', min: 0, max: 2 }],
    volunteers: 0,
    letters: 0,
    signUps: 0,
    createdAt: '2026-12-01T10:00:00Z',
  };

  it('makes the letters once confirmed, then offers their CSV and the public page', async () => {
    let current = prepared;
    const calls = fakeApiFor(memberOfUccle('FACILITATOR'), (call) => {
      if (call.path === base && call.method === 'GET') return json(current);
      if (call.path === `${base}/invitations` && call.method === 'POST') {
        current = { ...prepared, letters: 2000, signUpUntil: '2099-01-31T17:00:00Z' };
        return json(current);
      }
      return undefined;
    });
    renderAt(
      `/communes/uccle/assemblies/${assembly}/draws/${draw}`,
      <Route path="/communes/:slug/assemblies/:assembly/draws/:draw" element={<DrawPage />} />,
    );

    const panel = await screen.findByRole('region', { name: 'Invitation letters' });
    expect(within(panel).getByText('No letters yet.')).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText('Letters to add'), { target: { value: '2000' } });
    fireEvent.change(within(panel).getByLabelText('Sign-up open until'), { target: { value: '2099-01-31T18:00' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Make the letters' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/2,000 letters will each get a code/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await within(panel).findByRole('button', { name: 'Download the letters (CSV)' })).toBeTruthy();
    expect(within(panel).getByText(/2,000 letters; 0 volunteers signed up/)).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Public sign-up page' }).getAttribute('href')).toBe(
      `/communes/uccle/draws/${draw}/sign-up`,
    );
    const sent = calls.find((call) => call.method === 'POST');
    expect((sent?.body as { letters: number }).letters).toBe(2000);
  });
});
