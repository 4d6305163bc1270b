// An application for an inspection of a lift: its kind (chosen, never
// assumed), the day the applicant would like (optional, from today to a year
// ahead) and a note. Whether the lift may have that kind now is the server's
// rule; its refusal shows at the field.
import type { InspectionKind } from '../api/types';
import type { MessageKey } from '../i18n/messages';
import { addDays, isDate } from './dates';

// How far ahead the preferred day may be (the server's kLatestPreferredDays).
export const LATEST_PREFERRED_DAYS = 366;

export interface ApplicationValues {
  kind: InspectionKind | ''; // '' until chosen
  preferredOn: string;
  note: string;
}

export type ApplicationErrors = Partial<Record<'kind' | 'preferredOn', MessageKey>>;

export function initialApplication(): ApplicationValues {
  return { kind: '', preferredOn: '', note: '' };
}

export function validateApplication(v: ApplicationValues, today: string): ApplicationErrors {
  const errors: ApplicationErrors = {};
  if (!v.kind) errors.kind = 'application.error.kind';
  if (v.preferredOn) {
    if (!isDate(v.preferredOn)) errors.preferredOn = 'form.error.date';
    else if (v.preferredOn < today) errors.preferredOn = 'application.error.past';
    else if (v.preferredOn > addDays(today, LATEST_PREFERRED_DAYS)) errors.preferredOn = 'application.error.tooFar';
  }
  return errors;
}

export function applicationBody(v: ApplicationValues) {
  return { kind: v.kind, preferred_on: v.preferredOn, note: v.note.trim() };
}
