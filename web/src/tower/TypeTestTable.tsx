// The type tests of one lift model, newest first: when and by whom, the
// verdict (a sign and a word, not colour alone), the tests that failed, the
// description with its faults and changes, and the HTML report; or a sentence
// when none is recorded. Shown on a lift's page and on a model's certificate.
import { useI18n } from '../i18n/i18n';
import type { TypeTest } from './types';
import { runAt } from './typeTests';
import { TypeTestReportButton } from './TypeTestReportButton';
import { VerdictMark } from './VerdictMark';

// `model` is the model in words (modelLabel), for the table's caption.
export function TypeTestTable({ model, items }: { model: string; items: TypeTest[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="empty">{t('typeTest.liftNone')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('typeTest.liftCaption', { model, count: items.length })}</caption>
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
          {items.map((x) => (
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
  );
}
