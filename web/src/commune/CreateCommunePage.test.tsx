import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApiFor, json, me, problem, renderAt } from '../testing';
import { CreateCommunePage } from './CreateCommunePage';

function renderPage(language: 'en' | 'fr' = 'en') {
  renderAt(
    '/communes/new',
    <>
      <Route path="/communes/new" element={<CreateCommunePage />} />
      <Route path="/communes/:slug" element={<p>commune page</p>} />
    </>,
    undefined,
    language,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CreateCommunePage', () => {
  it('suggests the web address from the name, until one writes one of their own', async () => {
    fakeApiFor(me(), () => undefined);
    renderPage();
    fireEvent.change(screen.getByLabelText('Official name'), { target: { value: 'Saint-Gilles' } });
    await waitFor(() => expect((screen.getByLabelText('Web address') as HTMLInputElement).value).toBe('saint-gilles'));

    fireEvent.change(screen.getByLabelText('Web address'), { target: { value: 'sg' } });
    fireEvent.change(screen.getByLabelText('Official name'), { target: { value: 'Saint-Gilles-lez-Bruxelles' } });
    expect((screen.getByLabelText('Web address') as HTMLInputElement).value).toBe('sg');
    expect(document.title).toBe('Create a commune · Civiclimate');
  });

  it('shows every field problem of the API at once, each next to its field, in words', async () => {
    fakeApiFor(me(), () =>
      problem(400, 'invalid-request', 'name: must not be blank', [
        { field: 'name', detail: 'must not be blank', code: 'required', params: {} },
        { field: 'slug', detail: 'bad', code: 'slug-format', params: {} },
        { field: 'officialCode', detail: 'bad', code: 'official-code-format', params: { country: 'BE' } },
        { field: 'population', detail: 'must be at least 1', code: 'too-small', params: { min: 1 } },
        { field: 'contactEmail', detail: 'x', code: 'email', params: {} },
        { field: 'languages[0]', detail: 'x', code: 'one-of', params: { allowed: ['fr', 'nl', 'de', 'en'] } },
      ]),
    );
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Create the commune' }));

    const name = screen.getByLabelText('Official name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Required.').id).toBe('name-error');
    expect(name.getAttribute('aria-describedby')).toBe('name-hint name-error');
    expect(document.activeElement).toBe(name);
    expect(screen.getByText('Lower-case letters, digits and hyphens only, starting with a letter.').id).toBe(
      'slug-error',
    );
    expect(screen.getByText('Not an official code of Belgium.').id).toBe('officialCode-error');
    expect(screen.getByText('At least 1.').id).toBe('population-error');
    expect(screen.getByText('Not an email address, e.g. jane@commune.be.').id).toBe('contactEmail-error');
    expect(screen.getByText('One of: fr, nl, de, or en.').id).toBe('languages-error');
    expect(screen.getByRole('alert').textContent).toBe('Please correct the fields marked below.');
  });

  it('writes the field problems in French, with French typography', async () => {
    fakeApiFor(me(), () =>
      problem(400, 'invalid-request', 'x', [
        { field: 'name', detail: 'too long', code: 'too-long', params: { max: 1200 } },
      ]),
    );
    renderPage('fr');
    fireEvent.click(screen.getByRole('button', { name: 'Créer la commune' }));

    expect((await screen.findByText(/caractères au plus/)).textContent).toBe('1\u202f200 caractères au plus.');
  });

  it('shows an official code already used next to its field', async () => {
    fakeApiFor(me(), () => problem(409, 'official-code-taken', '21016 is already used by Uccle'));
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Create the commune' }));

    const code = screen.getByLabelText('Official code');
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Another commune is already registered with this official code.').id).toBe(
      'officialCode-error',
    );
    expect(code.getAttribute('aria-describedby')).toBe('officialCode-hint officialCode-error');
    expect(screen.getByText(/NIS code/).id).toBe('officialCode-hint');
  });

  it('sends the commune, then follows it once it is created', async () => {
    const calls = fakeApiFor(me(), ({ method }) => (method === 'POST' ? json({ slug: 'uccle' }, 201) : undefined));
    renderPage();
    fireEvent.change(screen.getByLabelText('Official name'), { target: { value: 'Uccle' } });
    fireEvent.change(screen.getByLabelText('Official code'), { target: { value: '21016' } });
    fireEvent.change(screen.getByLabelText('Population'), { target: { value: '83000' } });
    fireEvent.change(screen.getByLabelText('Contact email'), { target: { value: 'climat@uccle.be' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the commune' }));

    await waitFor(() => expect(screen.getByText('commune page')).toBeTruthy());
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      name: 'Uccle',
      slug: 'uccle',
      country: 'BE',
      languages: ['en'],
      officialCode: '21016',
      population: 83000,
      contactEmail: 'climat@uccle.be',
    });
  });
});
