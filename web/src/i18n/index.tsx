import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { de } from './de';
import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';
import { nl } from './nl';
import { elide } from './typography';

export const languages = ['fr', 'nl', 'de', 'en'] as const;
export type Language = (typeof languages)[number];

export const dictionaries: Record<Language, Messages> = { fr, nl, de, en };

export const STORAGE_KEY = 'civiclimate.language';

export function isLanguage(value: string | null | undefined): value is Language {
  return Boolean(value) && (languages as readonly string[]).includes(value as string);
}

/**
 * The language to start in: the one chosen before in this browser, else the signed-in account's (the token's locale),
 * else the browser's first supported one, else French.
 */
export function initialLanguage(stored: string | null, preferred: readonly string[], account?: string): Language {
  if (isLanguage(stored)) {
    return stored;
  }
  for (const tag of [account ?? '', ...preferred]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) {
      return base;
    }
  }
  return 'fr';
}

export type Values = Record<string, string | number>;

/**
 * Fills {placeholders} of a message; numbers are written as the language writes them (1 234, 1.234, 1,234). French
 * messages write {de:name} where "de" comes before a name, so that it elides: « d’Uccle », « de Namur ».
 */
export function format(message: string, values: Values = {}, language: Language = 'en'): string {
  return message.replace(/\{(?:(de|le|la|que):)?(\w+)\}/g, (match, article: string | undefined, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    const text = typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
    return article ? elide(article as 'de', text) : text;
  });
}

/** The messages that have plural forms: "key.one", "key.other" (and, where the language has them, "key.few" …). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/** The form of a plural message for this count, by the language's plural rules (Intl.PluralRules). */
export function pluralKey(language: Language, key: PluralKey, count: number): MessageKey {
  const rule = new Intl.PluralRules(language).select(count);
  const wanted = `${key}.${rule}`;
  return (wanted in dictionaries[language] ? wanted : `${key}.other`) as MessageKey;
}

/** Whether an ISO text is a day without a time: 2025-03-03. */
export function isCalendarDay(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso);
}

type Translate = (key: MessageKey, values?: Values) => string;

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** A message in the plural form for count, which fills its {count}. */
  plural: (key: PluralKey, count: number, values?: Values) => string;
  /**
   * A date as the language writes it: "3 March 2025", "3 mars 2025". A calendar day without a time (2025-03-03, as the
   * API sends a mandate's start) is that day wherever the reader is.
   */
  date: (iso: string, style?: 'medium' | 'long') => string;
  dateTime: (iso: string) => string;
  number: (value: number) => string;
  /** A value of the API in words ("role", "ADMIN" → "administrator"), else the value itself (one the app does not know yet). */
  word: (prefix: string, value: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, account }: { children: ReactNode; account?: string }) {
  const [language, setLanguageState] = useState<Language>(() =>
    initialLanguage(localStorage.getItem(STORAGE_KEY), navigator.languages ?? [navigator.language], account),
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const t: Translate = (key, values) => format(dictionaries[language][key] ?? key, values, language);
    const dates = {
      medium: new Intl.DateTimeFormat(language, { dateStyle: 'medium' }),
      long: new Intl.DateTimeFormat(language, { dateStyle: 'long' }),
      dateTime: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
    };
    // A calendar day is read as midnight UTC: written in UTC too, it is the same day west of Greenwich.
    const days = {
      medium: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
      long: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }),
    };
    const numbers = new Intl.NumberFormat(language);
    return {
      language,
      setLanguage,
      t,
      plural: (key, count, values) => t(pluralKey(language, key, count), { ...values, count }),
      date: (iso, style = 'medium') => (isCalendarDay(iso) ? days : dates)[style].format(new Date(iso)),
      dateTime: (iso) => dates.dateTime.format(new Date(iso)),
      number: (n) => numbers.format(n),
      word: (prefix, value) => {
        const key = `${prefix}.${value}`;
        return key in dictionaries[language] ? t(key as MessageKey) : value;
      },
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) {
    throw new Error('useI18n outside I18nProvider');
  }
  return i18n;
}
