import { describe, expect, it } from 'vitest';

import { errorLine, lineRange } from './editorLines';

describe('the line an error names', () => {
  it('reads the line of building.yaml (or another source) from the message', () => {
    expect(errorLine("building.yaml:31:7: groups[0].car.rated_sped_mps: unknown key")).toBe(31);
    expect(errorLine('baseline.yaml:2:1: floors: needs 2', 'baseline.yaml')).toBe(2);
    expect(errorLine('baseline.yaml:2:1: floors: needs 2')).toBeUndefined();
    expect(errorLine('runs: must be an integer from 1 to 20')).toBeUndefined();
    expect(errorLine(undefined)).toBeUndefined();
  });

  it('finds a line in the text to select it', () => {
    const text = 'a: 1\nbb: 2\nccc: 3';
    expect(lineRange(text, 1)).toEqual([0, 4]);
    expect(lineRange(text, 2)).toEqual([5, 10]);
    expect(lineRange(text, 3)).toEqual([11, 17]);
    expect(lineRange(text, 9)).toEqual([11, 17]);
  });
});
