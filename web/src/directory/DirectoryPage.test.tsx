import { cleanup, fireEvent, getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DirectoryCommune, Page } from '../api/types';
import { fakeApi, json, renderAt, signedOut } from '../testing';
import { DirectoryPage } from './DirectoryPage';

const uccle: DirectoryCommune = {
  slug: 'uccle',
  name: 'Uccle',
  country: 'BE',
  postalCodes: ['1180'],
  population: 83000,
  languages: ['fr', 'nl'],
  joinPolicy: 'OPEN',
};
const namur: DirectoryCommune = { ...uccle, slug: 'namur', name: 'Namur', postalCodes: ['5000'], population: 1 };

function page(items: DirectoryCommune[], total = items.length, number = 0): Page<DirectoryCommune> {
  return { items, page: number, size: 20, total };
}

function renderPage(language: 'en' | 'fr' = 'en') {
  renderAt('/directory', <Route path="/directory" element={<DirectoryPage />} />, signedOut, language);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('DirectoryPage', () => {
  it('lists the active communes to anyone, each linked to its public page', async () => {
    const calls = fakeApi(() => json(page([uccle, namur])));
    renderPage();

    const list = await screen.findByRole('list', { name: 'Communes' });
    expect(within(list).getByRole('link', { name: 'Uccle' }).getAttribute('href')).toBe('/communes/uccle/about');
    expect(within(list).getByText('Belgium · 1180')).toBeTruthy();
    expect(within(list).getByText('83,000 inhabitants')).toBeTruthy();
    expect(within(list).getByText('1 inhabitant')).toBeTruthy();
    expect(screen.getByText('2 communes found')).toBeTruthy();
    expect(calls[0].path).toBe('/api/public/communes?page=0&size=20');
    expect(calls[0].headers.get('Authorization')).toBeNull();
    expect(document.title).toBe('Communes on Civiclimate · Civiclimate');
  });

  it('searches by name or postal code, and filters by country', async () => {
    const calls = fakeApi(({ path }) => json(path.includes('q=1180') ? page([uccle]) : page([uccle, namur])));
    renderPage();
    await screen.findByText('2 communes found');

    fireEvent.change(screen.getByLabelText('Name or postal code'), { target: { value: '1180' } });
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'BE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));

    await screen.findByText('1 commune found');
    expect(calls.at(-1)?.path).toBe('/api/public/communes?q=1180&country=BE&page=0&size=20');
  });

  it('pages through the communes', async () => {
    const calls = fakeApi(({ path }) => json(path.includes('page=1') ? page([namur], 21, 1) : page([uccle], 21, 0)));
    renderPage();
    await screen.findByText('21 communes found');

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('link', { name: 'Namur' });
    expect(calls.at(-1)?.path).toBe('/api/public/communes?page=1&size=20');
  });

  it('speaks French, with its plurals and its numbers', async () => {
    fakeApi(() => json(page([namur])));
    renderPage('fr');

    expect(await screen.findByText('1 commune trouvée')).toBeTruthy();
    expect(screen.getByText('1 habitant')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rechercher' })).toBeTruthy();
    // As written, with its narrow no-break space (the testing library would make it a plain space).
    const keepSpaces = getDefaultNormalizer({ collapseWhitespace: false, trim: false });
    await waitFor(() =>
      expect(screen.getByText('Adhésion\u202f: ouverte à chaque citoyen·ne', { normalizer: keepSpaces })).toBeTruthy(),
    );
  });

  it('says when no commune matches', async () => {
    fakeApi(() => json(page([])));
    renderPage();
    expect(await screen.findByText('No commune matches this search.')).toBeTruthy();
  });
});
