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

function options(yLabel: string, index: number, points: boolean, range?: [number, number]): ChartOptions {
  return {
    scales: { x: { time: true }, y: range ? { range } : { auto: true } },
    axes: [{}, { label: yLabel }],
    series: [
      {},
      {
        label: yLabel,
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
  const availabilityOptions = useMemo(() => options(availabilityLabel, 2, false, [0, 100]), [availabilityLabel]);
  const doorOptions = useMemo(() => options(doorLabel, 0, true), [doorLabel]);
  const levellingOptions = useMemo(() => options(levellingLabel, 1, true), [levellingLabel]);
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
