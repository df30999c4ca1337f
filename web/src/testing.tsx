import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { SessionProvider, type Session } from './auth';
import { I18nProvider } from './i18n';
import type { Me, Role } from './types';

/** Test helpers: a signed-in session, the app's providers around some routes, and a fake API. */
export const signedIn: Session = {
  authenticated: true,
  name: 'Alice',
  signIn: () => {},
  signOut: () => {},
  token: async () => 'token',
};

export function renderAt(path: string, routes: ReactNode, session: Session = signedIn) {
  localStorage.setItem('civiclimate.language', 'en');
  return render(
    <I18nProvider>
      <SessionProvider session={session}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>{routes}</Routes>
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(
  status: number,
  kind: string,
  detail: string,
  errors?: { field: string; detail: string }[],
): Response {
  const body = { type: `https://civiclimate.org/problems/${kind}`, title: kind, status, detail, errors };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

export interface Call {
  method: string;
  path: string;
  body?: unknown;
}

/** Stubs fetch with one answer per call ("GET /api/me" …), and keeps the calls to check them. */
export function fakeApi(answer: (call: Call) => Response | undefined) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      const call = {
        method: init?.method ?? 'GET',
        path,
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      calls.push(call);
      return answer(call) ?? problem(404, 'not-found', `no answer for ${call.method} ${path}`);
    }),
  );
  return calls;
}

export function me(overrides: Partial<Me> = {}): Me {
  return { userId: 'u-1', name: 'Alice', email: 'alice@example.org', roles: [], communes: [], ...overrides };
}

/** Stubs fetch for this caller: GET /api/me answers them, anything else `answer`. */
export function fakeApiFor(caller: Me, answer: (call: Call) => Response | undefined) {
  return fakeApi((call) => (call.path === '/api/me' ? json(caller) : answer(call)));
}

/** Someone with these roles in the active commune Uccle. */
export function memberOfUccle(...roles: Role[]): Me {
  return me({ communes: [{ slug: 'uccle', name: 'Uccle', status: 'ACTIVE', roles }] });
}
