import { describe, expect, it } from 'vitest';

import { collapseTimeline } from './collapseTimeline';

describe('collapseTimeline', () => {
  it('counts runs of the same entry within a minute and keeps the rest', () => {
    const rows = collapseTimeline([
      { at: '2026-11-25T22:10:44Z', type: 'change', summary: 'lift updated by demo', data: {} },
      { at: '2026-11-25T22:10:45Z', type: 'change', summary: 'lift updated by demo', data: {} },
      { at: '2026-11-25T22:10:45Z', type: 'change', summary: 'lift created by demo', data: {} },
      { at: '2026-10-01', type: 'inspection', summary: 'periodic inspection: pass', data: {} },
      { at: '2026-09-01', type: 'inspection', summary: 'periodic inspection: pass', data: {} },
    ]);
    expect(rows.map((r) => [r.summary, r.count])).toEqual([
      ['lift updated by demo', 2],
      ['lift created by demo', 1],
      ['periodic inspection: pass', 1],
      ['periodic inspection: pass', 1],
    ]);
  });
});
