import { afterEach, describe, expect, it, vi } from 'vitest';
import { empty, fakeApi, json, problem } from '../testing';
import { ApiError, createApi, NetworkError, problemSlug, toApiError, unwrap } from './client';
import type { paths as AssemblyPaths } from './generated/assembly-service';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('toApiError', () => {
  it('reads the problem: status, type slug, title, detail and the fields at fault with their codes', async () => {
    const error = await toApiError(
      new Response(
        JSON.stringify({
          type: 'https://civiclimate.org/problems/invalid-request',
          title: 'Invalid request',
          status: 400,
          detail: 'slug: is reserved',
          errors: [{ field: 'languages[0]', detail: 'must be one of', code: 'one-of', params: { allowed: ['fr'] } }],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.type).toBe('invalid-request');
    expect(error.title).toBe('Invalid request');
    expect(error.detail).toBe('slug: is reserved');
    expect(error.errors).toEqual([
      { field: 'languages[0]', detail: 'must be one of', code: 'one-of', params: { allowed: ['fr'] } },
    ]);
  });

  it('copes with an answer that is not JSON', async () => {
    const error = await toApiError(
      new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );

    expect(error.status).toBe(502);
    expect(error.type).toBe('');
    expect(error.errors).toEqual([]);
  });

  it('takes the last segment of the type as its slug', () => {
    expect(problemSlug('https://civiclimate.org/problems/slug-taken')).toBe('slug-taken');
    expect(problemSlug('about:blank')).toBe('');
    expect(problemSlug(undefined)).toBe('');
  });
});

describe('the API client', () => {
  const api = createApi(async () => 'token-1');

  it('sends the session token and the JSON body, typed by the OpenAPI document', async () => {
    const calls = fakeApi(() => json({ slug: 'uccle' }, 201));

    const created = await unwrap<{ slug: string }>(
      api.POST('/api/communes', {
        body: {
          slug: 'uccle',
          name: 'Uccle',
          country: 'BE',
          languages: ['fr'],
          officialCode: '21016',
          population: 83000,
          contactEmail: 'climat@uccle.be',
        },
      }),
    );

    expect(created.slug).toBe('uccle');
    expect(calls[0].path).toBe('/api/communes');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer token-1');
    expect(calls[0].body).toMatchObject({ slug: 'uccle' });
  });

  it('is typed by another service’s document when told, with the same token and refusals', async () => {
    const calls = fakeApi(() => json([]));
    const assemblies = createApi<AssemblyPaths>(async () => 'token-1');

    await assemblies.GET('/api/communes/{slug}/assembly/assemblies/{assembly}/mandates', {
      params: { path: { slug: 'uccle', assembly: 'a-1' }, query: { status: 'ACTIVE' } },
    });
    expect(calls[0].path).toBe('/api/communes/uccle/assembly/assemblies/a-1/mandates?status=ACTIVE');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer token-1');

    fakeApi(() => problem(409, 'seat-taken', 'Seat 3 is held by another member'));
    await expect(
      assemblies.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/mandates', {
        params: { path: { slug: 'uccle', assembly: 'a-1' } },
        body: { userId: 'u-2', name: 'Bob', seat: 3 },
      }),
    ).rejects.toMatchObject({ status: 409, type: 'seat-taken' });
  });

  it('sends no token when signed out', async () => {
    const calls = fakeApi(() => json({ slug: 'uccle' }));
    await createApi(async () => undefined).GET('/api/public/communes/{slug}', { params: { path: { slug: 'uccle' } } });
    expect(calls[0].headers.get('Authorization')).toBeNull();
  });

  it('gives nothing for an answer without a body', async () => {
    fakeApi(() => empty(202));
    const invited = await api.POST('/api/networks/{slug}/coordinators', {
      params: { path: { slug: 'brabant' } },
      body: { email: 'a@b.be' },
    });
    expect(invited.data).toBeUndefined();
  });

  it('throws the problem of a refused request, and a network error when nothing answers', async () => {
    fakeApi(() => problem(409, 'slug-taken', 'taken'));
    await expect(api.GET('/api/me')).rejects.toMatchObject({ status: 409, type: 'slug-taken', detail: 'taken' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api.GET('/api/me')).rejects.toBeInstanceOf(NetworkError);
  });

  it('fetches a document as it is sent', async () => {
    fakeApi(() => new Response('{"profile": {}}', { status: 200 }));
    const { data } = await api.GET('/api/me/data', { parseAs: 'blob' });
    expect(await (data as Blob).text()).toBe('{"profile": {}}');
  });
});
