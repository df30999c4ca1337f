import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider, type Session } from '../auth';
import { I18nProvider } from '../i18n';
import { CreateCommunePage } from './CreateCommunePage';

const session: Session = {
  authenticated: true,
  name: 'Alice',
  signIn: () => {},
  signOut: () => {},
  token: async () => 'token',
};

function renderPage() {
  localStorage.setItem('civiclimate.language', 'en');
  render(
    <I18nProvider>
      <SessionProvider session={session}>
        <MemoryRouter initialEntries={['/communes/new']}>
          <Routes>
            <Route path="/communes/new" element={<CreateCommunePage />} />
            <Route path="/communes/:slug" element={<p>commune page</p>} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CreateCommunePage', () => {
  it('suggests the web address from the name', () => {
    renderPage();
    fireEvent.change(screen.getByLabelText('Official name'), { target: { value: 'Saint-Gilles' } });

    expect((screen.getByLabelText('Web address') as HTMLInputElement).value).toBe('saint-gilles');
  });

  it('shows each error of the API next to its field', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(
          JSON.stringify({
            type: 'https://civiclimate.org/problems/slug-taken',
            detail: 'taken',
            errors: [{ field: 'slug', detail: 'is already used by another commune' }],
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderPage();
    fireEvent.change(screen.getByLabelText('Official name'), { target: { value: 'Uccle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the commune' }));

    const slug = screen.getByLabelText('Web address');
    await waitFor(() => expect(slug.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('is already used by another commune').id).toBe('slug-error');
    expect(slug.getAttribute('aria-describedby')).toContain('slug-error');
    expect(screen.getByRole('alert').textContent).toBe('Please correct the fields marked below.');
  });

  it('shows an official code already used next to its field', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(
          JSON.stringify({
            type: 'https://civiclimate.org/problems/official-code-taken',
            detail: '21016 is already used by Uccle',
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Create the commune' }));

    const code = screen.getByLabelText('Official code');
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('21016 is already used by Uccle').id).toBe('officialCode-error');
    expect(code.getAttribute('aria-describedby')).toBe('officialCode-hint officialCode-error');
    expect(screen.getByText(/NIS code/).id).toBe('officialCode-hint');
  });

  it('sends the commune, then follows it once it is created', async () => {
    const fetchMock = vi.fn(
      async (_path: string, _init?: RequestInit) => new Response(JSON.stringify({ slug: 'uccle' }), { status: 201 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderPage();
    fireEvent.change(screen.getByLabelText('Official name'), { target: { value: 'Uccle' } });
    fireEvent.change(screen.getByLabelText('Official code'), { target: { value: '21016' } });
    fireEvent.change(screen.getByLabelText('Population'), { target: { value: '83000' } });
    fireEvent.change(screen.getByLabelText('Contact email'), { target: { value: 'climat@uccle.be' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the commune' }));

    await waitFor(() => expect(screen.getByText('commune page')).toBeTruthy());
    expect(JSON.parse(fetchMock.mock.calls[0][1]?.body as string)).toEqual({
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
