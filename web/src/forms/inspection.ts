// The inspection form's model: its values, their checks (before the server's
// own, with the profile's data: limits, and what each verdict may carry) and
// the request body of POST /lifts/{no}/inspections. Nothing starts chosen:
// kind, date, verdict and every item's result are the inspector's acts.
import type { ChecklistSpec, InspectionKind, LiftChecklist, Verdict } from '../api/types';
import type { ItemResult } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';
import { isDate } from './dates';

export const ITEM_RESULTS: readonly ItemResult[] = ['pass', 'defect', 'fail', 'observation', 'na'];
// Keys of keyboard entry in a row: the first letter of each result (English).
export const RESULT_KEYS: Record<string, ItemResult> = { p: 'pass', d: 'defect', f: 'fail', o: 'observation', n: 'na' };

export interface ChecklistRow {
  spec: ChecklistSpec;
  result: ItemResult | '';
  measured: string; // as typed; '' for none
  note: string;
}

export interface InspectionValues {
  kind: InspectionKind | '';
  date: string;
  result: Verdict | '';
  inspector: string;
  notes: string;
  items: ChecklistRow[];
}

// Field name ("date", "items.3.measured") -> message key.
export type InspectionErrors = Record<string, MessageKey>;

export function initialInspection(inspector: string): InspectionValues {
  return { kind: '', date: '', result: '', inspector, notes: '', items: [] };
}

// The rows of a lift's checklist, part after part, nothing chosen.
export function rowsOf(checklist: LiftChecklist): ChecklistRow[] {
  return checklist.parts.flatMap((part) => part.items.map((spec) => ({ spec, result: '' as const, measured: '', note: '' })));
}

export function parseMeasured(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined; // undefined: not a number
}

// True when `row`'s measured value is beyond its limits from the profile.
export function exceedsLimit(row: ChecklistRow): boolean {
  const value = parseMeasured(row.measured);
  if (value === null || value === undefined) return false;
  const { max, min, max_abs } = row.spec;
  return (max !== null && value > max) || (min !== null && value < min) || (max_abs !== null && Math.abs(value) > max_abs);
}

const needsNote = (result: ItemResult | '') => result === 'defect' || result === 'fail';

export interface VerdictRules {
  pass_allows: string[];
  conditional_allows: string[];
}

export function verdictAllows(rules: VerdictRules, verdict: Verdict | '', result: ItemResult | ''): boolean {
  if (verdict === 'pass') return rules.pass_allows.includes(result);
  if (verdict === 'conditional') return rules.conditional_allows.includes(result);
  return true;
}

export function validateInspection(v: InspectionValues, today: string, rules: VerdictRules): InspectionErrors {
  const errors: InspectionErrors = {};
  if (!v.kind) errors.kind = 'inspection.error.kind';
  if (!isDate(v.date)) errors.date = 'form.error.date';
  else if (v.date > today) errors.date = 'form.error.future';
  if (!v.result) errors.result = 'inspection.error.verdict';
  v.items.forEach((row, i) => {
    const measured = parseMeasured(row.measured);
    if (measured === undefined) errors[`items.${i}.measured`] = 'form.error.number';
    if (!row.result) errors[`items.${i}.result`] = 'inspection.error.itemResult';
    else if (exceedsLimit(row) && !needsNote(row.result)) errors[`items.${i}.result`] = 'inspection.error.beyondLimit';
    else if (v.result && !verdictAllows(rules, v.result, row.result)) errors[`items.${i}.result`] = 'inspection.error.verdictItem';
    if (needsNote(row.result) && !row.note.trim()) errors[`items.${i}.note`] = 'inspection.error.note';
  });
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
        result: row.result,
        ...(measured === null || measured === undefined ? {} : { measured }),
        ...(row.note.trim() ? { note: row.note.trim() } : {}),
      };
    }),
  };
}

// Every item without a result passes (an explicit act of the inspector),
// except those whose reading is beyond the limit: they stay to be decided.
export function passRemaining(items: ChecklistRow[]): ChecklistRow[] {
  return items.map((row) => (row.result === '' && !exceedsLimit(row) ? { ...row, result: 'pass' } : row));
}
