import { describe, expect, it } from 'vitest';

import { ApiError } from '../api/client';
import {
  descriptionName,
  hasErrors,
  locateProblem,
  MAX_LIFT_BYTES,
  reportFileName,
  requestOf,
  sameRequest,
  validateInputs,
  type TowerInputs,
} from './request';

const KEYS = new Set(['lift.rated_load_kg', 'lift.brake.torque_per_set_nm']);
const inputs = (patch: Partial<TowerInputs> = {}): TowerInputs => ({
  text: 'name: x\nlift: {}\n',
  faults: [],
  changes: [],
  ...patch,
});

describe('the tower form', () => {
  it('needs a description, and no more than the server takes', () => {
    expect(validateInputs(inputs({ text: '  \n' }), KEYS).text).toBe('tower.error.textEmpty');
    expect(validateInputs(inputs({ text: 'x'.repeat(MAX_LIFT_BYTES + 1) }), KEYS).text).toBe(
      'tower.error.textTooLarge',
    );
    // Counted in bytes: 40,000 Hangul syllables are 120,000 bytes.
    expect(validateInputs(inputs({ text: '승'.repeat(40_000) }), KEYS).text).toBe('tower.error.textTooLarge');
    expect(hasErrors(validateInputs(inputs(), KEYS))).toBe(false);
  });

  it('checks each change: a key of the catalogue, once, and a value of one line', () => {
    const errors = validateInputs(
      inputs({
        changes: [
          { id: 1, key: '', value: '1' },
          { id: 2, key: 'lift.rated_load_kg', value: ' ' },
          { id: 3, key: 'lift.rated_load_kg', value: '800' },
          { id: 4, key: 'lift.colour', value: 'red' },
          { id: 5, key: 'lift.brake.torque_per_set_nm', value: '4\n00' },
          { id: 6, key: 'lift.brake.torque_per_set_nm', value: ' 400 ' },
        ],
      }),
      KEYS,
    );
    expect(errors.changes).toEqual([
      { key: 'tower.error.keyMissing' },
      { value: 'tower.error.valueMissing' },
      { key: 'tower.error.keyTwice' },
      { key: 'tower.error.keyUnknown' },
      { value: 'tower.error.valueLine' },
      { key: 'tower.error.keyTwice' },
    ]);
    expect(hasErrors(errors)).toBe(true);
  });

  it('sends only what was chosen, values trimmed', () => {
    expect(requestOf(inputs())).toEqual({ lift: 'name: x\nlift: {}\n' });
    expect(
      requestOf(
        inputs({
          faults: ['worn_brake_lining', 'worn_grooves'],
          changes: [{ id: 1, key: 'lift.rated_load_kg', value: ' 800 ' }],
        }),
      ),
    ).toEqual({
      lift: 'name: x\nlift: {}\n',
      set: ['lift.rated_load_kg=800'],
      faults: ['worn_brake_lining', 'worn_grooves'],
    });
  });

  it('knows when results are of other inputs', () => {
    const a = requestOf(inputs({ faults: ['worn_grooves'] }));
    expect(sameRequest(a, requestOf(inputs({ faults: ['worn_grooves'] })))).toBe(true);
    expect(sameRequest(a, requestOf(inputs()))).toBe(false);
    expect(sameRequest(a, requestOf(inputs({ faults: ['worn_grooves'], text: 'name: y\n' })))).toBe(false);
    expect(
      sameRequest(
        a,
        requestOf(inputs({ faults: ['worn_grooves'], changes: [{ id: 1, key: 'lift.rated_load_kg', value: '1' }] })),
      ),
    ).toBe(false);
    // A list of one "a,b" is not the list "a", "b".
    expect(sameRequest({ lift: 'x', set: ['a,b'] }, { lift: 'x', set: ['a', 'b'] })).toBe(false);
    expect(sameRequest(null, a)).toBe(false);
  });
});

describe('where the server refusal belongs', () => {
  const request = { lift: 'x', set: ['lift.rated_load_kg=abc'], faults: ['worn_brake_lining', 'worn_grooves'] };
  const refusal = (field: string, message: string) => new ApiError(400, 'invalid_input', message, field);

  it('puts a loader message at its line and column, without the field in front', () => {
    expect(
      locateProblem(
        refusal('lift', "lift: lift.yaml:10:3: lift.rated_sped_mps: unknown key (did you mean 'rated_speed_mps'?)"),
        request,
      ),
    ).toEqual({
      where: 'lift',
      line: 10,
      column: 3,
      message: "lift.yaml:10:3: lift.rated_sped_mps: unknown key (did you mean 'rated_speed_mps'?)",
    });
    expect(locateProblem(refusal('lift', 'lift: is required'), request)).toEqual({
      where: 'lift',
      line: null,
      column: null,
      message: 'is required',
    });
  });

  it('puts a change or a fault message at that change or fault', () => {
    expect(locateProblem(refusal('set[0]', "set[0]: --set lift.rated_load_kg=abc: expected a number"), request)).toEqual({
      where: 'change',
      index: 0,
      message: '--set lift.rated_load_kg=abc: expected a number',
    });
    expect(locateProblem(refusal('faults[1]', 'faults[1]: --fault worn_grooves: x'), request)).toEqual({
      where: 'fault',
      name: 'worn_grooves',
      message: '--fault worn_grooves: x',
    });
  });

  it('leaves anything else to the page', () => {
    for (const error of [
      refusal('tests', 'tests: unknown test'),
      refusal('set[3]', 'out of range'),
      new ApiError(413, 'too_large', 'too large'),
      new ApiError(0, 'network', 'offline'),
      new Error('boom'),
    ]) {
      expect(locateProblem(error, request)).toEqual({ where: 'other', error });
    }
  });
});

describe('names', () => {
  it('reads the name of a description', () => {
    expect(descriptionName('# c\nname: MRL 630 kg 1.0 m/s, 1:1   # the lift\nlift:\n')).toBe('MRL 630 kg 1.0 m/s, 1:1');
    expect(descriptionName("name: 'Quoted: lift'\n")).toBe('Quoted: lift');
    expect(descriptionName('lift:\n  name: not this\n')).toBeNull();
  });

  it('makes a file name of the report', () => {
    expect(reportFileName('MRL 630 kg 1.0 m/s, 1:1')).toBe('tower-report-mrl-630-kg-1-0-m-s-1-1.html');
    expect(reportFileName('엘리베이터')).toBe('tower-report.html');
  });
});
