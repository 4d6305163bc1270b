// The fleet: the summary by region, then the filtered, paginated list. The
// filters live in the address; live events about lifts refresh the page.
import { useCallback, useRef } from 'react';
import { Link, useLocation, useSearch } from 'wouter';

import { useToday } from '../api/info';
import { useLiveEvents } from '../api/liveEvents';
import type { Lift, Me, Page, PublicLift, RegionSummary } from '../api/types';
import { useApiData } from '../api/useApiData';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { Pagination } from '../components/Pagination';
import { useI18n } from '../i18n/i18n';
import { ApplicationsQueue } from './ApplicationsQueue';
import { EMPTY_FILTERS, filtersFromSearch, filtersToParams, liftsApiPath, type FleetFilters } from './filters';
import { FleetFiltersForm } from './FleetFiltersForm';
import { LiftTable } from './LiftTable';
import { RegionSummaryTable } from './RegionSummaryTable';

const REFRESH_EVENTS = new Set(['lift.created', 'lift.updated', 'inspection.created', 'import.completed']);

export function FleetPage() {
  const { t } = useI18n();
  const today = useToday();
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = filtersFromSearch(search);
  const { user } = useSession();
  // What the user may do, as the server's policy says (GET /me).
  const me = useApiData<Me>(user ? '/me' : null);
  // The list starts with the lifts the user maintains (a technician's
  // company), as the server's policy says; it waits for that answer.
  const myCompany = me.data?.maintenance_company_id ?? null;
  const meSettled = !user || me.data !== null || me.error !== null;
  const lifts = useApiData<Page<Lift | PublicLift>>(meSettled ? liftsApiPath(filters, myCompany) : null);
  const summary = useApiData<{ regions: RegionSummary[] }>('/summary/regions');
  const may = (permission: Me['permissions'][number]) => me.data?.permissions.includes(permission) ?? false;
  // An owner applies for an inspection of a lift from their list.
  const applyAction = may('apply_for_inspection')
    ? (lift: Lift | PublicLift) => (
        <Link
          href={`/lifts/${encodeURIComponent(lift.registration_no)}?apply`}
          aria-label={t('fleet.applyFor', { no: lift.registration_no })}
        >
          {t('fleet.applyShort')}
        </Link>
      )
    : undefined;

  const setFilters = useCallback(
    (next: FleetFilters) => {
      const query = filtersToParams(next).toString();
      navigate(query ? `/fleet?${query}` : '/fleet');
    },
    [navigate],
  );

  // Coalesce bursts of events (an import) into one refresh.
  const pending = useRef<number | undefined>(undefined);
  useLiveEvents((event) => {
    if (!REFRESH_EVENTS.has(event.type) || pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      lifts.reload();
      summary.reload();
    }, 500);
  });

  const regions = summary.data?.regions ?? [];
  return (
    <section aria-labelledby="fleet-title">
      <h1 id="fleet-title">{t('fleet.title')}</h1>
      <ErrorNotice error={summary.error} />
      {summary.data && (
        <RegionSummaryTable
          regions={regions}
          onRegion={(region) => setFilters({ ...EMPTY_FILTERS, region })}
          onOverdue={(region) => setFilters({ ...EMPTY_FILTERS, region, overdue: true })}
        />
      )}
      {may('record_inspection') && <ApplicationsQueue />}
      <h2>{t('fleet.listTitle')}</h2>
      <FleetFiltersForm filters={filters} regions={regions.map((r) => r.region)} onChange={setFilters} />
      {myCompany !== null && (
        <fieldset className="scope-choice">
          <legend>{t('fleet.scope')}</legend>
          {([false, true] as const).map((all) => (
            <label key={String(all)}>
              <input
                type="radio"
                name="fleet-scope"
                checked={filters.allCompanies === all}
                onChange={() => setFilters({ ...filters, allCompanies: all, page: 1 })}
              />
              {all ? t('fleet.scopeAll') : t('fleet.scopeMine')}
            </label>
          ))}
        </fieldset>
      )}
      <ErrorNotice error={lifts.error} />
      {lifts.loading && !lifts.data && <Loading />}
      {lifts.data && (
        <>
          <p className="result-count" aria-live="polite">
            {t('fleet.count', { total: lifts.data.total })}
          </p>
          <LiftTable lifts={lifts.data.items} today={today} rowAction={applyAction} />
          <Pagination
            page={lifts.data.page}
            perPage={lifts.data.per_page}
            total={lifts.data.total}
            onPage={(page) => setFilters({ ...filters, page })}
          />
        </>
      )}
    </section>
  );
}
