// The training records the caller may read (the server decides whose:
// their own, their company's for a technician, everyone's for an admin or
// an inspector): the trainer's view of results.
import { Link } from 'wouter';

import { useApiData } from '../api/useApiData';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { RecordsPage, SessionRecord } from './types';

// Sessions as rows: with their trainee (a link to the trainee's page) unless
// `withTrainee` is false; `onResume`, when given, is offered on the caller's
// own unanswered sessions.
export function SessionsTable({
  items,
  withTrainee,
  onResume,
}: {
  items: SessionRecord[];
  withTrainee: boolean;
  onResume?: (id: number) => void;
}) {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <table className="data-table">
      <thead>
        <tr>
          {withTrainee && <th scope="col">{t('training.trainee')}</th>}
          <th scope="col">{t('training.scenario')}</th>
          <th scope="col">{t('training.started')}</th>
          <th scope="col">{t('training.observed')}</th>
          <th scope="col">{t('training.result')}</th>
          <th scope="col">{t('training.refresher')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id}>
            {withTrainee && (
              <td>
                <Link href={`/training/trainees/${r.user_id}`} aria-label={t('training.traineePage', { name: r.user })}>
                  {r.user}
                </Link>
              </td>
            )}
            <td>{r.title}</td>
            <td>{r.started_at.slice(0, 10)}</td>
            <td>{r.observations.length}</td>
            <td>
              {r.answered_at === null
                ? t('training.open')
                : `${r.passed ? t('training.passed') : t('training.failed')} (${r.score ?? 0})`}
              {r.answered_at === null && onResume && user?.name === r.user && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onResume(r.id)}
                    aria-label={`${t('training.resume')}: ${r.title}`}
                  >
                    {t('training.resume')}
                  </button>
                </>
              )}
            </td>
            <td>
              {r.refresher ? `${r.refresher.due}${r.refresher.confirmed ? '' : ` (${t('training.unconfirmed')})`}` : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RecordsTable({ generation, onResume }: { generation: number; onResume?: (id: number) => void }) {
  const { t } = useI18n();
  const { data, error } = useApiData<RecordsPage>(`/training/records?per_page=100&g=${generation}`);
  return (
    <section aria-labelledby="training-records">
      <h2 id="training-records">{t('training.records')}</h2>
      <p>{t('training.recordsLead')}</p>
      {error && <p role="alert">{error.message}</p>}
      {data && data.items.length === 0 && <p>{t('training.noRecords')}</p>}
      {data && data.items.length > 0 && <SessionsTable items={data.items} withTrainee onResume={onResume} />}
    </section>
  );
}
