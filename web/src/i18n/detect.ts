// The console's language: the user's choice if they made one, else the first
// of the browser's languages that we have, else English.
import { LANGUAGES, type Language } from './messages';

export const LANGUAGE_STORAGE_KEY = 'hoistway.language';

export function isLanguage(value: string | null | undefined): value is Language {
  return value !== null && value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}

// "ko-KR" -> "ko"; the first match wins.
export function detectLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage may be disabled
  }
  const list = navigator.languages?.length ? navigator.languages : [navigator.language];
  return detectLanguage(list);
}
