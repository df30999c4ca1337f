import { toApiError } from './client';

/** Fetches a file with the session's token and saves it under the name given, as a link the person clicked would. */
export async function saveFile(url: string, name: string, token: string | undefined) {
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw await toApiError(response);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
  // Revoked later: some browsers still read the object when the click returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Sends a file as the request's body (no multipart: the body limit counts the file itself); the answer's JSON. */
export async function sendFile<T>(url: string, file: Blob, token: string | undefined, contentType = 'text/csv') {
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': contentType, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: file,
  });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
