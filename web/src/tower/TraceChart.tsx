// One quantity of a trace (position, speed, acceleration or jerk) against
// time, drawn by uPlot: the limit as a dashed line when the test has one,
// and the events as numbered vertical marks (listed, with their numbers,
// under the charts). The charts of one test share a cursor.
import { useMemo } from 'react';
import type uPlot from 'uplot';

import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { UPlotChart } from '../workbench/UPlotChart';
import { colour } from '../workbench/palette';
import { unitText } from './format';
import { timeSpan, traceColumns, type Marker, type Quantity } from './traceData';
import type { TowerTrace } from './types';

const LIMIT_COLOUR = '#b3261e';
const EVENT_COLOUR = '#5a6472';

const AXIS: Record<Quantity, MessageKey> = {
  position: 'tower.chart.positionAxis',
  speed: 'tower.chart.speedAxis',
  acceleration: 'tower.chart.accelerationAxis',
  jerk: 'tower.chart.jerkAxis',
};

const TITLE: Record<Quantity, MessageKey> = {
  position: 'tower.chart.positionTitle',
  speed: 'tower.chart.speedTitle',
  acceleration: 'tower.chart.accelerationTitle',
  jerk: 'tower.chart.jerkTitle',
};

const SERIES_COLOUR: Record<Quantity, number> = { position: 0, speed: 2, acceleration: 4, jerk: 3 };

// Draws each marker as a dashed vertical line with its number at the top.
export function eventsPlugin(markers: Marker[]): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u: uPlot) => {
          const { ctx, bbox } = u;
          const [min, max] = [u.scales.x?.min ?? 0, u.scales.x?.max ?? 0];
          const ratio = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
          ctx.save();
          ctx.strokeStyle = EVENT_COLOUR;
          ctx.fillStyle = EVENT_COLOUR;
          ctx.lineWidth = ratio;
          ctx.setLineDash([4 * ratio, 3 * ratio]);
          ctx.font = `600 ${11 * ratio}px system-ui, sans-serif`;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'top';
          for (const m of markers) {
            if (m.time_s < min || m.time_s > max) continue;
            const x = Math.round(u.valToPos(m.time_s, 'x', true));
            ctx.beginPath();
            ctx.moveTo(x, bbox.top + 14 * ratio);
            ctx.lineTo(x, bbox.top + bbox.height);
            ctx.stroke();
            ctx.fillText(String(m.n), x, bbox.top + 1 * ratio);
          }
          ctx.restore();
        },
      ],
    },
  };
}

interface Props {
  trace: TowerTrace;
  quantity: Quantity;
  markers: Marker[];
  syncKey: string;
  testId?: string;
  height?: number;
}

export function TraceChart({ trace, quantity, markers, syncKey, testId, height = 220 }: Props) {
  const { t, formatNumber } = useI18n();
  const columns = useMemo(() => traceColumns(trace, quantity), [trace, quantity]);
  const data = useMemo<uPlot.AlignedData>(
    () =>
      columns.limit === null
        ? [columns.x, columns.values]
        : [columns.x, columns.values, columns.x.map(() => columns.limit)],
    [columns],
  );
  const limitValue = columns.limit === null ? '' : `${formatNumber(columns.limit, 2)} ${unitText('m/s2')}`;
  const limitLabel = columns.limit === null ? '' : t('tower.chart.limit', { value: limitValue });
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(() => {
    const series: uPlot.Series[] = [
      { label: t('tower.chart.timeAxis') },
      { label: t(AXIS[quantity]), stroke: colour(SERIES_COLOUR[quantity]), width: 2, points: { show: false } },
    ];
    if (columns.limit !== null) {
      series.push({ label: limitLabel, stroke: LIMIT_COLOUR, width: 1.5, dash: [8, 5], points: { show: false } });
    }
    return {
      scales: { x: { time: false } },
      cursor: { sync: { key: syncKey } },
      legend: { live: true },
      axes: [{ label: t('tower.chart.timeAxis') }, { label: t(AXIS[quantity]), size: 64 }],
      series,
      plugins: [eventsPlugin(markers)],
    };
  }, [t, quantity, columns.limit, limitLabel, markers, syncKey]);

  const span = timeSpan(trace);
  const description = [
    t('tower.chart.description', {
      quantity: t(AXIS[quantity]),
      from: formatNumber(span.from, 2),
      to: formatNumber(span.to, 2),
    }),
    columns.limit !== null ? t('tower.chart.limitDescribed', { value: limitValue }) : '',
    markers.length ? t('tower.chart.eventsMarked', { count: markers.length }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <UPlotChart
      testId={testId}
      title={t(TITLE[quantity])}
      description={description}
      options={options}
      data={data}
      height={height}
    />
  );
}
