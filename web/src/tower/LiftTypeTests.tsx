// "Type tests of this model" on a lift's page: the registry's type tests of
// the lift's model (found by its manufacturer and model name), newest first:
// when, the verdict, the tests that failed, and the HTML report. New ones
// appear as they are recorded (live event type_test.created).
import { useLiveEvents } from '../api/liveEvents';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/i18n';
import type { LiftTypeTests as LiftTypeTestsDoc } from './types';
import { modelLabel, runAt } from './typeTests';
import { TypeTestReportButton } from './TypeTestReportButton';
import { VerdictMark } from './VerdictMark';

export function LiftTypeTests({ registrationNo }: { registrationNo: string }) {
  const { t } = useI18n();
  const data = useApiData<LiftTypeTestsDoc>(`/lifts/${encodeURIComponent(registrationNo)}/type-tests`);
  useLiveEvents((event) => {
    if (event.type === 'type_test.created') data.reload();
  });
  const doc = data.data;
  return (
    <section aria-labelledby="type-tests-title" data-testid="lift-type-tests">
      <h2 id="type-tests-title">{t('typeTest.liftTitle')}</h2>
      <ErrorNotice error={data.error} />
      {!doc && !data.error && <Loading />}
      {doc && !doc.model && <p className="empty">{t('typeTest.liftNoModel')}</p>}
      {doc?.model && (
        <>
          <p>{t('typeTest.liftModel', { model: modelLabel(doc.model) })}</p>
          {doc.items.length === 0 ? (
            <p className="empty">{t('typeTest.liftNone')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>{t('typeTest.liftCaption', { model: modelLabel(doc.model), count: doc.items.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('typeTest.col.date')}</th>
                    <th scope="col">{t('typeTest.col.verdict')}</th>
                    <th scope="col">{t('typeTest.col.failed')}</th>
                    <th scope="col" className="col-optional">
                      {t('typeTest.col.description')}
                    </th>
                    <th scope="col">{t('typeTest.col.report')}</th>
                  </tr>
                </thead>
                <tbody>
                  {doc.items.map((x) => (
                    <tr key={x.id}>
                      <th scope="row">
                        <time dateTime={x.run_at}>{runAt(x.run_at)}</time>
                        <small className="hint type-test-number">{t('typeTest.number', { id: x.id, by: x.submitted_by })}</small>
                      </th>
                      <td>
                        <VerdictMark verdict={x.verdict} />
                      </td>
                      <td>{x.failed.length ? x.failed.join(', ') : t('typeTest.noneFailed')}</td>
                      <td className="col-optional">
                        {x.lift}
                        {(x.changes.faults?.length ?? 0) + (x.changes.set?.length ?? 0) > 0 && (
                          <small className="hint">
                            {' '}
                            ({[...(x.changes.faults ?? []), ...(x.changes.set ?? [])].join('; ')})
                          </small>
                        )}
                      </td>
                      <td className="type-test-report">
                        <TypeTestReportButton id={x.id} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
