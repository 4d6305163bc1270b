// The verdict of a run and the table of its tests: id, clause, what was
// measured (with its unit), the limit, pass or FAIL, and the finding. A
// failed test is marked by its word and sign (✗ FAIL), a bar and a tint,
// never by colour alone. A test's id opens its traces.
import { useI18n } from '../i18n/i18n';
import { formatFigure, MEASURE_LABEL, UNIT_MEANING, unitText } from './format';
import type { TowerFault, TowerReport, TowerTestResult } from './types';
import { VerdictMark } from './VerdictMark';

export function MeasuredValue({ test }: { test: TowerTestResult }) {
  const { t, formatNumber } = useI18n();
  const label = MEASURE_LABEL[test.id];
  return (
    <>
      {label && <span className="measure-label">{t(label)}</span>}
      {test.measured === null ? (
        <span className="measure-none">{t('tower.unbounded')}</span>
      ) : (
        <span className="measure-value">{formatFigure(formatNumber, test.measured, test.unit)}</span>
      )}
    </>
  );
}

interface SummaryProps {
  report: TowerReport;
  faults: TowerFault[];
  onSelect: (id: string) => void;
}

// The verdict, the failed tests (each a way to its traces), and what the
// faults of the catalogue predicted.
export function VerdictSummary({ report, faults, onSelect }: SummaryProps) {
  const { t } = useI18n();
  const failed = report.tests.filter((x) => x.verdict === 'fail').map((x) => x.id);
  const predicted = [
    ...new Set(report.faults.flatMap((name) => faults.find((f) => f.name === name)?.fails ?? [])),
  ].filter((id) => report.tests.some((x) => x.id === id));
  const asPredicted =
    predicted.length === failed.length && predicted.every((id) => failed.includes(id));
  return (
    <div className={`tower-summary tower-summary-${report.verdict}`} data-testid="tower-verdict">
      <p className="tower-summary-verdict">
        <VerdictMark verdict={report.verdict} />{' '}
        {failed.length === 0
          ? t('tower.allPassed', { count: report.tests.length })
          : t('tower.someFailed', { failed: failed.length, count: report.tests.length })}
      </p>
      {failed.length > 0 && (
        <p className="tower-failed-list">
          {t('tower.failedTests')}{' '}
          {failed.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onSelect(id)}>
                {id}
              </button>
            </span>
          ))}
        </p>
      )}
      {report.faults.length > 0 && (
        <p>
          {t('tower.appliedFaults', { faults: report.faults.join(', ') })}{' '}
          {asPredicted
            ? t('tower.asPredicted')
            : t('tower.notAsPredicted', { tests: predicted.join(', ') || t('tower.noTests') })}
        </p>
      )}
      {report.overrides.length > 0 && (
        <div>
          <p className="tower-overrides-title">{t('tower.overrides')}</p>
          <ul className="tower-overrides">
            {report.overrides.map((o) => (
              <li key={`${o.key} ${o.origin}`}>
                <code>
                  {o.key} = {o.value}
                </code>{' '}
                <span className="hint">({o.origin})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

interface TableProps {
  report: TowerReport;
  selected: string | null;
  onSelect: (id: string) => void;
}

export function ResultsTable({ report, selected, onSelect }: TableProps) {
  const { t } = useI18n();
  const units = [...new Set(report.tests.map((x) => x.unit))].filter((u) => UNIT_MEANING[u]);
  return (
    <>
      <div className="table-wrap">
        <table className="tower-table" data-testid="tower-tests" aria-describedby={units.length ? 'tower-units' : undefined}>
          <caption>{t('tower.tableCaption', { suite: report.suite, lift: report.lift })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tower.col.test')}</th>
              <th scope="col" className="col-optional">
                {t('tower.col.clause')}
              </th>
              <th scope="col">{t('tower.col.measured')}</th>
              <th scope="col">{t('tower.col.limit')}</th>
              <th scope="col">{t('tower.col.verdict')}</th>
              <th scope="col">{t('tower.col.finding')}</th>
            </tr>
          </thead>
          <tbody>
            {report.tests.map((x) => (
              <tr
                key={x.id}
                className={`${x.verdict === 'fail' ? 'row-fail tower-row-fail' : ''}${selected === x.id ? ' tower-row-selected' : ''}`}
                data-testid={`test-row-${x.id}`}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link-button tower-test-button"
                    aria-pressed={selected === x.id}
                    aria-label={t('tower.showTraces', { id: x.id })}
                    onClick={() => onSelect(x.id)}
                  >
                    {x.id}
                  </button>
                  <small className="tower-test-title">{x.title}</small>
                  <small className="tower-test-clause narrow-only">{x.clause}</small>
                </th>
                <td className="tower-clause col-optional">{x.clause}</td>
                <td className="tower-measured">
                  <MeasuredValue test={x} />
                </td>
                <td>{x.limit_text}</td>
                <td>
                  <VerdictMark verdict={x.verdict} />
                </td>
                <td className="tower-finding">{x.finding}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {units.length > 0 && (
        <ul className="tower-units hint" id="tower-units">
          {units.map((u) => {
            const key = UNIT_MEANING[u];
            return key ? (
              <li key={u}>
                <strong>{unitText(u)}</strong>: {t(key)}
              </li>
            ) : null;
          })}
        </ul>
      )}
    </>
  );
}
