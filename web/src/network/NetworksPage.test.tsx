import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApiFor, json, me, memberOfUccle, problem, renderAt, type Call } from '../testing';
import type { Me, Network, Page } from '../api/types';
import { NetworksPage } from './NetworksPage';

const brabant: Network = {
  slug: 'cdm-brabant',
  name: 'Covenant of Mayors – Brabant',
  description: 'The communes of Walloon Brabant.',
  coordinating: true,
};
const liege: Network = {
  slug: 'liege-climat',
  name: 'Liège climat',
  description: 'Around Liège.',
  coordinating: false,
};

const admin = memberOfUccle('ADMIN');
const citizen = memberOfUccle('CITIZEN');

function page(items: Network[], total = items.length, number = 0): Page<Network> {
  return { items, page: number, size: 20, total };
}

function renderPage() {
  renderAt(
    '/networks',
    <>
      <Route path="/networks" element={<NetworksPage />} />
      <Route path="/networks/:slug" element={<p>network page</p>} />
    </>,
  );
}

/** The API for one caller: the networks listed, anything else answered by `other`. */
function api(
  caller: Me,
  networks: (call: Call) => Page<Network>,
  other: (call: Call) => Response | undefined = () => undefined,
) {
  return fakeApiFor(caller, (call) =>
    call.method === 'GET' && call.path.startsWith('/api/networks?') ? json(networks(call)) : other(call),
  );
}

/** Fills in the network's name once the form shows, and sends it. */
async function createNetwork(name: string) {
  fireEvent.change(await screen.findByLabelText('Name'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Create the network' }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('NetworksPage', () => {
  it('lists the networks, links each to its page, and marks those the caller coordinates', async () => {
    const calls = api(citizen, () => page([brabant, liege]));
    renderPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Networks' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Networks of communes' });
    const link = within(table).getByRole('link', { name: 'Covenant of Mayors – Brabant' });
    expect(link.getAttribute('href')).toBe('/networks/cdm-brabant');
    expect(within(link.closest('tr')!).getByText('You coordinate it')).toBeTruthy();
    expect(within(within(table).getByText('Liège climat').closest('tr')!).queryByText('You coordinate it')).toBeNull();
    expect(calls.find((call) => call.path.startsWith('/api/networks'))?.path).toBe('/api/networks?page=0&size=20');
  });

  it('says when there is no network yet', async () => {
    api(citizen, () => page([]));
    renderPage();

    expect(await screen.findByText('There is no network yet.')).toBeTruthy();
  });

  it('pages through the networks when there are more than a page', async () => {
    const calls = api(citizen, ({ path }) => (path.includes('page=1') ? page([liege], 21, 1) : page([brabant], 21)));
    renderPage();

    await screen.findByText('Covenant of Mayors – Brabant');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    await screen.findByText('Liège climat');
    expect(calls.at(-1)?.path).toBe('/api/networks?page=1&size=20');
  });

  it('offers to create a network only to operators and communes’ administrators', async () => {
    api(citizen, () => page([]));
    renderPage();
    await screen.findByText('There is no network yet.');
    expect(screen.queryByRole('heading', { name: 'Create a network' })).toBeNull();
    cleanup();

    api(me({ roles: ['operator'] }), () => page([]));
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Create a network' })).toBeTruthy();
  });

  it('suggests the web address from the name, creates the network and goes to its page', async () => {
    const calls = api(
      admin,
      () => page([]),
      ({ method }) => (method === 'POST' ? json({ ...brabant, slug: 'brabant-wallon' }, 201) : undefined),
    );
    renderPage();

    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Brabant wallon ' } });
    expect((screen.getByLabelText('Web address') as HTMLInputElement).value).toBe('brabant-wallon');
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'The communes of Walloon Brabant.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the network' }));

    await screen.findByText('network page');
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/networks',
      body: { slug: 'brabant-wallon', name: 'Brabant wallon', description: 'The communes of Walloon Brabant.' },
    });
  });

  it('shows a web address already taken next to its field', async () => {
    api(
      admin,
      () => page([]),
      ({ method }) =>
        method === 'POST'
          ? problem(409, 'network-slug-taken', 'brabant is taken', [
              { field: 'slug', detail: 'is already used by another network' },
            ])
          : undefined,
    );
    renderPage();

    await createNetwork('Brabant');

    const slug = screen.getByLabelText('Web address');
    await waitFor(() => expect(slug.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('is already used by another network').id).toBe('slug-error');
    expect(slug.getAttribute('aria-describedby')).toBe('slug-hint slug-error');
    expect(screen.getByRole('alert').textContent).toBe('Please correct the fields marked below.');
  });

  it('says when the caller may not create a network', async () => {
    api(
      admin,
      () => page([]),
      ({ method }) => (method === 'POST' ? problem(403, 'forbidden', 'Access denied') : undefined),
    );
    renderPage();

    await createNetwork('Brabant');

    expect((await screen.findByRole('alert')).textContent).toBe('You do not have the rights needed for this.');
  });
});
