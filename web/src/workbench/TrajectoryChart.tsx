// The classic lift trajectory diagram: each car's level against time over a
// window of the first run, the level axis labelled with the floors' names,
// the hover read-out naming the floor each car is at (or between).
import { useMemo } from 'react';
import type uPlot from 'uplot';

import { useI18n } from '../i18n/i18n';
import { clock, floorAt, floorTicks, trajectoryColumns } from './chartData';
import { colour, dash } from './palette';
import type { Timeline } from './types';
import { UPlotChart } from './UPlotChart';

export function TrajectoryChart({ timeline }: { timeline: Timeline }) {
  const { t } = useI18n();
  const columns = useMemo(() => trajectoryColumns(timeline), [timeline]);
  const ticks = useMemo(() => floorTicks(timeline), [timeline]);
  const data = useMemo<uPlot.AlignedData>(() => [columns.x, ...columns.series], [columns]);
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(() => {
    // A margin of a metre or two keeps the lowest and highest floor names clear of the frame.
    const top = ticks.levels.length ? Math.max(...ticks.levels) : 1;
    const bottom = ticks.levels.length ? Math.min(...ticks.levels) : 0;
    return {
      scales: {
        x: { time: false, range: [timeline.trajectory_from_s, timeline.trajectory_to_s] },
        y: { range: [bottom - 1.5, top + 1.5] },
      },
      axes: [
        { label: t('charts.timeAxis'), values: (_u: uPlot, splits: number[]) => splits.map(clock) },
        {
          label: t('charts.floorAxis'),
          splits: () => ticks.levels,
          values: () => ticks.names,
          size: 56,
        },
      ],
      series: [
        { label: t('charts.timeAxis'), value: (_u: uPlot, v: number | null) => (v === null ? '–' : clock(v)) },
        ...columns.labels.map((label, i) => ({
          label,
          stroke: colour(i),
          dash: dash(i),
          width: 1.5,
          spanGaps: true,
          points: { show: false },
          // Hovering shows the floor's name (or the two it is between), not metres.
          value: (_u: uPlot, v: number | null) => (v === null ? '–' : floorAt(timeline, v)),
        })),
      ],
    };
  }, [t, ticks, columns.labels, timeline]);
  return (
    <UPlotChart
      testId="chart-trajectory"
      title={t('charts.trajectoryTitle')}
      description={t('charts.trajectoryDescription', {
        cars: columns.labels.length,
        from: clock(timeline.trajectory_from_s),
        to: clock(timeline.trajectory_to_s),
      })}
      options={options}
      data={data}
      height={360}
    />
  );
}
