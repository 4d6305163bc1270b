import { describe, expect, it } from 'vitest';

import { ApiError } from '../api/client';
import { PROBLEM_LABEL } from '../i18n/labels';
import { LANGUAGES, MESSAGES, type MessageKey } from '../i18n/messages';
import { serverFieldError } from './serverField';

const refusal = (field: string, problem: string, problemCode?: string) =>
  new ApiError(400, 'invalid_input', `${field}: ${problem}`, field, problem, problemCode);

// The server's refusal of a field, by its problem code, in each language; the
// server's English words when the code is missing or unknown to the console.
const CASES: { error: ApiError; camel?: boolean; expected: Record<'en' | 'ko' | 'ru', Record<string, string>> }[] = [
  {
    error: refusal('date', 'is in the future', 'in_future'),
    expected: {
      en: { date: 'This cannot be in the future.' },
      ko: { date: '미래일 수 없습니다.' },
      ru: { date: 'Не может быть в будущем.' },
    },
  },
  {
    error: refusal('items[2].result', '12 mm is beyond the limit (within ±10 mm): record a defect or a fail', 'beyond_limit'),
    expected: {
      en: { 'items.2.result': 'The reading is beyond the limit: a defect or a fail.' },
      ko: { 'items.2.result': '측정값이 기준을 벗어났습니다: 결함 또는 불합격으로 기록하십시오.' },
      ru: { 'items.2.result': 'Значение вне нормы: отметьте дефект или несоответствие.' },
    },
  },
  {
    error: refusal('called_at', 'is before the lift was installed (2015-03-01)', 'before_installation'),
    camel: true,
    expected: {
      en: { calledAt: 'This is before the lift was installed.' },
      ko: { calledAt: '승강기 설치일 이전입니다.' },
      ru: { calledAt: 'Это раньше установки лифта.' },
    },
  },
  {
    error: refusal('preferred_on', 'is more than 366 days ahead'), // no code: the server's words
    camel: true,
    expected: {
      en: { preferredOn: 'is more than 366 days ahead' },
      ko: { preferredOn: 'is more than 366 days ahead' },
      ru: { preferredOn: 'is more than 366 days ahead' },
    },
  },
  {
    error: refusal('kind', 'is odd', 'a_code_from_a_newer_server'), // unknown code: the server's words
    expected: { en: { kind: 'is odd' }, ko: { kind: 'is odd' }, ru: { kind: 'is odd' } },
  },
];

describe('serverFieldError', () => {
  for (const language of LANGUAGES) {
    const t = (key: MessageKey) => MESSAGES[language][key];
    it.each(CASES)(`words $error.problemCode in ${language}`, ({ error, camel, expected }) => {
      expect(serverFieldError(error, t, camel)).toEqual(expected[language]);
    });
  }

  it('has a text in every language for every problem code of the API', () => {
    for (const language of LANGUAGES) {
      for (const key of Object.values(PROBLEM_LABEL)) expect(MESSAGES[language][key]).toBeTruthy();
    }
  });

  it('names nothing for an error without a field', () => {
    expect(serverFieldError(new ApiError(409, 'conflict', 'changed'), (k) => k)).toEqual({});
    expect(serverFieldError(new Error('x'), (k) => k)).toEqual({});
  });
});
