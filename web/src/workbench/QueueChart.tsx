// Persons waiting at the landings and passengers delivered per minute, over
// the simulated time as clock time (first run).
import { useMemo } from 'react';
import type uPlot from 'uplot';

import { useI18n } from '../i18n/i18n';
import { clock, queueColumns } from './chartData';
import { colour } from './palette';
import type { Timeline } from './types';
import { UPlotChart } from './UPlotChart';

export function QueueChart({ timeline }: { timeline: Timeline }) {
  const { t } = useI18n();
  const columns = useMemo(() => queueColumns(timeline), [timeline]);
  const data = useMemo<uPlot.AlignedData>(() => [columns.x, ...columns.series], [columns]);
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      scales: { x: { time: false }, waiting: { auto: true }, delivered: { auto: true } },
      axes: [
        { label: t('charts.timeAxis'), values: (_u: uPlot, splits: number[]) => splits.map(clock) },
        { label: t('charts.waitingAxis'), scale: 'waiting', stroke: colour(1) },
        { label: t('charts.deliveredAxis'), scale: 'delivered', side: 1, grid: { show: false }, stroke: colour(2) },
      ],
      series: [
        { label: t('charts.timeAxis'), value: (_u: uPlot, v: number | null) => (v === null ? '–' : clock(v)) },
        { label: t('charts.waitingSeries'), scale: 'waiting', stroke: colour(1), width: 2 },
        { label: t('charts.deliveredSeries'), scale: 'delivered', stroke: colour(2), width: 2 },
      ],
    }),
    [t],
  );
  return (
    <UPlotChart
      testId="chart-queue"
      title={t('charts.queueTitle')}
      description={t('charts.queueDescription')}
      options={options}
      data={data}
    />
  );
}
