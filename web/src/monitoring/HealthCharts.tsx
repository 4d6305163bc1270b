// A lift's charts: availability per day, and door closing time and levelling
// error of its latest trips. Each says its unit and what it shows.
import { useMemo } from 'react';
import type uPlot from 'uplot';

import { useI18n } from '../i18n/i18n';
import { colour } from '../workbench/palette';
import { UPlotChart } from '../workbench/UPlotChart';
import { availabilitySeries, tripSeries, type Series } from './chartData';
import type { LiftHealth, TelemetryEvent } from './types';

type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

// One point (or one value) gives uPlot an empty range: widen it around the point.
function padded(pad: number): uPlot.Range.Function {
  return (_u, min, max) => (min === max ? [min - pad, max + pad] : [min, max]);
}

// The time axis of a series: its own span, or ten minutes around a lone point
// (uPlot would otherwise pick years).
function timeRange(series: Series): uPlot.Scale['range'] {
  const xs = series[0];
  const first = xs[0];
  const last = xs[xs.length - 1];
  if (first === undefined || last === undefined || first !== last) return undefined;
  return [first - 300, last + 300];
}

function options(
  title: string,
  axis: string,
  index: number,
  points: boolean,
  series: Series,
  range?: [number, number],
): ChartOptions {
  const x = timeRange(series);
  return {
    scales: { x: x ? { time: true, range: x } : { time: true }, y: range ? { range } : { range: padded(1) } },
    axes: [{}, { label: axis }],
    series: [
      {},
      {
        label: title,
        stroke: colour(index),
        width: points ? 0 : 2,
        points: { show: true, size: points ? 4 : 5, fill: colour(index) },
      },
    ],
  };
}

export function HealthCharts({ health, trips }: { health: LiftHealth; trips: TelemetryEvent[] }) {
  const { t } = useI18n();
  const availability = useMemo<Series>(() => availabilitySeries(health.availability.daily), [health]);
  const door = useMemo<Series>(() => tripSeries(trips, 'door_close_s'), [trips]);
  const levelling = useMemo<Series>(() => tripSeries(trips, 'levelling_error_mm'), [trips]);
  const availabilityLabel = t('monitoring.chartAvailability');
  const doorLabel = t('monitoring.chartDoor');
  const levellingLabel = t('monitoring.chartLevelling');
  const percent = t('monitoring.axisPercent');
  const seconds = t('monitoring.axisSeconds');
  const millimetres = t('monitoring.axisMillimetres');
  const availabilityOptions = useMemo(
    () => options(availabilityLabel, percent, 2, false, availability, [0, 100]),
    [availabilityLabel, percent, availability],
  );
  const doorOptions = useMemo(() => options(doorLabel, seconds, 0, true, door), [doorLabel, seconds, door]);
  const levellingOptions = useMemo(
    () => options(levellingLabel, millimetres, 1, true, levelling),
    [levellingLabel, millimetres, levelling],
  );
  return (
    <div className="health-charts">
      <UPlotChart
        testId="chart-availability"
        title={availabilityLabel}
        description={t('monitoring.chartAvailabilityHelp')}
        options={availabilityOptions}
        data={availability}
        height={200}
      />
      {door[0].length === 0 ? (
        <p>{t('monitoring.noTrips')}</p>
      ) : (
        <>
          <UPlotChart
            testId="chart-door"
            title={doorLabel}
            description={t('monitoring.chartDoorHelp')}
            options={doorOptions}
            data={door}
            height={200}
          />
          <UPlotChart
            testId="chart-levelling"
            title={levellingLabel}
            description={t('monitoring.chartLevellingHelp')}
            options={levellingOptions}
            data={levelling}
            height={200}
          />
        </>
      )}
    </div>
  );
}
