import { afterEach, describe, expect, it, vi } from 'vitest';

import { detectLanguage, initialLanguage, LANGUAGE_STORAGE_KEY } from './detect';

describe('the console language', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the first browser language we have', () => {
    expect(detectLanguage(['ko-KR', 'en-US'])).toBe('ko');
    expect(detectLanguage(['kk-KZ', 'ru-RU', 'en'])).toBe('ru');
    expect(detectLanguage(['RU'])).toBe('ru');
    expect(detectLanguage(['de-DE', 'fr'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it("is the user's earlier choice before the browser's", () => {
    vi.stubGlobal('navigator', { languages: ['ko-KR'], language: 'ko-KR' });
    expect(initialLanguage()).toBe('ko');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ru');
    expect(initialLanguage()).toBe('ru');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(initialLanguage()).toBe('ko');
  });
});
