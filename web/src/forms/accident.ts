// An accident or serious-failure report: what happened, when, who was
// trapped, injured or killed and for how long treated, who rescued them and
// what was done. The server decides whether it is "serious".
import type { MessageKey } from '../i18n/messages';
import { isTimestamp } from './dates';

export const COUNT_FIELDS = [
  'persons_trapped',
  'persons_injured',
  'deaths',
  'hospitalisation_days',
  'treatment_days',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export interface AccidentValues {
  kind: 'accident' | 'failure' | ''; // '' until chosen
  occurredAt: string;
  description: string;
  failureType: string;
  cause: string;
  counts: Record<CountField, string>;
  rescuedBy: string;
  measures: string;
}

export type AccidentErrors = Partial<Record<'kind' | 'occurredAt' | 'description' | CountField, MessageKey>>;

// Nothing chosen: a count left empty is not sent (the server records none).
export function initialAccident(): AccidentValues {
  return {
    kind: '',
    occurredAt: '',
    description: '',
    failureType: '',
    cause: '',
    counts: { persons_trapped: '', persons_injured: '', deaths: '', hospitalisation_days: '', treatment_days: '' },
    rescuedBy: '',
    measures: '',
  };
}

export function validateAccident(v: AccidentValues, now: string): AccidentErrors {
  const errors: AccidentErrors = {};
  if (!v.kind) errors.kind = 'accident.error.kind';
  if (!isTimestamp(v.occurredAt)) errors.occurredAt = 'form.error.time';
  else if (v.occurredAt > now) errors.occurredAt = 'form.error.future';
  if (!v.description.trim()) errors.description = 'accident.error.description';
  for (const field of COUNT_FIELDS) {
    const text = v.counts[field].trim();
    if (text !== '' && !/^\d{1,5}$/.test(text)) errors[field] = 'form.error.count';
  }
  return errors;
}

export function accidentBody(v: AccidentValues) {
  const counts: Partial<Record<CountField, number>> = {};
  for (const field of COUNT_FIELDS) {
    const text = v.counts[field].trim();
    if (text !== '') counts[field] = Number(text);
  }
  return {
    kind: v.kind,
    occurred_at: v.occurredAt,
    description: v.description.trim(),
    ...(v.failureType ? { failure_type: v.failureType } : {}),
    ...(v.cause.trim() ? { cause: v.cause.trim() } : {}),
    ...counts,
    ...(v.rescuedBy.trim() ? { rescued_by: v.rescuedBy.trim() } : {}),
    ...(v.measures.trim() ? { measures: v.measures.trim() } : {}),
  };
}
