// A lift's events, newest first, by kind and page.
import { useEffect, useState } from 'react';

import type { Page } from '../api/types';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pagination } from '../components/Pagination';
import { useI18n } from '../i18n/i18n';
import { EVENT_KINDS, eventKindLabel } from './labels';
import { formatTime } from './time';
import type { TelemetryEvent } from './types';

const PER_PAGE = 20;

export function EventLog({ registrationNo, generation }: { registrationNo: string; generation: number }) {
  const { t, language } = useI18n();
  const [kind, setKind] = useState('');
  const [page, setPage] = useState(1);
  const query = new URLSearchParams({ per_page: String(PER_PAGE), page: String(page) });
  if (kind) query.set('kind', kind);
  const events = useApiData<Page<TelemetryEvent>>(`/lifts/${registrationNo}/events?${query.toString()}`);
  const { reload } = events;
  useEffect(() => {
    if (generation > 0) reload();
  }, [generation, reload]);
  return (
    <section aria-labelledby="event-log-title">
      <h3 id="event-log-title">{t('monitoring.events')}</h3>
      <label>
        {t('monitoring.filterKind')}{' '}
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value);
            setPage(1);
          }}
        >
          <option value="">{t('monitoring.kindAll')}</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {eventKindLabel(t, k)}
            </option>
          ))}
        </select>
      </label>
      <ErrorNotice error={events.error} />
      {events.data && (
        <>
          <div className="table-wrap">
            <table className="event-table">
              <caption className="visually-hidden">{t('monitoring.eventsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('monitoring.colTime')}</th>
                  <th scope="col">{t('monitoring.colKind')}</th>
                  <th scope="col">{t('monitoring.colFloor')}</th>
                  <th scope="col">{t('monitoring.colDetail')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((e) => (
                  <tr key={e.event_id}>
                    <td>{formatTime(e.time, language)}</td>
                    <td>{eventKindLabel(t, e.kind, e.known)}</td>
                    <td className="number">{e.floor ?? '–'}</td>
                    <td className="event-detail">
                      {Object.entries(e.detail)
                        .map(([key, value]) => `${key} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={events.data.page} perPage={events.data.per_page} total={events.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
