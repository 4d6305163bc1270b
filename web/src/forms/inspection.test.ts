import { describe, expect, it } from 'vitest';

import { CHECKLIST, PROFILE } from '../test/profile';
import {
  exceedsLimit,
  initialInspection,
  inspectionBody,
  parseMeasured,
  passRemaining,
  rowsOf,
  validateInspection,
  type InspectionValues,
} from './inspection';

const TODAY = '2026-11-25';
const RULES = PROFILE.verdicts;

function filled(): InspectionValues {
  return { ...initialInspection('kim'), kind: 'periodic', date: TODAY, items: rowsOf(CHECKLIST) };
}

describe('the inspection form model', () => {
  it('starts with nothing chosen: no kind, date, verdict or item result', () => {
    expect(initialInspection('kim')).toEqual({ kind: '', date: '', result: '', inspector: 'kim', notes: '', items: [] });
    const rows = rowsOf(CHECKLIST);
    expect(rows.map((r) => r.spec.code)).toEqual(['C05', 'C01', 'C02']); // part after part
    expect(rows.every((r) => r.result === '')).toBe(true);
  });

  it('asks for a kind, a verdict, a date not in the future and every item', () => {
    const v = initialInspection('kim');
    expect(validateInspection(v, TODAY, RULES)).toEqual({
      kind: 'inspection.error.kind',
      date: 'form.error.date',
      result: 'inspection.error.verdict',
    });
    const f = filled();
    expect(validateInspection({ ...f, result: 'pass', date: '2026-11-26' }, TODAY, RULES)).toMatchObject({
      date: 'form.error.future',
      'items.0.result': 'inspection.error.itemResult',
    });
  });

  it('refuses a pass with a defect, a reading beyond its limit that passes, and an undescribed defect', () => {
    const v = { ...filled(), result: 'pass' as const, items: passRemaining(filled().items) };
    v.items[1] = { ...v.items[1]!, measured: '12' }; // C01, beyond ±10 mm: stays to be decided
    v.items[2] = { ...v.items[2]!, result: 'defect' };
    expect(validateInspection(v, TODAY, RULES)).toEqual({
      'items.1.result': 'inspection.error.beyondLimit',
      'items.2.result': 'inspection.error.verdictItem',
      'items.2.note': 'inspection.error.note',
    });
    v.items[2] = { ...v.items[2]!, note: 'sticks' };
    expect(validateInspection({ ...v, result: 'conditional' }, TODAY, RULES)).toEqual({
      'items.1.result': 'inspection.error.beyondLimit',
    });
  });

  it('passes only the items left without a result, and never one beyond its limit', () => {
    const rows = rowsOf(CHECKLIST);
    rows[0] = { ...rows[0]!, result: 'defect' };
    rows[1] = { ...rows[1]!, measured: '-11' };
    expect(passRemaining(rows).map((r) => r.result)).toEqual(['defect', '', 'pass']);
  });

  it('reads decimal commas and flags values beyond the profile limits', () => {
    expect(parseMeasured('12,5')).toBe(12.5);
    expect(parseMeasured(' ')).toBeNull();
    expect(parseMeasured('x')).toBeUndefined();
    const [, c01, c02] = rowsOf(CHECKLIST);
    expect(exceedsLimit({ ...c01!, measured: '-11' })).toBe(true); // |x| <= 10 mm
    expect(exceedsLimit({ ...c01!, measured: '9.9' })).toBe(false);
    expect(exceedsLimit({ ...c02!, measured: '151' })).toBe(true); // <= 150 N
  });

  it('sends the codes, results, numbers and notes; the profile names the items', () => {
    const v = { ...filled(), inspector: ' kim ', result: 'conditional' as const, items: passRemaining(filled().items) };
    v.items[1] = { ...v.items[1]!, measured: '12', result: 'defect', note: ' 12 mm low ' };
    expect(inspectionBody(v)).toEqual({
      kind: 'periodic',
      date: TODAY,
      result: 'conditional',
      inspector: 'kim',
      notes: '',
      items: [
        { code: 'C05', result: 'pass' },
        { code: 'C01', result: 'defect', measured: 12, note: '12 mm low' },
        { code: 'C02', result: 'pass' },
      ],
    });
  });
});
