import createClient, { type Client } from 'openapi-fetch';
import { useMemo } from 'react';
import { useSession } from '../auth/session';
import type { paths as AssemblyPaths } from './generated/assembly-service';
import type { paths as TenantPaths } from './generated/tenant-service';

/** What is wrong with one field of a request: its path (`languages[0]`), a stable code with its parameters, and why. */
export interface FieldProblem {
  field: string;
  detail: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** The last segment of a problem's type URI ("https://civiclimate.org/problems/slug-taken" → "slug-taken"). */
export function problemSlug(type: string | undefined): string {
  if (!type || type === 'about:blank') return '';
  return type.substring(type.lastIndexOf('/') + 1);
}

/** An RFC 9457 problem from the API: its status, type slug, title, detail and the fields at fault. */
export class ApiError extends Error {
  readonly status: number;
  /** The type's slug, e.g. "slug-taken"; empty for about:blank. */
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldProblem[];

  constructor(status: number, type: string, title: string, detail: string, errors: FieldProblem[] = []) {
    super(detail || title);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }
}

/** A network failure: the platform could not be reached at all. */
export class NetworkError extends Error {}

interface ProblemBody {
  type?: string;
  title?: string;
  detail?: string;
  errors?: FieldProblem[];
}

/** Turns a failed response into an ApiError, reading problem+json when the API sent it. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: ProblemBody = {};
  if ((response.headers.get('Content-Type') ?? '').includes('json')) {
    try {
      body = (await response.json()) as ProblemBody;
    } catch {
      body = {};
    }
  }
  return new ApiError(
    response.status,
    problemSlug(body.type),
    body.title ?? response.statusText,
    body.detail ?? '',
    Array.isArray(body.errors) ? body.errors : [],
  );
}

export type TokenSource = () => Promise<string | undefined>;
/** tenant-service's API: communes, members, invitations, networks. */
export type Api = Client<TenantPaths>;
/** assembly-service's API: a commune's assemblies, their seats and mandates. */
export type AssemblyApi = Client<AssemblyPaths>;

/**
 * A service's API through the gateway (one origin for all), typed by that service's OpenAPI document (tenant-service's
 * unless told): every request carries the session's token; a refusal throws an ApiError, a network failure a
 * NetworkError.
 */
export function createApi<Paths extends object = TenantPaths>(token: TokenSource): Client<Paths> {
  const client = createClient<Paths>({
    // Absolute, so that Request accepts it outside a browser too (tests).
    baseUrl: window.location.origin,
    // Looked up at each call, so that tests may stub it.
    fetch: (request: Request) => globalThis.fetch(request),
  });
  client.use({
    async onRequest({ request }) {
      const bearer = await token();
      if (bearer) request.headers.set('Authorization', `Bearer ${bearer}`);
      request.headers.set('Accept', 'application/json, application/problem+json');
      return request;
    },
    async onResponse({ response }) {
      if (!response.ok) throw await toApiError(response);
      return undefined;
    },
    onError({ error }) {
      return error instanceof ApiError || error instanceof NetworkError ? error : new NetworkError(String(error));
    },
  });
  return client;
}

/**
 * The answer of a request that succeeded (refusals have thrown already), as the app reads it (api/types.ts): the
 * request itself (path, parameters, body) is checked against the OpenAPI document, whose answers mark every member
 * optional.
 */
export async function unwrap<T>(request: Promise<{ data?: unknown }>): Promise<T> {
  const { data } = await request;
  return data as T;
}

/** A service's API with the signed-in person's token. */
function useServiceApi<Paths extends object>(): Client<Paths> {
  const session = useSession();
  return useMemo(() => createApi<Paths>(session.token), [session]);
}

/** tenant-service's API with the signed-in person's token. */
export function useApi(): Api {
  return useServiceApi<TenantPaths>();
}

/** assembly-service's API with the signed-in person's token. */
export function useAssemblyApi(): AssemblyApi {
  return useServiceApi<AssemblyPaths>();
}

/** Whether the API refused the caller (403): a page then leaves out what needs it. */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
