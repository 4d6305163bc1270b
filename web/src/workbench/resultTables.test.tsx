// The tables around the results: targets met or not, the general analysis
// at the actual demand, the comparison with its intervals, and the CSV files.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderConsole } from '../test/render';
import { comparisonCsv, figuresCsv } from './exportFiles';
import type { ComparisonDocument, RttGroup, SimulationReport } from './types';

vi.mock('uplot', () => {
  class FakePlot {
    static paths = { bars: () => () => null };
    setSize() {}
    destroy() {}
  }
  return { default: FakePlot };
});
const { TargetsTable } = await import('./TargetsTable');
const { GeneralAnalysisTable } = await import('./GeneralAnalysisTable');
const { ComparisonResults } = await import('./ComparisonResults');

const figures = {
  passengers: { generated: 1000, delivered: 1000, in_system_at_end: 0, measured: 990 },
  waiting_time_s: { mean: 21.5, p50: 18, p90: 40, p95: 50, max: 90 },
  transit_time_s: { mean: 60, p50: 55, p90: 90, p95: 100, max: 140 },
  time_to_destination_s: { mean: 81.5, p50: 75, p90: 120, p95: 140, max: 200 },
  pct_waiting_over_30s: 20,
  pct_waiting_over_60s: 2,
  worst_5min_awt_s: 30,
  handling_capacity_pct_per_5min: 13.2,
  round_trip_time_s: 170,
  interval_s: 21.3,
  car_load_persons_mean: 9,
  simulated_s: 3700,
  groups: [],
};
const REPORT: SimulationReport = {
  ...figures,
  building: 'Office, "west"',
  runs: 2,
  seed: 7,
  confidence_95: { ...figures, waiting_time_s: { ...figures.waiting_time_s, mean: 1.25 } },
  targets: {
    interval_s: { target: 30, value: 21.3, met: true },
    handling_capacity_pct: { target: 15, value: 13.2, met: false },
  },
};

describe('result tables', () => {
  it('says which targets are met', () => {
    renderConsole(<TargetsTable targets={REPORT.targets!} caption="Targets" />);
    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Interval.*≤ 30.0 s.*21.3 s.*met/);
    expect(within(rows[2]!).getByText('not met')).toHaveClass('badge-not-met');
  });

  it('shows the general analysis of each period with its units', () => {
    const group = {
      group: 'A',
      general_analysis: [
        {
          period: 0,
          rate_pct_per_5min: 13,
          incoming_pct: 45,
          outgoing_pct: 45,
          interfloor_pct: 10,
          state: 'within design load',
          demand_persons_per_5min: 145.6,
          carried_persons_per_5min: 145.6,
          utilisation: 0.8,
          interval_s: 22.5,
          rtt_s: 180,
          stops: 14.2,
          car_load_pct: 55,
        },
      ],
    } as unknown as RttGroup;
    const { unmount } = renderConsole(<GeneralAnalysisTable group={group} />);
    expect(screen.getByRole('columnheader', { name: /Demand \(persons \/ 5 min\)/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /1: 13.0 %.*145.6.*within design load.*22.5.*180.0/ })).toBeInTheDocument();
    expect(screen.getByText(/general analysis, Peters 1990/)).toBeInTheDocument();
    unmount();
    // A double-deck group is analysed by the double-deck form, and says so.
    renderConsole(<GeneralAnalysisTable group={{ ...group, deck: 'double' }} />);
    expect(screen.getByText(/double-deck form: Peters, Mehta and Haddon 1996/)).toBeInTheDocument();
  });

  it('lists each compared figure with B − A and its interval', () => {
    const comparison: ComparisonDocument = {
      a: 'pinned',
      b: 'current',
      runs: 5,
      seed: 3,
      figures: {
        waiting_time_mean_s: {
          a: 20,
          b: 25.5,
          difference: 5.5,
          ratio: 1.275,
          ci95_low: 3.25,
          ci95_high: 7.75,
          significant: true,
          unit: 's',
        },
        handling_capacity_pct_per_5min: {
          a: 12,
          b: 12.1,
          difference: 0.1,
          ratio: 1.008,
          ci95_low: -0.4,
          ci95_high: 0.6,
          significant: false,
          unit: '%',
        },
      },
      reports: { a: REPORT, b: REPORT },
    };
    renderConsole(
      <ComparisonResults comparison={comparison} pinned={undefined} current={{} as never} pinnedLabel="A" currentLabel="B" />,
    );
    const table = screen.getByTestId('comparison-table');
    expect(within(table).getByRole('row', { name: /Mean waiting time ?\(s\) 20.00 25.50 \+5.50 \[\+3.25, \+7.75\] yes/ })).toHaveClass(
      'significant',
    );
    expect(within(table).getByRole('row', { name: /Handling capacity.*\[-0.40, \+0.60\] no/ })).toBeInTheDocument();
    expect(comparisonCsv(comparison, 'A (collective)', 'B (etd)')).toContain(
      'waiting_time_mean_s,s,20,25.5,5.5,3.25,7.75,true',
    );
  });

  it('exports a result as CSV with units and half-widths', () => {
    const csv = figuresCsv(REPORT);
    expect(csv.split('\n')[0]).toBe('building,"Office, ""west"""');
    expect(csv).toContain('waiting_time_s.mean,s,21.5,1.25');
    expect(csv).toContain('handling_capacity_pct,15,13.2,false');
  });
});
