/** An RFC 9457 problem from the API, with the fields at fault by name. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly fields: Record<string, string>;

  constructor(status: number, type: string, detail: string, fields: Record<string, string>) {
    super(detail);
    this.status = status;
    this.type = type;
    this.fields = fields;
  }

  /** The last segment of the problem type, e.g. "slug-taken". */
  get kind(): string {
    return this.type.substring(this.type.lastIndexOf('/') + 1);
  }
}

/** A network failure: the platform could not be reached at all. */
export class NetworkError extends Error {}

interface ProblemBody {
  type?: string;
  title?: string;
  detail?: string;
  errors?: { field: string; detail: string }[];
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
  const fields: Record<string, string> = {};
  for (const error of body.errors ?? []) {
    // A field may be named with an index (languages[0]); the form knows it as "languages".
    const field = error.field.replace(/\[\d+\]$/, '');
    fields[field] = fields[field] ? `${fields[field]}; ${error.detail}` : error.detail;
  }
  return new ApiError(
    response.status,
    body.type ?? 'about:blank',
    body.detail ?? body.title ?? response.statusText,
    fields,
  );
}

export type TokenSource = () => Promise<string | undefined>;

/** Sends a request through the gateway with the session's token; gives back a successful response, else throws. */
async function send(token: TokenSource, path: string, init: { method?: string; body?: unknown }): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  const bearer = await token();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  if (init.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (e) {
    throw new NetworkError(String(e));
  }
  if (!response.ok) {
    throw await toApiError(response);
  }
  return response;
}

/**
 * Calls the API through the gateway with the session's token; throws ApiError or NetworkError. An answer without a
 * body (204, or a 202 that says nothing more) gives undefined.
 */
export async function api<T>(token: TokenSource, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await send(token, path, init);
  const text = response.status === 204 ? '' : await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Fetches a document of the API as it is sent, to save it as a file; throws ApiError or NetworkError. */
export async function apiFile(token: TokenSource, path: string): Promise<Blob> {
  const response = await send(token, path, {});
  return response.blob();
}
