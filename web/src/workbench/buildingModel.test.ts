import { describe, expect, it } from 'vitest';

import { editModel, readModel } from './buildingModel';
import { EXAMPLE_BUILDING } from './exampleBuilding';

describe('the building form model', () => {
  it('reads floors and groups of the example', () => {
    const read = readModel(EXAMPLE_BUILDING);
    if (!('model' in read)) throw new Error(read.error);
    const { model } = read;
    expect(model.floors?.length).toBe(18);
    expect(model.floors?.[1]).toEqual({ name: 'G', height_m: 4.5, population: 0, entrance: true });
    expect(model.groups).toHaveLength(1);
    expect(model.groups[0]).toMatchObject({ name: 'A', cars: 8, rated_speed_mps: 2.5, dispatcher: 'collective' });
    expect(model.groups[0]?.call_model).toBe('conventional');
    expect(model.groups[0]?.deck).toBe('single');
  });

  it('edits a value and keeps the comments and the other lines', () => {
    const edited = editModel(EXAMPLE_BUILDING, ['groups', 0, 'cars'], 6);
    expect(edited).toContain('cars: 6');
    expect(edited).not.toContain('cars: 8');
    // The example's comments survive.
    for (const line of EXAMPLE_BUILDING.split('\n').filter((l) => l.trim().startsWith('#'))) {
      expect(edited).toContain(line.trim());
    }
    const read = readModel(edited);
    expect('model' in read && read.model.groups[0]?.cars).toBe(6);
  });

  it('adds a key that is missing and removes one', () => {
    const withModel = editModel(EXAMPLE_BUILDING, ['groups', 0, 'call_model'], 'destination');
    const read = readModel(withModel);
    expect('model' in read && read.model.groups[0]?.call_model).toBe('destination');
    const without = editModel(withModel, ['groups', 0, 'call_model'], undefined);
    expect(without).not.toContain('call_model');
  });

  it('reads the uniform shorthand, and waits for a text that is not YAML', () => {
    const uniform = 'uniform: {above_lobby: 12, height_m: 3.8, population_per_floor: 80}\ngroups: []\n';
    const read = readModel(uniform);
    expect('model' in read && read.model.floors).toBeNull();
    expect('model' in read && read.model.uniform).toEqual({ above_lobby: 12, height_m: 3.8, population_per_floor: 80 });
    expect('error' in readModel('groups: [')).toBe(true);
    expect(editModel('groups: [', ['groups', 0, 'cars'], 3)).toBe('groups: [');
  });
});
