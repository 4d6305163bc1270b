// Connected lifts at a glance (docs/monitoring.md): entrapments across the
// top, the alarms (entrapments first, then by severity), the fleet coloured
// by state, and the chosen lift's health. Alarm events on the live stream
// refresh it at once; without the stream it refreshes every 15 s.
import './monitoring.css';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';

import { useLiveEvents } from '../api/liveEvents';
import type { Page } from '../api/types';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/i18n';
import { AlarmsPanel, type AlarmFilters } from './AlarmsPanel';
import { EntrapmentBanner } from './EntrapmentBanner';
import { FleetGrid } from './FleetGrid';
import { SEVERITY_LABEL } from './labels';
import { LiftPanel } from './LiftPanel';
import type { Alarm, FleetView, Severity } from './types';

const POLL_MS = 15_000;
const ALARMS_PER_PAGE = 25;
const FLEET_PER_PAGE = 500;

export function alarmsPath(filters: AlarmFilters): string {
  const query = new URLSearchParams({ per_page: String(ALARMS_PER_PAGE), page: String(filters.page) });
  if (filters.state === '') query.set('state', 'active');
  else if (filters.state !== 'all') query.set('state', filters.state);
  if (filters.severity) query.set('severity', filters.severity);
  return `/alarms?${query.toString()}`;
}

function filtersFrom(params: URLSearchParams): AlarmFilters {
  return {
    state: params.get('state') ?? '',
    severity: params.get('severity') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

export function MonitoringPage() {
  const { t, formatNumber } = useI18n();
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const selected = params.get('lift');
  const filters = filtersFrom(params);

  const [showSilent, setShowSilent] = useState(false);
  const fleet = useApiData<FleetView>(
    `/monitoring/fleet?per_page=${FLEET_PER_PAGE}${showSilent ? '' : '&connected=true'}`,
  );
  const trapped = useApiData<Page<Alarm>>('/alarms?cause=entrapment&state=active&per_page=20');
  const alarms = useApiData<Page<Alarm>>(alarmsPath(filters));
  const [generation, setGeneration] = useState(0);
  const [nowMs, setNowMs] = useState(() => Date.now());

  const { reload: reloadFleet } = fleet;
  const { reload: reloadTrapped } = trapped;
  const { reload: reloadAlarms } = alarms;
  const refresh = useCallback(() => {
    reloadFleet();
    reloadTrapped();
    reloadAlarms();
    setGeneration((g) => g + 1);
    setNowMs(Date.now());
  }, [reloadFleet, reloadTrapped, reloadAlarms]);

  // Bursts of alarm events (a whole building losing power) make one refresh.
  const pending = useRef<number | undefined>(undefined);
  const live = useLiveEvents((event) => {
    if (!event.type.startsWith('alarm.') || pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      refresh();
    }, 300);
  });
  useEffect(() => {
    const timer = window.setInterval(refresh, POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);
  useEffect(() => () => window.clearTimeout(pending.current), []);

  const setParams = (next: { lift?: string | null; filters?: AlarmFilters }) => {
    const query = new URLSearchParams();
    const lift = next.lift === undefined ? selected : next.lift;
    const f = next.filters ?? filters;
    if (lift) query.set('lift', lift);
    if (f.state) query.set('state', f.state);
    if (f.severity) query.set('severity', f.severity);
    if (f.page > 1) query.set('page', String(f.page));
    const text = query.toString();
    navigate(text ? `/monitoring?${text}` : '/monitoring');
  };

  const view = fleet.data;
  // All lifts in the caller's reach (those that never reported included).
  const all = useApiData<FleetView>('/monitoring/fleet?per_page=1');
  const fleetTotal = all.data?.total ?? 0;
  return (
    <section aria-labelledby="monitoring-title" className="monitoring">
      <div className="monitoring-head">
        <h1 id="monitoring-title">{t('monitoring.title')}</h1>
        <span className={live ? 'live-dot live-on' : 'live-dot'}>
          {live ? t('monitoring.live') : t('monitoring.notLive')}
        </span>
      </div>
      <EntrapmentBanner alarms={trapped.data?.items ?? []} />
      <ErrorNotice error={fleet.error} />
      {view && (
        <dl className="monitoring-summary" aria-label={t('monitoring.summary')}>
          <div>
            <dt>{t('monitoring.summary')}</dt>
            <dd>{t('monitoring.connected', { count: view.connected })}</dd>
          </div>
          <div>
            <dt>{t('monitoring.openAlarms')}</dt>
            <dd>
              {(['critical', 'major', 'minor'] as Severity[]).map((s) => (
                <span key={s} className={`badge badge-severity-${s} summary-count`}>
                  {t(SEVERITY_LABEL[s])}: {view.open_alarms[s] ?? 0}
                </span>
              ))}
            </dd>
          </div>
          <div>
            <dt>{t('monitoring.availability', { days: view.availability.window_days })}</dt>
            <dd>
              {view.connected === 0
                ? t('monitoring.fleetAvailabilityNone')
                : t('monitoring.fleetAvailability', { percent: formatNumber(view.availability.fraction * 100, 2) })}
            </dd>
          </div>
        </dl>
      )}
      <ErrorNotice error={alarms.error} />
      {alarms.loading && !alarms.data && <Loading />}
      <AlarmsPanel
        alarms={alarms.data}
        filters={filters}
        onFilters={(f) => setParams({ filters: f })}
        onChanged={refresh}
      />
      <div className={selected ? 'monitoring-columns' : undefined}>
        {view && (
          <div>
            <FleetGrid
              lifts={view.items}
              nowMs={nowMs}
              selected={selected}
              onSelect={(lift) => setParams({ lift })}
            />
            <label className="show-silent">
              <input type="checkbox" checked={showSilent} onChange={(e) => setShowSilent(e.target.checked)} />{' '}
              {t('monitoring.showSilent', { count: Math.max(0, fleetTotal - view.connected) })}
            </label>
          </div>
        )}
        {selected && (
          <LiftPanel registrationNo={selected} generation={generation} onClose={() => setParams({ lift: null })} />
        )}
      </div>
    </section>
  );
}
