// The virtual test tower (docs/tower.md): open an example lift, load a file
// or write a description; choose faults from the catalogue and KEY=VALUE
// changes (none at first); run the en81-20 suite on the server and see the
// verdict, the tests and their traces, the normal runs; download the HTML
// report; admins and inspectors may record the run as a type test of a lift
// model. Results of other inputs than the current ones are marked out of
// date. The text is kept for the browser tab.
import './tower.css';

import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';

import { useApiData } from '../api/useApiData';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/i18n';
import { ChangesEditor } from './ChangesEditor';
import { FaultPicker } from './FaultPicker';
import { LiftEditor, type LineError } from './LiftEditor';
import { LiftSource } from './LiftSource';
import { RecordTypeTest } from './RecordTypeTest';
import { ReportDownload } from './ReportDownload';
import {
  hasErrors,
  locateProblem,
  requestOf,
  sameRequest,
  validateInputs,
  type Change,
  type Problem,
} from './request';
import { ResultsTable, VerdictSummary } from './ResultsTable';
import { RunsPanel } from './RunsPanel';
import { TestDetail } from './TestDetail';
import type { Me } from '../api/types';
import type { TowerCatalogue, TowerFault, TowerReport, TowerRequest } from './types';

export const TEXT_STORAGE_KEY = 'hoistway.tower.lift';

function initialText(): string {
  return window.sessionStorage.getItem(TEXT_STORAGE_KEY) ?? '';
}

const sameList = (a: string[] | undefined, b: string[] | undefined) =>
  (a ?? []).join('\u0000') === (b ?? []).join('\u0000');

interface Result {
  request: TowerRequest;
  report: TowerReport;
}

interface Failure {
  request: TowerRequest;
  problem: Problem;
}

export function TowerPage() {
  const { t } = useI18n();
  const { client, user } = useSession();
  const catalogue = useApiData<TowerCatalogue>('/tower/catalogue');
  const faultList = useApiData<{ items: TowerFault[] }>('/tower/faults');
  // Recording a type test: as the server's policy says (GET /me).
  const me = useApiData<Me>(user ? '/me' : null);
  const mayRecord = me.data?.permissions.includes('record_inspection') ?? false;

  const [text, setText] = useState(initialText);
  const [faults, setFaults] = useState<string[]>([]);
  const [changes, setChanges] = useState<Change[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const detailHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    window.sessionStorage.setItem(TEXT_STORAGE_KEY, text);
  }, [text]);

  const knownKeys = useMemo(() => new Set((catalogue.data?.keys ?? []).map((k) => k.key)), [catalogue.data]);
  const request = useMemo(() => requestOf({ text, faults, changes }), [text, faults, changes]);
  const errors = attempted ? validateInputs({ text, faults, changes }, knownKeys) : { changes: [] };
  const stale = result !== null && !sameRequest(result.request, request);

  // The server's refusal, where it belongs, while what it was about is unchanged.
  const problem = failure?.problem;
  const liftError: LineError | null =
    problem?.where === 'lift' ? { line: problem.line, column: problem.column, message: problem.message } : null;
  const changeError =
    problem?.where === 'change' && sameList(failure?.request.set, request.set)
      ? { index: problem.index, message: problem.message }
      : null;
  const faultError =
    problem?.where === 'fault' && sameList(failure?.request.faults, request.faults)
      ? { name: problem.name, message: problem.message }
      : null;

  // A test chosen: its traces get the focus.
  useEffect(() => {
    if (focusTick === 0) return;
    detailHeading.current?.focus();
    detailHeading.current?.scrollIntoView?.({ block: 'start' });
  }, [focusTick]);

  // Shows a test's traces (or, `toggle`d from its own row, hides them again).
  function select(id: string, toggle: boolean) {
    const next = toggle && selected === id ? null : id;
    setSelected(next);
    if (next) setFocusTick((n) => n + 1);
  }

  function open(next: string) {
    setText(next);
    setFileError(null);
    setFailure(null);
  }

  async function run(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setFileError(null);
    if (hasErrors(validateInputs({ text, faults, changes }, knownKeys))) return;
    const sent = request;
    setBusy(true);
    setFailure(null);
    try {
      const report = await client.post<TowerReport>('/tower/runs', sent);
      setResult({ request: sent, report });
      setSelected(null);
    } catch (e) {
      setFailure({ request: sent, problem: locateProblem(e, sent) });
    } finally {
      setBusy(false);
    }
  }

  const localInvalid = hasErrors(errors);
  const report = result?.report;
  const selectedTest = report?.tests.find((x) => x.id === selected) ?? null;
  const textNote = fileError ?? (errors.text ? t(errors.text) : null);
  return (
    <section aria-labelledby="tower-title" className="tower">
      <h1 id="tower-title">{t('tower.title')}</h1>
      <p className="lead">{t('tower.lead')}</p>
      <form onSubmit={run} noValidate className="tower-form">
        <div className="card">
          <h2 className="card-title">{t('tower.liftTitle')}</h2>
          {catalogue.loading && <Loading />}
          <ErrorNotice error={catalogue.error} />
          <LiftSource
            examples={catalogue.data?.examples ?? []}
            current={text}
            onOpen={open}
            onFileError={setFileError}
          />
          <LiftEditor
            value={text}
            onChange={(next) => {
              setText(next);
              setFileError(null);
            }}
            error={liftError}
            note={textNote}
          />
        </div>
        <div className="tower-options">
          <div className="card">
            {faultList.loading && <Loading />}
            <ErrorNotice error={faultList.error} />
            {faultList.data && (
              <FaultPicker faults={faultList.data.items} chosen={faults} onChange={setFaults} error={faultError} />
            )}
          </div>
          <div className="card">
            <ChangesEditor
              keys={catalogue.data?.keys ?? []}
              changes={changes}
              onChange={setChanges}
              errors={errors.changes}
              serverError={changeError}
            />
          </div>
        </div>
        <div className="tower-run-bar">
          <button type="submit" className="primary" disabled={busy}>
            {t('tower.run')}
          </button>
          <span role="status" className="tower-run-status">
            {busy
              ? t('tower.running')
              : report && !stale
                ? t('tower.ranStatus', {
                    verdict: t(report.verdict === 'pass' ? 'tower.pass' : 'tower.fail'),
                    failed: report.tests.filter((x) => x.verdict === 'fail').length,
                    count: report.tests.length,
                  })
                : ''}
          </span>
        </div>
        {localInvalid && (
          <p className="notice notice-error" role="alert">
            {t('tower.error.checkFields')}
          </p>
        )}
        {problem?.where === 'other' && <ErrorNotice error={problem.error} />}
      </form>

      {result && report && (
        <section
          aria-labelledby="tower-results-title"
          className={`tower-results${stale ? ' tower-stale' : ''}`}
          data-testid="tower-results"
          data-stale={stale}
        >
          <h2 id="tower-results-title">
            {t('tower.resultsTitle', { lift: report.lift })}
            {stale && <span className="badge tower-stale-badge">{t('tower.staleBadge')}</span>}
          </h2>
          {stale && (
            <p className="notice notice-warning" role="status" data-testid="tower-stale">
              {t('tower.stale')}
            </p>
          )}
          <VerdictSummary
            report={report}
            faults={faultList.data?.items ?? []}
            onSelect={(id) => select(id, false)}
          />
          <ReportDownload request={result.request} lift={report.lift} stale={stale} />
          <ResultsTable
            report={report}
            selected={selected}
            onSelect={(id) => select(id, true)}
          />
          {selectedTest && <TestDetail ref={detailHeading} test={selectedTest} />}
          <RunsPanel runs={report.runs} />
          {mayRecord && (
            <RecordTypeTest request={result.request} lift={report.lift} stale={stale} />
          )}
        </section>
      )}
    </section>
  );
}
