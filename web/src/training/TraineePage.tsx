// A trainee's page (the technician's page of the training centre): where
// they stand under the regulation profile's qualification rule for their
// role, and their training history. The server decides who may see whom.
import './training.css';

import { Link } from 'wouter';

import { useApiData } from '../api/useApiData';
import { useI18n } from '../i18n/i18n';
import { ROLE_LABEL } from '../i18n/labels';
import { SessionsTable } from './RecordsTable';
import type { Trainee } from './types';

function QualificationBox({ trainee }: { trainee: Trainee }) {
  const { t } = useI18n();
  const q = trainee.qualification;
  if (!q) {
    return <p>{t('training.noRule', { role: trainee.role, profile: trainee.profile })}</p>;
  }
  return (
    <section className={`training-standing training-standing-${q.status}`} aria-labelledby="training-standing">
      <h2 id="training-standing">{t(`training.standing.${q.status}`)}</h2>
      <dl>
        <dt>{t('training.qualification')}</dt>
        <dd>{q.training}</dd>
        <dt>{t('training.validUntil')}</dt>
        <dd>{q.valid_until ?? '—'}</dd>
        <dt>{t('training.lastPassed')}</dt>
        <dd>{q.last_passed_at ? q.last_passed_at.slice(0, 10) : '—'}</dd>
        <dt>{t('training.refresherRule')}</dt>
        <dd>
          {t('training.refresherEvery', { years: String(q.refresher_years), profile: trainee.profile })}
          {q.confirmed ? '' : ` (${t('training.unconfirmed')})`}
        </dd>
        <dt>{t('training.ruleSource')}</dt>
        <dd>{q.source}</dd>
      </dl>
    </section>
  );
}

export function TraineePage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error } = useApiData<Trainee>(/^\d+$/.test(id) ? `/training/trainees/${id}?per_page=100` : null);
  if (!/^\d+$/.test(id) || (error && error.status === 404)) {
    return (
      <div className="training-page">
        <h1>{t('training.noTrainee')}</h1>
        <Link href="/training">{t('training.backToTraining')}</Link>
      </div>
    );
  }
  return (
    <div className="training-page">
      <Link href="/training">{t('training.backToTraining')}</Link>
      {error && <p role="alert">{error.message}</p>}
      {data && (
        <>
          <h1>
            {data.name} <small>({t(ROLE_LABEL[data.role])})</small>
          </h1>
          <QualificationBox trainee={data} />
          <section aria-labelledby="training-history">
            <h2 id="training-history">{t('training.history', { count: String(data.sessions.total) })}</h2>
            {data.sessions.items.length === 0 ? (
              <p>{t('training.noRecords')}</p>
            ) : (
              <SessionsTable items={data.sessions.items} withTrainee={false} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
