// The monthly self-inspection's model: a visit date, the month it covers,
// the technician, and a grade A to E for each of the profile's items.
import type { Profile } from '../api/types';
import type { MessageKey } from '../i18n/messages';
import { isDate, monthOf } from './dates';

export interface GradedItem {
  code: string;
  name: string;
  grade: string;
  note: string;
}

export interface SelfInspectionValues {
  visitedOn: string;
  month: string;
  technicianId: number | null;
  items: GradedItem[];
}

export type SelfInspectionErrors = Partial<Record<'visitedOn' | 'month' | 'items', MessageKey>>;

export function initialSelfInspection(profile: Profile, today: string): SelfInspectionValues {
  const first = profile.grades[0]?.code ?? 'A';
  return {
    visitedOn: today,
    month: monthOf(today),
    technicianId: null,
    items: profile.self_inspection_items.map((item) => ({ code: item.code, name: item.name, grade: first, note: '' })),
  };
}

export function validateSelfInspection(v: SelfInspectionValues, today: string): SelfInspectionErrors {
  const errors: SelfInspectionErrors = {};
  if (!isDate(v.visitedOn)) errors.visitedOn = 'form.error.date';
  else if (v.visitedOn > today) errors.visitedOn = 'form.error.future';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v.month)) errors.month = 'selfInspection.error.month';
  if (v.items.length === 0) errors.items = 'selfInspection.error.items';
  return errors;
}

export function selfInspectionBody(v: SelfInspectionValues, companyId: number | null) {
  return {
    visited_on: v.visitedOn,
    month: v.month,
    ...(v.technicianId !== null ? { technician_id: v.technicianId } : {}),
    ...(companyId !== null ? { company_id: companyId } : {}),
    items: v.items.map((item) => ({
      code: item.code,
      name: item.name,
      grade: item.grade,
      ...(item.note.trim() ? { note: item.note.trim() } : {}),
    })),
  };
}
