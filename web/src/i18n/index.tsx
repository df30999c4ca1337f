import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { de } from './de';
import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const languages = ['fr', 'nl', 'de', 'en'] as const;
export type Language = (typeof languages)[number];

export const dictionaries: Record<Language, Messages> = { fr, nl, de, en };

const STORAGE_KEY = 'civiclimate.language';

/** The language to start in: the one chosen before, else the browser's first supported one, else French. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (stored && (languages as readonly string[]).includes(stored)) {
    return stored as Language;
  }
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if ((languages as readonly string[]).includes(base)) {
      return base as Language;
    }
  }
  return 'fr';
}

/** Fills {placeholders} of a message. */
export function format(message: string, values: Record<string, string> = {}): string {
  return message.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

type Translate = (key: MessageKey, values?: Record<string, string>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() =>
    initialLanguage(localStorage.getItem(STORAGE_KEY), navigator.languages ?? [navigator.language]),
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const t = useCallback<Translate>(
    (key, values) => format(dictionaries[language][key], values),
    [language],
  );
  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) {
    throw new Error('useI18n outside I18nProvider');
  }
  return i18n;
}
