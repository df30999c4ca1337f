/**
 * A web address suggested from a commune's name, following the platform's rules: lower-case letters, digits and
 * single inner hyphens, at most 63 characters. "Saint-Josse-ten-Noode" gives "saint-josse-ten-noode", "Liège" "liege".
 */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');
}
