// One lift's health: last report, status, counters, availability, signals,
// charts and its event log.
import { useEffect } from 'react';
import { Link } from 'wouter';

import type { Page } from '../api/types';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/i18n';
import { EventLog } from './EventLog';
import { HealthCharts } from './HealthCharts';
import { SignalsTable } from './SignalsTable';
import { formatTime } from './time';
import type { LiftHealth, TelemetryEvent } from './types';

const CHART_TRIPS = 200;

interface Props {
  registrationNo: string;
  generation: number; // bumped by the page to refresh
  onClose: () => void;
}

export function LiftPanel({ registrationNo, generation, onClose }: Props) {
  const { t, language, formatNumber } = useI18n();
  const health = useApiData<LiftHealth>(`/lifts/${registrationNo}/health`);
  const trips = useApiData<Page<TelemetryEvent>>(`/lifts/${registrationNo}/events?kind=trip&per_page=${CHART_TRIPS}`);
  const { reload: reloadHealth } = health;
  const { reload: reloadTrips } = trips;
  useEffect(() => {
    if (generation === 0) return;
    reloadHealth();
    reloadTrips();
  }, [generation, reloadHealth, reloadTrips]);
  const h = health.data;
  return (
    <section className="lift-panel" aria-labelledby="lift-panel-title">
      <div className="lift-panel-head">
        <h2 id="lift-panel-title">
          <Link href={`/lifts/${registrationNo}`}>{t('monitoring.lift', { lift: registrationNo })}</Link>
        </h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('monitoring.closeLift')}
        </button>
      </div>
      <ErrorNotice error={health.error} />
      {health.loading && !h && <Loading />}
      {h && !h.connected && <p>{t('monitoring.notConnected')}</p>}
      {h && (
        <>
          <dl className="health-figures">
            {h.last_seen_at && (
              <>
                <dt>{t('monitoring.lastSeen')}</dt>
                <dd>{formatTime(h.last_seen_at, language)}</dd>
              </>
            )}
            <dt>{t('monitoring.availability', { days: h.availability.window_days })}</dt>
            <dd data-testid="availability">
              {t('monitoring.availabilityValue', {
                percent: formatNumber(h.availability.fraction * 100, 2),
                hours: formatNumber(h.availability.downtime_s / 3600, 1),
              })}
            </dd>
            {h.status && (
              <>
                <dt>{t('monitoring.status')}</dt>
                <dd>
                  {t('monitoring.statusValue', {
                    mode: h.status.mode,
                    floor: h.status.floor,
                    moving: h.status.moving ? t('monitoring.moving') : t('monitoring.stopped'),
                    doors: h.status.doors,
                    load: formatNumber(h.status.load_kg, 0),
                  })}
                </dd>
              </>
            )}
            {h.counters && (
              <>
                <dt>{t('monitoring.counters')}</dt>
                <dd>
                  {t('monitoring.countersValue', {
                    trips: formatNumber(h.counters.trips, 0),
                    cycles: formatNumber(h.counters.door_cycles, 0),
                    hours: formatNumber(h.counters.running_hours, 0),
                  })}
                </dd>
              </>
            )}
          </dl>
          <h3>{t('monitoring.signals')}</h3>
          <SignalsTable signals={h.signals} />
          <HealthCharts health={h} trips={trips.data?.items ?? []} />
          <EventLog registrationNo={registrationNo} generation={generation} />
        </>
      )}
    </section>
  );
}
