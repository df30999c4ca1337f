import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, renderAt } from '../testing';
import { JoiningPage } from './JoiningPage';

function renderPage() {
  renderAt('/communes/uccle/joining', <Route path="/communes/:slug/joining" element={<JoiningPage />} />);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('JoiningPage', () => {
  it('saves the policy chosen', async () => {
    const calls = fakeApi(({ method, body }) =>
      json({ policy: method === 'PUT' ? (body as { policy: string }).policy : 'OPEN', invitationCode: 'K7Q2' }),
    );
    renderPage();

    const withCode = await screen.findByLabelText('Only with the invitation code');
    expect((screen.getByLabelText('Open: anyone signed in can join') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(withCode);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved.');
    expect(calls.at(-1)).toEqual({
      method: 'PUT',
      path: '/api/communes/uccle/joining',
      body: { policy: 'INVITATION_CODE' },
    });
  });

  it('shows the code and a link to share, and copies the link', async () => {
    fakeApi(() => json({ policy: 'INVITATION_CODE', invitationCode: 'K7Q2' }));
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderPage();

    expect((await screen.findByText('K7Q2')).tagName).toBe('CODE');
    const link = `${window.location.origin}/communes/uccle/join?invitation=K7Q2`;
    expect((screen.getByLabelText('Link to share') as HTMLInputElement).value).toBe(link);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link' }));

    await screen.findByText('Link copied.');
    expect(writeText).toHaveBeenCalledWith(link);
  });

  it('renews the code once confirmed', async () => {
    const calls = fakeApi(({ method }) =>
      json({ policy: 'INVITATION_CODE', invitationCode: method === 'POST' ? 'NEW1' : 'K7Q2' }),
    );
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Renew code' }));
    const dialog = screen.getByRole('dialog', { name: 'Renew the invitation code?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await screen.findByText('NEW1');
    expect(calls.at(-1)).toMatchObject({ method: 'POST', path: '/api/communes/uccle/joining/code' });
    expect(screen.getByText('A new invitation code is ready.')).toBeTruthy();
  });
});
