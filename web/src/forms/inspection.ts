// The inspection form's model: its values, their checks (before the server's
// own) and the request body of POST /lifts/{no}/inspections.
import type { ChecklistItemResult, ChecklistSpec, InspectionKind, Profile, Verdict } from '../api/types';
import type { MessageKey } from '../i18n/messages';
import { isDate } from './dates';

export type ItemResult = ChecklistItemResult['result'];
export const ITEM_RESULTS: readonly ItemResult[] = ['pass', 'defect', 'fail', 'observation', 'na'];

export interface ChecklistRow {
  spec: ChecklistSpec;
  result: ItemResult;
  measured: string; // as typed; '' for none
}

export interface InspectionValues {
  kind: InspectionKind;
  date: string;
  result: Verdict | '';
  inspector: string;
  notes: string;
  items: ChecklistRow[];
}

// Field name ("date", "items.3.measured") -> message key.
export type InspectionErrors = Record<string, MessageKey>;

export function initialInspection(profile: Profile, today: string, inspector: string): InspectionValues {
  return {
    kind: profile.inspection_kinds.includes('periodic') ? 'periodic' : (profile.inspection_kinds[0] ?? 'periodic'),
    date: today,
    result: '',
    inspector,
    notes: '',
    items: profile.checklist.map((spec) => ({ spec, result: 'pass', measured: '' })),
  };
}

export function parseMeasured(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined; // undefined: not a number
}

// True when `row`'s measured value is beyond its limit from the profile.
export function exceedsLimit(row: ChecklistRow): boolean {
  const value = parseMeasured(row.measured);
  if (value === null || value === undefined) return false;
  if (row.spec.max !== null && value > row.spec.max) return true;
  if (row.spec.max_abs !== null && Math.abs(value) > row.spec.max_abs) return true;
  return false;
}

export function validateInspection(v: InspectionValues, today: string): InspectionErrors {
  const errors: InspectionErrors = {};
  if (!isDate(v.date)) errors.date = 'form.error.date';
  else if (v.date > today) errors.date = 'form.error.future';
  if (!v.result) errors.result = 'inspection.error.verdict';
  v.items.forEach((row, i) => {
    if (parseMeasured(row.measured) === undefined) errors[`items.${i}.measured`] = 'form.error.number';
  });
  if (v.result === 'pass' && v.items.some((row) => row.result === 'fail')) {
    errors.result = 'inspection.error.passWithFailedItem';
  }
  return errors;
}

export function inspectionBody(v: InspectionValues) {
  return {
    kind: v.kind,
    date: v.date,
    result: v.result,
    inspector: v.inspector.trim(),
    notes: v.notes.trim(),
    items: v.items.map((row) => {
      const measured = parseMeasured(row.measured);
      return {
        code: row.spec.code,
        name: row.spec.name,
        result: row.result,
        unit: row.spec.unit,
        ...(measured === null || measured === undefined ? {} : { measured }),
      };
    }),
  };
}
