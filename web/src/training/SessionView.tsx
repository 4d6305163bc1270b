// One training session: the call-out, what the trainee asks the twin to
// show (the allowed tower tests, their traces, the normal runs), and the
// answer, graded by the server.
import { useRef, useState } from 'react';

import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { TracePlot } from './TracePlot';
import type { Grade, HistoryRecord, Observation, Run, TestResult, TrainingSession } from './types';

function RideTable({ runs }: { runs: Run[] }) {
  const { t, formatNumber } = useI18n();
  return (
    <table className="data-table">
      <caption>{t('training.ride')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('training.run')}</th>
          <th scope="col">{t('training.maxSpeed')}</th>
          <th scope="col">{t('training.midSpeed')}</th>
          <th scope="col">{t('training.stoppingError')}</th>
          <th scope="col">{t('training.flightTime')}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.title}</th>
            <td>{formatNumber(r.max_speed_mps, 3)}</td>
            <td>{formatNumber(r.speed_at_mid_travel_mps, 3)}</td>
            <td>{formatNumber(r.stopping_error_mm, 1)}</td>
            <td>{formatNumber(r.flight_time_s, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ResultCard({ result }: { result: TestResult }) {
  const { t } = useI18n();
  return (
    <section className="training-result" aria-label={`${result.id} ${result.verdict}`}>
      <h4>
        {result.id} <small>({result.clause})</small>
      </h4>
      <p>{result.title}</p>
      <dl>
        <dt>{t('training.verdict')}</dt>
        <dd className={`training-verdict-${result.verdict}`}>{t(`training.verdict.${result.verdict}`)}</dd>
        <dt>{t('training.measured')}</dt>
        <dd>
          {result.measured === null ? '—' : result.measured.toPrecision(4)} {result.unit}
        </dd>
        <dt>{t('training.limit')}</dt>
        <dd>{result.limit_text}</dd>
        <dt>{t('training.finding')}</dt>
        <dd>{result.finding}</dd>
      </dl>
    </section>
  );
}

function TelemetryView({ observation }: { observation: Observation }) {
  const { t } = useI18n();
  return (
    <section className="training-result" aria-label={t('training.telemetryTitle')}>
      <h4>{t('training.telemetryTitle')}</h4>
      <p>{t('training.telemetryLead', { hours: String(observation.hours ?? 0) })}</p>
      <p>
        {t('training.telemetryEvents')}: {(observation.events ?? []).map((e) => `${e.kind} ×${e.count}`).join(', ')}
      </p>
      <h5>{t('training.telemetryAlarms')}</h5>
      <ul>
        {(observation.alarms ?? []).map((a, i) => (
          <li key={`a${i}`}>
            {a.cause} ({a.severity}) ×{a.count}, {t('training.telemetryMinute', { minute: a.minute.toFixed(0) })}
          </li>
        ))}
        {(observation.signals ?? []).map((sig, i) => (
          <li key={`s${i}`}>
            {sig.name}: {sig.summary}, {t('training.telemetryMinute', { minute: sig.minute.toFixed(0) })}
          </li>
        ))}
        {(observation.alarms ?? []).length + (observation.signals ?? []).length === 0 && <li>{t('training.telemetryNone')}</li>}
      </ul>
    </section>
  );
}

function HistoryView({ records }: { records: HistoryRecord[] }) {
  const { t } = useI18n();
  return (
    <table className="data-table">
      <caption>{t('training.historyTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('training.historyWhen')}</th>
          <th scope="col">{t('training.historyKind')}</th>
          <th scope="col">{t('training.historyText')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r, i) => (
          <tr key={i}>
            <td>{t('training.daysAgo', { days: String(r.days_ago) })}</td>
            <td>{t(`training.historyKind.${r.kind}`)}</td>
            <td>{r.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ObservationView({ observation }: { observation: Observation }) {
  const { t } = useI18n();
  if (observation.kind === 'telemetry') return <TelemetryView observation={observation} />;
  if (observation.kind === 'history' && observation.records) return <HistoryView records={observation.records} />;
  if (observation.kind === 'test' && observation.result) return <ResultCard result={observation.result} />;
  if (observation.kind === 'trace' && observation.trace) {
    return <TracePlot trace={observation.trace} title={t('training.traceOf', { test: observation.test ?? '' })} />;
  }
  if (observation.kind === 'ride' && observation.runs) return <RideTable runs={observation.runs} />;
  return null;
}

// `onAnswered` is told once the server has graded the answer (the records
// below then show it).
export function SessionView({
  session,
  onLeave,
  onAnswered,
}: {
  session: TrainingSession;
  onLeave: () => void;
  onAnswered?: () => void;
}) {
  const { t } = useI18n();
  const { client } = useSession();
  const briefing = session.observations.find((o) => o.kind === 'briefing');
  // Newest first, as they are added below.
  const [shown, setShown] = useState<Observation[]>(
    session.observations.filter((o) => o.kind !== 'briefing').reverse(),
  );
  const [diagnosis, setDiagnosis] = useState(session.diagnosis ?? '');
  const [missingDiagnosis, setMissingDiagnosis] = useState(false);
  const diagnosisSet = useRef<HTMLFieldSetElement>(null);
  const [action, setAction] = useState(session.action ?? '');
  // A session taken up after its answer shows its grade.
  const [grade, setGrade] = useState<Grade | null>(
    session.passed === undefined || session.score === undefined
      ? null
      : {
          id: session.id,
          passed: session.passed,
          score: session.score,
          explanation: session.explanation ?? '',
          right_diagnosis: session.right_diagnosis ?? '',
          right_actions: session.right_actions ?? [],
        },
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function observe(kind: 'test' | 'trace' | 'telemetry' | 'history', test?: string) {
    setBusy(true);
    setError(null);
    try {
      const body = test ? { kind, test } : { kind };
      const o = await client.post<Observation>(`/training/sessions/${session.id}/observations`, body);
      setShown((list) => [o, ...list]);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function answer() {
    if (!diagnosis) {
      // Said at the choices, and the first of them takes the focus.
      setMissingDiagnosis(true);
      diagnosisSet.current?.querySelector('input')?.focus();
      return;
    }
    setMissingDiagnosis(false);
    setBusy(true);
    setError(null);
    try {
      const body = action ? { diagnosis, action } : { diagnosis };
      setGrade(await client.post<Grade>(`/training/sessions/${session.id}/answer`, body));
      onAnswered?.();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const textOf = (id: string, list: { id: string; text: string }[]) => list.find((c) => c.id === id)?.text ?? id;
  return (
    <article className="training-session">
      <h2>{session.title}</h2>
      {briefing && (
        <section>
          <h3>{t('training.complaint')}</h3>
          <p>{briefing.complaint}</p>
          <p>
            {t('training.lift')}: {briefing.lift_name}
          </p>
        </section>
      )}
      <section>
        <h3>{t('training.investigate')}</h3>
        <ul className="training-tests">
          {(briefing?.tests ?? []).map((test) => (
            <li key={test.id}>
              <span>
                {test.id} — {test.what} <small>({test.clause})</small>
              </span>{' '}
              <button type="button" disabled={busy || grade !== null} onClick={() => void observe('test', test.id)}>
                {t('training.runTest')} {test.id}
              </button>{' '}
              {briefing?.traces && (
                <button type="button" disabled={busy || grade !== null} onClick={() => void observe('trace', test.id)}>
                  {t('training.showTrace')} {test.id}
                </button>
              )}
            </li>
          ))}
        </ul>
        {briefing?.telemetry && (
          <button type="button" disabled={busy || grade !== null} onClick={() => void observe('telemetry')}>
            {t('training.showTelemetry')}
          </button>
        )}{' '}
        {briefing?.history && (
          <button type="button" disabled={busy || grade !== null} onClick={() => void observe('history')}>
            {t('training.showHistory')}
          </button>
        )}
        {shown.map((o, i) => (
          <ObservationView key={shown.length - i} observation={o} />
        ))}
      </section>
      <section>
        <h3>{t('training.answer')}</h3>
        <fieldset
          ref={diagnosisSet}
          disabled={grade !== null}
          aria-invalid={missingDiagnosis && !diagnosis}
          aria-describedby={missingDiagnosis && !diagnosis ? 'training-diagnosis-missing' : undefined}
        >
          <legend>{t('training.diagnosis')}</legend>
          {missingDiagnosis && !diagnosis && (
            <p role="alert" id="training-diagnosis-missing" className="form-error">
              {t('training.chooseDiagnosis')}
            </p>
          )}
          {session.diagnoses.map((d) => (
            <label key={d.id} className="training-choice">
              <input
                type="radio"
                name="diagnosis"
                value={d.id}
                checked={diagnosis === d.id}
                onChange={() => setDiagnosis(d.id)}
              />
              {d.text}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={grade !== null}>
          <legend>{t('training.action')}</legend>
          {session.actions.map((a) => (
            <label key={a.id} className="training-choice">
              <input type="radio" name="action" value={a.id} checked={action === a.id} onChange={() => setAction(a.id)} />
              {a.text}
            </label>
          ))}
        </fieldset>
        {grade === null && (
          <button type="button" className="primary" disabled={busy} onClick={() => void answer()}>
            {t('training.submit')}
          </button>
        )}
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </section>
      {grade && (
        <section aria-live="polite" className="training-grade">
          <h3>{grade.passed ? t('training.passed') : t('training.failed')}</h3>
          <p>{t('training.score', { score: String(grade.score) })}</p>
          <p>
            {t('training.rightDiagnosis')}: {textOf(grade.right_diagnosis, session.diagnoses)}
          </p>
          <p>
            {t('training.rightActions')}: {grade.right_actions.map((a) => textOf(a, session.actions)).join('; ')}
          </p>
          <h4>{t('training.explanation')}</h4>
          <pre className="training-explanation">{grade.explanation}</pre>
        </section>
      )}
      <button type="button" className="link-button" onClick={onLeave}>
        {t('training.another')}
      </button>
    </article>
  );
}
