import { describe, expect, it } from 'vitest';
import { suggestSlug } from './slug';

describe('suggestSlug', () => {
  it.each([
    ['Uccle', 'uccle'],
    ['Saint-Josse-ten-Noode', 'saint-josse-ten-noode'],
    ['Liège', 'liege'],
    ["L'Haÿ-les-Roses", 'l-hay-les-roses'],
    ['  Sint  Pieters Leeuw ', 'sint-pieters-leeuw'],
    ['Ville de Paris (75)', 'ville-de-paris-75'],
  ])('turns %s into %s', (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it('stays within 63 characters and never ends with a hyphen', () => {
    const slug = suggestSlug('a'.repeat(62) + ' b');
    expect(slug.length).toBeLessThanOrEqual(63);
    expect(slug.endsWith('-')).toBe(false);
  });
});
