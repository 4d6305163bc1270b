// One safety certificate (/certificates/{no}), for every signed-in role: its
// number, what it certifies, the model and who makes and holds it, its dates
// and its state in words with what the end date means; for a model's
// certificate the model's type tests (TypeTestTable, as on a lift's page).
// An unknown number says so plainly.
import './certificates.css';

import { Link } from 'wouter';

import { useToday } from '../api/info';
import { useLiveEvents } from '../api/liveEvents';
import type { Profile } from '../api/types';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/i18n';
import { Fact } from '../lift/LiftDetails';
import { modelLabel } from '../tower/typeTests';
import { TypeTestTable } from '../tower/TypeTestTable';
import {
  certificateState,
  STATE_BADGE,
  STATE_LABEL,
  STATE_MEANING,
  SUBJECT_LABEL,
  UNTIL_MEANING,
} from './certificateState';
import { componentKindName } from './componentKind';
import type { CertificateRecord } from './types';

export function CertificatePage({ certificateNo }: { certificateNo: string }) {
  const { t } = useI18n();
  const certificate = useApiData<CertificateRecord>(`/certificates/${encodeURIComponent(certificateNo)}`);
  const title = t('certificate.title', { no: certificateNo });

  if (certificate.error) {
    const missing = certificate.error.status === 404;
    return (
      <article aria-labelledby="certificate-title">
        <h1 id="certificate-title">{title}</h1>
        {missing ? (
          <p className="notice notice-error" role="alert" data-testid="certificate-missing">
            <strong>{t('certificate.missing')}</strong> {t('certificate.missingDetail', { no: certificateNo })}
          </p>
        ) : (
          <ErrorNotice error={certificate.error} />
        )}
        <p>
          <Link href="/fleet">{t('lift.back')}</Link>
        </p>
      </article>
    );
  }
  if (!certificate.data) return <Loading />;
  return <CertificateView certificate={certificate.data} title={title} reload={certificate.reload} />;
}

function CertificateView({
  certificate: c,
  title,
  reload,
}: {
  certificate: CertificateRecord;
  title: string;
  reload: () => void;
}) {
  const { t, language } = useI18n();
  const today = useToday();
  const profile = useApiData<Profile>(c.subject === 'component' ? '/profile' : null);
  const isModel = c.subject === 'model';
  useLiveEvents((event) => {
    if (isModel && event.type === 'type_test.created') reload();
  });

  const state = certificateState(c, today);
  const subject = c.subject === 'model' || c.subject === 'component' ? t(SUBJECT_LABEL[c.subject]) : c.subject;
  const model = modelLabel({ manufacturer: c.manufacturer, name: c.model });
  const kindName = isModel ? '' : componentKindName(profile.data, c.component_kind ?? '', language);

  return (
    <article aria-labelledby="certificate-title">
      <p>
        <Link href="/fleet">{t('lift.back')}</Link>
      </p>
      <header className="lift-header">
        <h1 id="certificate-title">{title}</h1>
        <span className={`badge ${STATE_BADGE[state]}`}>{t(STATE_LABEL[state])}</span>
      </header>
      <p className="certificate-lead">
        {subject}: {isModel ? model : `${kindName}, ${model}`}
      </p>

      <section className="card" aria-labelledby="certificate-data-title">
        <h2 id="certificate-data-title">{t('certificate.data')}</h2>
        <dl className="facts">
          <Fact label={t('certificate.number')} value={c.certificate_no} />
          <Fact label={t('certificate.subjectLabel')} value={subject} />
          {!isModel && <Fact label={t('certificate.componentKind')} value={kindName} />}
          <Fact label={t('certificate.model')} value={c.model} />
          <Fact label={t('lift.manufacturer')} value={c.manufacturer} />
          <Fact label={t('parts.holder')} value={c.holder} />
          <Fact label={t('certificate.issuedOn')} value={c.issued_on} />
          <Fact label={t('lift.validUntil')} value={c.valid_until} />
          <Fact
            label={t('certificate.status')}
            value={
              <span data-testid="certificate-state">
                <strong>{t(STATE_LABEL[state])}</strong>: {t(STATE_MEANING[state])}{' '}
                {c.valid_until ? t(UNTIL_MEANING[state], { date: c.valid_until }) : t('certificate.until.none')}
              </span>
            }
          />
        </dl>
      </section>

      {isModel && (
        <section aria-labelledby="certificate-type-tests-title" data-testid="certificate-type-tests">
          <h2 id="certificate-type-tests-title">{t('typeTest.liftTitle')}</h2>
          {c.model_id === undefined ? (
            <p className="empty">{t('certificate.modelNotRegistered', { model })}</p>
          ) : (
            <TypeTestTable model={model} items={c.type_tests ?? []} />
          )}
        </section>
      )}
    </article>
  );
}
