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
  URL.revokeObjectURL(href);
}
