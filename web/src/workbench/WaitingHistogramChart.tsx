// The distribution of waiting times (measured passengers of the first run).
import { useMemo } from 'react';
import uPlot from 'uplot';

import { useI18n } from '../i18n/i18n';
import { histogramColumns } from './chartData';
import { colour } from './palette';
import type { Timeline } from './types';
import { UPlotChart } from './UPlotChart';

export function WaitingHistogramChart({ timeline }: { timeline: Timeline }) {
  const { t } = useI18n();
  const columns = useMemo(() => histogramColumns(timeline), [timeline]);
  const data = useMemo<uPlot.AlignedData>(() => [columns.x, ...columns.series], [columns]);
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(() => {
    const bars = uPlot.paths.bars?.({ size: [0.9, 100], align: 1 });
    return {
      legend: { show: false },
      scales: { x: { time: false } },
      axes: [
        { label: t('charts.waitingTimeAxis') },
        { label: t('charts.passengersAxis') },
      ],
      series: [
        { label: t('charts.waitingTimeAxis') },
        {
          label: t('charts.passengersAxis'),
          stroke: colour(0),
          fill: `${colour(0)}99`,
          ...(bars ? { paths: bars } : {}),
          points: { show: false },
        },
      ],
    };
  }, [t]);
  return (
    <UPlotChart
      testId="chart-waiting-histogram"
      title={t('charts.histogramTitle')}
      description={t('charts.histogramDescription', { bin: timeline.histogram_bin_s })}
      options={options}
      data={data}
    />
  );
}
