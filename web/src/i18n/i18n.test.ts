import { describe, expect, it } from 'vitest';
import { dictionaries, format, initialLanguage, languages, pluralKey } from './index';
import { elide, frenchPunctuation } from './typography';

describe('the language files', () => {
  const reference = Object.keys(dictionaries.en).sort();

  it.each(languages)('%s has every text, and no empty one', (language) => {
    const messages = dictionaries[language];
    expect(Object.keys(messages).sort()).toEqual(reference);
    for (const text of Object.values(messages)) {
      expect(text.trim()).not.toBe('');
    }
  });

  it.each(languages)('%s keeps every placeholder of the English text', (language) => {
    for (const [key, english] of Object.entries(dictionaries.en)) {
      const placeholders = english.match(/\{\w+\}/g) ?? [];
      const translated = dictionaries[language][key as keyof typeof dictionaries.en];
      for (const placeholder of placeholders) {
        // French may write {de:name} for "de" before a name, which elides.
        const name = placeholder.slice(1, -1);
        expect(translated, `${language} ${key}`).toMatch(new RegExp(`\\{(?:\\w+:)?${name}\\}`));
      }
    }
  });

  it('writes French with a narrow no-break space before : ; ? !', () => {
    for (const [key, text] of Object.entries(dictionaries.fr)) {
      expect(text, key).toBe(frenchPunctuation(text));
    }
  });

  it('glues no name after "de", "le", "la" or "que" in French: they elide ({de:name})', () => {
    for (const [key, text] of Object.entries(dictionaries.fr)) {
      // (A date keeps its article: « le 3 mars ».)
      expect(text, key).not.toMatch(/(?:^|\s)(de|du|le|la|que) \{(?!date\})/);
    }
  });
});

describe('initialLanguage', () => {
  it('keeps the language chosen before', () => {
    expect(initialLanguage('nl', ['en-GB'], 'de')).toBe('nl');
  });

  it('takes the account’s language (the token’s locale) when none was chosen in this browser', () => {
    expect(initialLanguage(null, ['en-GB'], 'de')).toBe('de');
    expect(initialLanguage(null, ['en-GB'], 'es')).toBe('en');
  });

  it('takes the browser first supported language, else French', () => {
    expect(initialLanguage(null, ['es-ES', 'de-BE', 'en'])).toBe('de');
    expect(initialLanguage(null, ['es-ES'])).toBe('fr');
    expect(initialLanguage('xx', [])).toBe('fr');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('Commune {name} {other}', { name: 'Uccle' })).toBe('Commune Uccle {other}');
  });

  it('writes numbers as the language does', () => {
    expect(format('{count} habitants', { count: 83000 }, 'fr')).toBe('83\u202f000 habitants');
    expect(format('{count} inwoners', { count: 83000 }, 'nl')).toBe('83.000 inwoners');
    expect(format('{count} inhabitants', { count: 83000 }, 'en')).toBe('83,000 inhabitants');
  });

  it('elides French "de" before a vowel or a mute h, and not before a consonant', () => {
    expect(format('Commune {de:name}', { name: 'Uccle' }, 'fr')).toBe('Commune d’Uccle');
    expect(format('Commune {de:name}', { name: 'Namur' }, 'fr')).toBe('Commune de Namur');
    expect(format('Commune {de:name}', { name: 'Herstal' }, 'fr')).toBe('Commune d’Herstal');
  });
});

describe('French typography', () => {
  it('puts a narrow no-break space before : ; ? ! and not inside a URL nor a time', () => {
    expect(frenchPunctuation('Statut: actif')).toBe('Statut\u202f: actif');
    expect(frenchPunctuation('Quitter ?')).toBe('Quitter\u202f?');
    expect(frenchPunctuation('Attention !')).toBe('Attention\u202f!');
    expect(frenchPunctuation('un ; deux')).toBe('un\u202f; deux');
    expect(frenchPunctuation('https://civiclimate.org à 10:30')).toBe('https://civiclimate.org à 10:30');
  });

  it('elides de, le, la and que', () => {
    expect(elide('de', 'Anderlecht')).toBe('d’Anderlecht');
    expect(elide('le', 'écran')).toBe('l’écran');
    expect(elide('que', 'Ixelles')).toBe('qu’Ixelles');
    expect(elide('de', 'Liège')).toBe('de Liège');
  });
});

describe('plurals', () => {
  it('choose the form by the language’s plural rules', () => {
    expect(pluralKey('en', 'directory.found', 1)).toBe('directory.found.one');
    expect(pluralKey('en', 'directory.found', 0)).toBe('directory.found.other');
    // French counts 0 and 1 as singular, and "many" (a million) falls back to the other form.
    expect(pluralKey('fr', 'directory.found', 0)).toBe('directory.found.one');
    expect(pluralKey('fr', 'directory.found', 2)).toBe('directory.found.other');
    expect(pluralKey('fr', 'directory.found', 1_000_000)).toBe('directory.found.other');
    expect(format(dictionaries.fr[pluralKey('fr', 'inhabitants', 1)], { count: 1 }, 'fr')).toBe('1 habitant');
  });
});
