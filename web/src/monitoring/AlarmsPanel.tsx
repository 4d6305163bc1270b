// The alarms: filters (state, severity), the table (entrapments first, then
// by severity) and, for those who may, acknowledging and closing.
import { useState } from 'react';
import { Link } from 'wouter';

import { ApiError } from '../api/client';
import type { Me, Page } from '../api/types';
import { useApiData } from '../api/useApiData';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pagination } from '../components/Pagination';
import { useI18n } from '../i18n/i18n';
import { ALARM_STATE_LABEL, causeLabel, SEVERITY_LABEL } from './labels';
import { formatTime } from './time';
import type { Alarm } from './types';

export interface AlarmFilters {
  state: string; // '' (open and acknowledged), open, acknowledged, closed, all
  severity: string; // '' (any), critical, major, minor
  page: number;
}

interface Props {
  alarms: Page<Alarm> | null;
  filters: AlarmFilters;
  onFilters: (filters: AlarmFilters) => void;
  onChanged: () => void;
}

function CloseForm({ alarm, onDone }: { alarm: Alarm; onDone: (error: ApiError | null) => void }) {
  const { t } = useI18n();
  const { client } = useSession();
  const [note, setNote] = useState('');
  const id = `close-note-${alarm.id}`;
  return (
    <form
      className="close-form"
      onSubmit={(e) => {
        e.preventDefault();
        client
          .post(`/alarms/${alarm.id}/close`, note.trim() ? { note: note.trim() } : {})
          .then(() => onDone(null))
          .catch((error: unknown) => onDone(error instanceof ApiError ? error : new ApiError(0, 'network', String(error))));
      }}
    >
      <label htmlFor={id}>{t('monitoring.closeNote', { id: alarm.id })}</label>
      <input id={id} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      <button type="submit">{t('monitoring.confirmClose')}</button>
    </form>
  );
}

export function AlarmsPanel({ alarms, filters, onFilters, onChanged }: Props) {
  const { t, language } = useI18n();
  const { user, client } = useSession();
  const [closing, setClosing] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Acknowledging and closing: as the server's policy says (GET /me); the list
  // holds only the alarms of lifts the caller answers for.
  const me = useApiData<Me>(user ? '/me' : null);
  const mayHandle = me.data?.permissions.includes('record_maintenance') ?? false;

  const acknowledge = (alarm: Alarm) => {
    client
      .post(`/alarms/${alarm.id}/ack`, {})
      .then(() => {
        setError(null);
        onChanged();
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e))));
  };

  return (
    <section aria-labelledby="alarms-title">
      <h2 id="alarms-title">{t('monitoring.alarms')}</h2>
      <div className="alarm-filters">
        <label>
          {t('monitoring.filterState')}{' '}
          <select value={filters.state} onChange={(e) => onFilters({ ...filters, state: e.target.value, page: 1 })}>
            <option value="">{t('monitoring.stateActive')}</option>
            <option value="open">{t('alarmState.open')}</option>
            <option value="acknowledged">{t('alarmState.acknowledged')}</option>
            <option value="closed">{t('alarmState.closed')}</option>
            <option value="all">{t('monitoring.stateAll')}</option>
          </select>
        </label>
        <label>
          {t('monitoring.filterSeverity')}{' '}
          <select
            value={filters.severity}
            onChange={(e) => onFilters({ ...filters, severity: e.target.value, page: 1 })}
          >
            <option value="">{t('monitoring.severityAll')}</option>
            <option value="critical">{t('severity.critical')}</option>
            <option value="major">{t('severity.major')}</option>
            <option value="minor">{t('severity.minor')}</option>
          </select>
        </label>
      </div>
      <ErrorNotice error={error} />
      {alarms && alarms.items.length === 0 && <p>{t('monitoring.noAlarms')}</p>}
      {alarms && alarms.items.length > 0 && (
        <div className="table-wrap">
          <table className="alarm-table">
            <caption className="visually-hidden">{t('monitoring.alarmsTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('monitoring.colSeverity')}</th>
                <th scope="col">{t('monitoring.colCause')}</th>
                <th scope="col">{t('monitoring.colLift')}</th>
                <th scope="col">{t('monitoring.colOpened')}</th>
                <th scope="col">{t('monitoring.colCount')}</th>
                <th scope="col">{t('monitoring.colState')}</th>
                {mayHandle && <th scope="col">{t('monitoring.colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {alarms.items.map((alarm) => (
                <tr
                  key={alarm.id}
                  className={alarm.cause === 'entrapment' && alarm.state !== 'closed' ? 'alarm-row-entrapment' : undefined}
                >
                  <td>
                    <span className={`badge badge-severity-${alarm.severity}`}>{t(SEVERITY_LABEL[alarm.severity])}</span>
                  </td>
                  <td>
                    {causeLabel(t, alarm.cause)}
                    {alarm.work_order_id !== null && (
                      <small className="alarm-links">
                        {' · '}
                        <Link href={`/lifts/${alarm.registration_no}`}>
                          {t('monitoring.workOrder', { id: alarm.work_order_id })}
                        </Link>
                        {alarm.accident_id !== null && <> · {t('monitoring.accident', { id: alarm.accident_id })}</>}
                      </small>
                    )}
                  </td>
                  <td>
                    <Link href={`/monitoring?lift=${alarm.registration_no}`}>{alarm.registration_no}</Link>
                  </td>
                  <td>{formatTime(alarm.opened_at, language)}</td>
                  <td className="number">{alarm.count}</td>
                  <td>
                    {t(ALARM_STATE_LABEL[alarm.state])}
                    {alarm.state === 'acknowledged' && (
                      <small> {t('monitoring.byWhom', { name: alarm.acknowledged_by })}</small>
                    )}
                    {alarm.state === 'closed' && <small> {t('monitoring.byWhom', { name: alarm.closed_by })}</small>}
                  </td>
                  {mayHandle && (
                    <td className="alarm-actions">
                      {alarm.state === 'open' && (
                        <button type="button" onClick={() => acknowledge(alarm)}>
                          {t('monitoring.acknowledge')}
                          <span className="visually-hidden"> {alarm.id}</span>
                        </button>
                      )}
                      {alarm.state !== 'closed' && closing !== alarm.id && (
                        <button type="button" onClick={() => setClosing(alarm.id)}>
                          {t('monitoring.close')}
                          <span className="visually-hidden"> {alarm.id}</span>
                        </button>
                      )}
                      {closing === alarm.id && (
                        <CloseForm
                          alarm={alarm}
                          onDone={(e) => {
                            setError(e);
                            setClosing(null);
                            onChanged();
                          }}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {alarms && alarms.total > alarms.per_page && (
        <Pagination
          page={alarms.page}
          perPage={alarms.per_page}
          total={alarms.total}
          onPage={(page) => onFilters({ ...filters, page })}
        />
      )}
    </section>
  );
}
