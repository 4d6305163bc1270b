import { describe, expect, it } from 'vitest';

import { PROFILE } from '../test/profile';
import { exceedsLimit, initialInspection, inspectionBody, parseMeasured, validateInspection } from './inspection';

const TODAY = '2026-11-25';

describe('the inspection form model', () => {
  it('starts with the profile checklist, today and the signed-in inspector', () => {
    const v = initialInspection(PROFILE, TODAY, 'kim');
    expect(v).toMatchObject({ kind: 'periodic', date: TODAY, result: '', inspector: 'kim' });
    expect(v.items.map((r) => r.spec.code)).toEqual(['C01', 'C02', 'C05']);
    expect(v.items.every((r) => r.result === 'pass')).toBe(true);
  });

  it('asks for a verdict and a date that is not in the future', () => {
    const v = initialInspection(PROFILE, TODAY, 'kim');
    expect(validateInspection(v, TODAY)).toEqual({ result: 'inspection.error.verdict' });
    expect(validateInspection({ ...v, result: 'pass', date: '2026-11-26' }, TODAY)).toEqual({ date: 'form.error.future' });
    expect(validateInspection({ ...v, result: 'pass', date: '2026-02-30' }, TODAY)).toEqual({ date: 'form.error.date' });
  });

  it('rejects measured values that are not numbers, and a pass with a failed item', () => {
    const v = initialInspection(PROFILE, TODAY, 'kim');
    v.result = 'pass';
    v.items[0]!.measured = 'ten';
    v.items[1]!.result = 'fail';
    expect(validateInspection(v, TODAY)).toEqual({
      'items.0.measured': 'form.error.number',
      result: 'inspection.error.passWithFailedItem',
    });
  });

  it('reads decimal commas and flags values beyond the profile limits', () => {
    expect(parseMeasured('12,5')).toBe(12.5);
    expect(parseMeasured(' ')).toBeNull();
    expect(parseMeasured('x')).toBeUndefined();
    const [c01, c02] = initialInspection(PROFILE, TODAY, '').items;
    expect(exceedsLimit({ ...c01!, measured: '-11' })).toBe(true); // |x| <= 10 mm
    expect(exceedsLimit({ ...c01!, measured: '9.9' })).toBe(false);
    expect(exceedsLimit({ ...c02!, measured: '151' })).toBe(true); // <= 150 N
  });

  it('sends measured values as numbers and leaves out empty ones', () => {
    const v = initialInspection(PROFILE, TODAY, ' kim ');
    v.result = 'conditional';
    v.items[0]!.measured = '12';
    v.items[0]!.result = 'defect';
    expect(inspectionBody(v)).toEqual({
      kind: 'periodic',
      date: TODAY,
      result: 'conditional',
      inspector: 'kim',
      notes: '',
      items: [
        { code: 'C01', name: 'Stopping accuracy', result: 'defect', unit: 'mm', measured: 12 },
        { code: 'C02', name: 'Door closing force', result: 'pass', unit: 'N' },
        { code: 'C05', name: 'Brake test', result: 'pass', unit: '' },
      ],
    });
  });
});
