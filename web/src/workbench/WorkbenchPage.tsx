// The traffic workbench: edit or load a building description (as text, or
// through the form beside it), calculate its round-trip time at once, or
// simulate it on the server (with progress and Cancel) and see the charts.
// A result can be pinned and the next design or control compared with it on
// the same passengers. Results made from another text than the one shown
// are marked stale. The text and the pinned result are kept for the tab.
import { useEffect, useState, type FormEvent } from 'react';

import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { BuildingEditor } from './BuildingEditor';
import { BuildingForm } from './BuildingForm';
import { ComparisonResults } from './ComparisonResults';
import { EXAMPLE_BUILDING } from './exampleBuilding';
import { RoundTripNote } from './RoundTripNote';
import { RttTable } from './RttTable';
import { SimulationResults } from './SimulationResults';
import { SimulationStatus } from './SimulationStatus';
import type { RttDocument } from './types';
import { usePinned } from './usePinned';
import { useSimulation } from './useSimulation';

const TEXT_STORAGE_KEY = 'hoistway.workbench.building';
export const MAX_RUNS = 20;

function initialText(): string {
  return window.sessionStorage.getItem(TEXT_STORAGE_KEY) ?? EXAMPLE_BUILDING;
}

// The message of a 400 about the building goes under the text area.
function buildingError(error: unknown): string | undefined {
  return error instanceof ApiError && error.status === 400 && error.field === 'building' ? error.message : undefined;
}

// The label of a pinned or current design: its name, control and call model.
function designLabel(name: string, text: string): string {
  const dispatcher = /^\s*dispatcher:\s*([\w.-]+)/m.exec(text)?.[1] ?? 'collective';
  const model = /^\s*call_model:\s*(\w+)/m.exec(text)?.[1];
  return `${name} (${dispatcher}${model ? `, ${model}` : ''})`;
}

export function WorkbenchPage() {
  const { t } = useI18n();
  const { client } = useSession();
  const [text, setText] = useState(initialText);
  const [seed, setSeed] = useState('1');
  const [runs, setRuns] = useState('1');
  const [rtt, setRtt] = useState<RttDocument | null>(null);
  const [rttText, setRttText] = useState<string | null>(null);
  const [pinned, setPinned] = usePinned();
  const [rttError, setRttError] = useState<unknown>(null);
  const [rttBusy, setRttBusy] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const simulation = useSimulation();

  useEffect(() => {
    window.sessionStorage.setItem(TEXT_STORAGE_KEY, text);
  }, [text]);

  const seedValid = /^\d{1,15}$/.test(seed);
  const runsValid = /^\d{1,2}$/.test(runs) && Number(runs) >= 1 && Number(runs) <= MAX_RUNS;
  const lastError = simulation.error ?? rttError;
  const textError = fileError ?? buildingError(lastError);

  async function calculate() {
    setRttBusy(true);
    setRttError(null);
    setFileError(null);
    try {
      setRtt(await client.post<RttDocument>('/workbench/rtt', { building: text }));
      setRttText(text);
    } catch (e) {
      setRtt(null);
      setRttError(e);
    } finally {
      setRttBusy(false);
    }
  }

  async function simulate(event: FormEvent) {
    event.preventDefault();
    if (!seedValid || !runsValid) return;
    setRttError(null);
    setFileError(null);
    await simulation.start(text, Number(seed), Number(runs));
  }

  // The current text against the pinned one, on the same passengers: the
  // pinned result's seed and runs.
  async function compareWithPinned() {
    if (!pinned) return;
    setRttError(null);
    setFileError(null);
    setSeed(String(pinned.seed));
    setRuns(String(pinned.runs));
    await simulation.start(text, pinned.seed, pinned.runs, pinned.text);
  }

  const job = simulation.job;
  const result = job?.status === 'done' ? job.result : undefined;
  const resultStale = result !== undefined && simulation.startedWith !== null && simulation.startedWith !== text;
  const rttStale = rtt !== null && rttText !== text;
  const pinnedLabel = pinned ? designLabel(pinned.report.building, pinned.text) : '';
  const currentLabel = result ? designLabel(result.report.building, simulation.startedWith ?? text) : '';
  return (
    <section aria-labelledby="workbench-title" className="workbench">
      <h1 id="workbench-title">{t('workbench.title')}</h1>
      <p className="lead">{t('workbench.lead')}</p>
      <p className="print-only print-header">
        {t('workbench.printHeader', { date: new Date().toISOString().slice(0, 10) })}
      </p>
      <div className="workbench-inputs no-print">
      <form onSubmit={simulate} className="card workbench-form" noValidate>
        <BuildingEditor
          value={text}
          onChange={(next) => {
            setText(next);
            setFileError(null);
          }}
          onReset={() => setText(EXAMPLE_BUILDING)}
          error={textError}
          onFileError={setFileError}
        />
        <div className="form-grid">
          <Field id="sim-seed" label={t('workbench.seed')} error={seedValid ? undefined : t('workbench.seedInvalid')}>
            {(p) => <input {...p} inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value.trim())} />}
          </Field>
          <Field
            id="sim-runs"
            label={t('workbench.runs')}
            hint={t('workbench.runsHint', { max: MAX_RUNS })}
            error={runsValid ? undefined : t('workbench.runsInvalid', { max: MAX_RUNS })}
          >
            {(p) => <input {...p} inputMode="numeric" value={runs} onChange={(e) => setRuns(e.target.value.trim())} />}
          </Field>
        </div>
        {!textError && <ErrorNotice error={lastError} />}
        <div className="form-buttons">
          <button type="button" onClick={calculate} disabled={rttBusy}>
            {t('workbench.calculateRtt')}
          </button>
          <button type="submit" className="primary" disabled={simulation.busy || simulation.running}>
            {t('workbench.simulate')}
          </button>
          {pinned && (
            <button
              type="button"
              onClick={() => void compareWithPinned()}
              disabled={simulation.busy || simulation.running}
            >
              {t('workbench.compareWithPinned')}
            </button>
          )}
        </div>
        {pinned && (
          <p className="pinned-line" data-testid="pinned">
            {t('workbench.pinned', { label: pinnedLabel, runs: pinned.runs, seed: pinned.seed })}{' '}
            <button type="button" className="link-button" onClick={() => setPinned(null)}>
              {t('workbench.unpin')}
            </button>
          </p>
        )}
      </form>
      <BuildingForm
        text={text}
        onChange={(next) => {
          setText(next);
          setFileError(null);
        }}
      />
      </div>

      {rtt && (
        <section aria-labelledby="rtt-title" className={rttStale ? 'stale' : undefined}>
          <h2 id="rtt-title">{t('rtt.title')}</h2>
          {rttStale && (
            <p className="notice notice-stale" role="status">
              {t('workbench.stale')}
            </p>
          )}
          <RttTable rtt={rtt} />
          {result && !rttStale && !resultStale && <RoundTripNote rtt={rtt} report={result.report} />}
        </section>
      )}
      {job && <SimulationStatus job={job} busy={simulation.busy} onCancel={() => void simulation.cancel()} />}
      {result?.comparison && (
        <ComparisonResults
          comparison={result.comparison}
          pinned={result.baseline_timeline}
          current={result.timeline}
          pinnedLabel={pinnedLabel || t('compare.pinned')}
          currentLabel={currentLabel}
        />
      )}
      {result && (
        <SimulationResults
          report={result.report}
          timeline={result.timeline}
          stale={resultStale}
          onPin={
            resultStale
              ? undefined
              : () =>
                  setPinned({
                    text: simulation.startedWith ?? text,
                    label: currentLabel,
                    seed: result.report.seed,
                    runs: result.report.runs,
                    report: result.report,
                    timeline: result.timeline,
                  })
          }
        />
      )}
    </section>
  );
}
