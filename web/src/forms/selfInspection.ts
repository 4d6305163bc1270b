// The monthly self-inspection's model: a visit date, the month it covers,
// the technician, and a grade A to E for each of the profile's items. No
// grade starts chosen; a C ("urgent repair") needs a note, and the server
// opens a follow-up work order for it.
import type { Profile } from '../api/types';
import type { MessageKey } from '../i18n/messages';
import { isDate, monthOf } from './dates';

// The grade of an urgent repair.
export const URGENT_GRADE = 'C';

export interface GradedItem {
  code: string;
  name: string;
  grade: string; // '' until chosen
  note: string;
}

export interface SelfInspectionValues {
  visitedOn: string;
  month: string;
  technicianId: number | null;
  items: GradedItem[];
}

// Field name ("visitedOn", "items.2.grade") -> message key.
export type SelfInspectionErrors = Record<string, MessageKey>;

export function initialSelfInspection(profile: Profile): SelfInspectionValues {
  return {
    visitedOn: '',
    month: '',
    technicianId: null,
    items: profile.self_inspection_items.map((item) => ({ code: item.code, name: item.name, grade: '', note: '' })),
  };
}

// The month follows the visit date until the technician sets it.
export function withVisit(v: SelfInspectionValues, visitedOn: string): SelfInspectionValues {
  const follows = v.month === '' || v.month === monthOf(v.visitedOn);
  return { ...v, visitedOn, month: follows && isDate(visitedOn) ? monthOf(visitedOn) : v.month };
}

export function validateSelfInspection(v: SelfInspectionValues, today: string): SelfInspectionErrors {
  const errors: SelfInspectionErrors = {};
  if (!isDate(v.visitedOn)) errors.visitedOn = 'form.error.date';
  else if (v.visitedOn > today) errors.visitedOn = 'form.error.future';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v.month)) errors.month = 'selfInspection.error.month';
  else if (v.month > monthOf(today)) errors.month = 'form.error.future';
  if (v.items.length === 0) errors.items = 'selfInspection.error.items';
  v.items.forEach((item, i) => {
    if (!item.grade) errors[`items.${i}.grade`] = 'selfInspection.error.grade';
    else if (item.grade === URGENT_GRADE && !item.note.trim()) errors[`items.${i}.note`] = 'selfInspection.error.urgentNote';
  });
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
      grade: item.grade,
      ...(item.note.trim() ? { note: item.note.trim() } : {}),
    })),
  };
}
