import { describe, expect, it, vi } from 'vitest';
import { api, apiFile, ApiError, NetworkError, toApiError } from './api';

function problem(status: number, body: object) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

describe('toApiError', () => {
  it('names every field at fault, joining indexed fields under their list', async () => {
    const error = await toApiError(
      problem(400, {
        type: 'https://civiclimate.org/problems/invalid-request',
        detail: 'slug: is reserved',
        errors: [
          { field: 'slug', detail: 'is reserved by the platform' },
          { field: 'languages[0]', detail: 'must be one of fr, nl, de, en' },
        ],
      }),
    );

    expect(error.status).toBe(400);
    expect(error.kind).toBe('invalid-request');
    expect(error.fields).toEqual({ slug: 'is reserved by the platform', languages: 'must be one of fr, nl, de, en' });
  });

  it('copes with an answer that is not JSON', async () => {
    const error = await toApiError(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));

    expect(error.status).toBe(502);
    expect(error.fields).toEqual({});
  });
});

describe('api', () => {
  it('sends the session token and the JSON body', async () => {
    const fetchMock = vi.fn(async () => new Response('{"slug":"uccle"}', { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);

    const created = await api<{ slug: string }>(async () => 'token-1', '/api/communes', {
      method: 'POST',
      body: { slug: 'uccle' },
    });

    expect(created.slug).toBe('uccle');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer token-1');
    expect(init.body).toBe('{"slug":"uccle"}');
  });

  it('gives nothing for an answer without a body, a 202 as a 204', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 202 })));
    const invited = api(async () => 'token', '/api/networks/brabant/coordinators', { method: 'POST' });
    await expect(invited).resolves.toBeUndefined();

    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    const left = api(async () => 'token', '/api/communes/uccle/membership', { method: 'DELETE' });
    await expect(left).resolves.toBeUndefined();
  });

  it('throws the problem of a refused request and a network error when nothing answers', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problem(409, { type: 'x/slug-taken', detail: 'taken' })));
    await expect(api(async () => undefined, '/api/communes')).rejects.toBeInstanceOf(ApiError);

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api(async () => undefined, '/api/communes')).rejects.toBeInstanceOf(NetworkError);
  });

  it('fetches a document as it is sent, with the session token', async () => {
    const fetchMock = vi.fn(async () => new Response('{"profile": {}}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);

    const file = await apiFile(async () => 'token-2', '/api/me/data');

    expect(await file.text()).toBe('{"profile": {}}');
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/me/data');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer token-2');

    vi.stubGlobal('fetch', vi.fn(async () => problem(401, { type: 'x/unauthenticated', detail: 'Sign in' })));
    await expect(apiFile(async () => undefined, '/api/me/data')).rejects.toBeInstanceOf(ApiError);
  });
});
