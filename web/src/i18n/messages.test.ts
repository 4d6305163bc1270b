import { describe, expect, it } from 'vitest';

import { interpolate, LANGUAGES, MESSAGES } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  const english = MESSAGES.en;

  it.each(LANGUAGES)('%s has exactly the English keys, each translated', (language) => {
    const messages = MESSAGES[language];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it.each(LANGUAGES)('%s keeps the placeholders of every message', (language) => {
    for (const [key, text] of Object.entries(MESSAGES[language])) {
      expect(placeholders(text), key).toEqual(placeholders(english[key as keyof typeof english]));
    }
  });

  it('Korean and Russian are not English left untranslated', () => {
    for (const language of ['ko', 'ru'] as const) {
      const same = Object.entries(MESSAGES[language]).filter(
        // Placeholders ({speed}) are names, not words to translate.
        ([key, text]) => text === english[key as keyof typeof english] && /[a-z]{4,}/i.test(text.replace(/\{\w+\}/g, '')),
      );
      expect(same.map(([key]) => key)).toEqual([]);
    }
  });
});

describe('interpolate', () => {
  it('replaces known placeholders and keeps unknown ones', () => {
    expect(interpolate('Page {page} of {pages}', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(interpolate('Lift {no}', {})).toBe('Lift {no}');
    expect(interpolate('plain')).toBe('plain');
  });
});
