import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { MemoryRouter, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import type { Me, Role } from './api/types';
import { SessionProvider, type Session } from './auth/session';
import { I18nProvider, type Language } from './i18n';

/** Test helpers: a signed-in session, the app's providers around some routes, and a fake API. */
export const signedIn: Session = {
  authenticated: true,
  name: 'Alice',
  signIn: () => {},
  register: () => {},
  signOut: () => {},
  token: async () => 'token',
};

export const signedOut: Session = { ...signedIn, authenticated: false, name: undefined, token: async () => undefined };

/** A cache of its own for each test, which neither retries nor keeps answers after it. */
export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

export function Providers({
  children,
  session = signedIn,
  language = 'en',
}: {
  children: ReactNode;
  session?: Session;
  language?: Language;
}) {
  localStorage.setItem('civiclimate.language', language);
  const [client] = useState(testQueryClient);
  return (
    <I18nProvider>
      <SessionProvider session={session}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

export function renderAt(path: string, routes: ReactNode, session: Session = signedIn, language: Language = 'en') {
  return render(
    <Providers session={session} language={language}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>{routes}</Routes>
      </MemoryRouter>
    </Providers>,
  );
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** An answer without a body, as the API sends a 202 or a 204. */
export function empty(status = 204): Response {
  return new Response(null, { status, headers: { 'Content-Length': '0' } });
}

export function problem(
  status: number,
  kind: string,
  detail: string,
  errors?: { field: string; detail: string; code?: string; params?: Record<string, unknown> }[],
): Response {
  const body = { type: `https://civiclimate.org/problems/${kind}`, title: kind, status, detail, errors };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

export interface Call {
  method: string;
  /** The path and query, e.g. "/api/communes?page=0&size=20". */
  path: string;
  body?: unknown;
  headers: Headers;
}

/** A request's body as JSON, or as its text when it is not JSON (a file uploaded as it is). */
function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Stubs fetch with one answer per call ("GET /api/me" …), and keeps the calls to check them. */
export function fakeApi(answer: (call: Call) => Response | undefined) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string, init?: RequestInit) => {
      const request = typeof input === 'string' ? new Request(new URL(input, window.location.origin), init) : input;
      const url = new URL(request.url);
      const text = await request.text();
      const call = {
        method: request.method,
        path: url.pathname + url.search,
        body: text ? jsonOrText(text) : undefined,
      } as Call;
      // Not enumerable, so that a test may compare a call with toEqual({ method, path, body }).
      Object.defineProperty(call, 'headers', { value: request.headers, enumerable: false });
      calls.push(call);
      return answer(call) ?? problem(404, 'not-found', `no answer for ${call.method} ${call.path}`);
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
