import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApiFor, json, memberOfUccle, renderAt } from '../testing';
import { DrawPage } from './DrawPage';
import type { Draw, DrawRegister } from './types';

const assembly = '7f9c2d1e-0000-4000-8000-000000000001';
const id = '5a5a5a5a-0000-4000-8000-000000000003';
const base = `/api/communes/uccle/assembly/assemblies/${assembly}/draws/${id}`;

const draft: Draw = {
  id,
  assemblyId: assembly,
  title: 'Panel 2027',
  panelSize: 2,
  reserveCount: 0,
  algorithm: 'LEXIMIN',
  seed: 'Lotto 9 1 2027',
  seedSource: 'the national lottery',
  timeBudgetSeconds: 300,
  status: 'DRAFT',
  progress: 0,
  quotas: [{ feature: 'gender', value: 'F', min: 1, max: 1 }],
  volunteers: 0,
  letters: 0,
  signUps: 0,
  createdAt: '2026-12-01T10:00:00Z',
};

const uploaded: DrawRegister = {
  sha256: 'ab'.repeat(32),
  rows: 62,
  households: 61,
  districts: [
    { district: 'North', households: 40, letters: 0 },
    { district: 'South', households: 21, letters: 0 },
  ],
  uploadedAt: '2026-12-02T10:00:00Z',
};

let saved: { download: string }[];
beforeEach(() => {
  saved = [];
  // jsdom has no object URLs: the click on the download link is only recorded.
  URL.createObjectURL = vi.fn(() => 'blob:http://localhost/mail-merge');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ download: this.download });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderPage() {
  renderAt(
    `/communes/uccle/assemblies/${assembly}/draws/${id}`,
    <Route path="/communes/:slug/assemblies/:assembly/draws/:draw" element={<DrawPage />} />,
  );
}

describe('RegisterPanel', () => {
  it('uploads the register, then draws the letters from it by district', async () => {
    let draw: Draw = draft;
    const calls = fakeApiFor(memberOfUccle('FACILITATOR'), (call) => {
      if (call.path === base) return json(draw);
      if (call.path === `${base}/register` && call.method === 'PUT') {
        draw = { ...draft, register: uploaded };
        return json(draw);
      }
      if (call.path === `${base}/invitations` && call.method === 'POST') {
        draw = {
          ...draw,
          letters: 10,
          register: {
            ...uploaded,
            lettersByDistrict: true,
            districts: [
              { district: 'North', households: 40, letters: 7 },
              { district: 'South', households: 21, letters: 3 },
            ],
          },
        };
        return json(draw);
      }
      return undefined;
    });
    renderPage();

    expect(await screen.findByText('No register uploaded.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Register file (CSV)'), {
      target: { files: [new File(['household,name,address\nH1,Ann,1 Main\n'], 'register.csv')] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Upload the register' }));
    expect(await screen.findByText('Register uploaded: 61 households.')).toBeTruthy();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.path).toBe(`${base}/register`);
    expect(put?.headers.get('Content-Type')).toBe('text/csv');
    expect(await screen.findByText(/62 rows, 61 households\. No letters drawn yet\./)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Households per district' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Letters to add'), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('Sign-up open until'), { target: { value: '2026-12-20T18:00' } });
    fireEvent.click(screen.getByLabelText('In proportion to each district’s households'));
    fireEvent.click(screen.getByRole('button', { name: 'Make the letters' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/10 households will be drawn from the register/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(calls.some((call) => call.path === `${base}/invitations`)).toBe(true));
    expect(calls.find((call) => call.path === `${base}/invitations`)?.body).toMatchObject({
      letters: 10,
      byDistrict: true,
    });
    const table = await screen.findByRole('table', { name: 'Letters drawn in proportion to each district' });
    expect(within(table).getByRole('row', { name: 'North 40 7' })).toBeTruthy();
    // One lottery per register: no form to add letters any more.
    expect(screen.queryByLabelText('Letters to add')).toBeNull();
  });

  it('downloads the mail merge as often as needed, then deletes the names and addresses once confirmed', async () => {
    let draw: Draw = {
      ...draft,
      letters: 10,
      register: { ...uploaded, lettersByDistrict: false },
    };
    const calls = fakeApiFor(memberOfUccle('FACILITATOR'), (call) => {
      if (call.path === base) return json(draw);
      if (call.path === `${base}/register/mail-merge` && call.method === 'GET')
        return new Response('\uFEFFletter,code,sign_up_link,name,address,district\r\n', {
          headers: { 'Content-Type': 'text/csv' },
        });
      if (call.path === `${base}/register` && call.method === 'DELETE') {
        draw = { ...draw, register: { ...uploaded, lettersByDistrict: false, deletedAt: '2026-12-03T09:00:00Z' } };
        return json(draw);
      }
      return undefined;
    });
    renderPage();

    expect(await screen.findByText(/then delete the names and addresses: the draw cannot run before/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download the mail merge (CSV)' }));
    await waitFor(() => expect(saved).toEqual([{ download: `mail-merge-${id}.csv` }]));
    expect(await screen.findByText(/Check that the file opens/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download the mail merge (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(2));

    fireEvent.click(screen.getByRole('button', { name: 'Delete the register' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the register?' });
    expect(within(dialog).getByText(/the letters drawn can no longer be addressed/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText(/Names and addresses deleted on/)).toBeTruthy();
    expect(calls.filter((call) => call.method === 'DELETE')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Download the mail merge (CSV)' })).toBeNull();
  });
});
