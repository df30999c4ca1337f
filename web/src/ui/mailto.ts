/**
 * A mailto link to exactly this address: its parts are encoded, so that an address holding "?" or "&" cannot add
 * recipients, a subject or a body to the message a person's mail program opens.
 */
export function mailto(address: string): string {
  return `mailto:${address.split('@').map(encodeURIComponent).join('@')}`;
}
