// Translations for components: useI18n() gives t(key, vars), the language,
// a setter (remembered in localStorage) and number formatting for it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

import { initialLanguage, LANGUAGE_STORAGE_KEY } from './detect';
import { interpolate, MESSAGES, type Language, type MessageKey } from './messages';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  // A number with `digits` decimals in the language's convention; "–" for null.
  formatNumber: (value: number | null | undefined, digits?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, language: fixed }: { children: ReactNode; language?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => fixed ?? initialLanguage());

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // storage may be disabled: the choice lasts for this page
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(() => {
    const messages = MESSAGES[language];
    const formatters = new Map<number, Intl.NumberFormat>();
    return {
      language,
      setLanguage,
      t: (key, vars) => interpolate(messages[key], vars),
      formatNumber: (n, digits = 1) => {
        if (n === null || n === undefined || !Number.isFinite(n)) return '–';
        let f = formatters.get(digits);
        if (!f) {
          f = new Intl.NumberFormat(language, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          });
          formatters.set(digits, f);
        }
        // What rounds to zero is 0, never "-0.0".
        return f.format(Math.abs(n) < 0.5 * 10 ** -digits ? 0 : n);
      },
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
