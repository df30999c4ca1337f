import { describe, expect, it } from 'vitest';
import { dictionaries, format, initialLanguage, languages } from './index';

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
        expect(translated, `${language} ${key}`).toContain(placeholder);
      }
    }
  });
});

describe('initialLanguage', () => {
  it('keeps the language chosen before', () => {
    expect(initialLanguage('nl', ['en-GB'])).toBe('nl');
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
});
