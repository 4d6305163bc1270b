// The translation files: English is the reference; Korean and Russian must
// have exactly its keys (a test checks it), with the same {placeholders}.
import baseEn from './locales/en.json';
import baseKo from './locales/ko.json';
import baseRu from './locales/ru.json';
// Pages with many messages of their own keep them beside their code.
import monitoringEn from '../monitoring/locales/en.json';
import monitoringKo from '../monitoring/locales/ko.json';
import monitoringRu from '../monitoring/locales/ru.json';
import trainingEn from '../training/locales/en.json';
import trainingKo from '../training/locales/ko.json';
import trainingRu from '../training/locales/ru.json';

const en = { ...baseEn, ...monitoringEn, ...trainingEn };
const ko = { ...baseKo, ...monitoringKo, ...trainingKo };
const ru = { ...baseRu, ...monitoringRu, ...trainingRu };

export const LANGUAGES = ['en', 'ko', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const MESSAGES: Record<Language, Messages> = { en, ko, ru };

// Each language's name in itself, for the selector.
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ko: '한국어',
  ru: 'Русский',
};

// Replaces {name} in `template` with vars.name (left as is when missing).
export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
