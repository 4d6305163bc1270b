// The traffic workbench: edit or load a building description, calculate its
// round-trip time at once, or simulate it on the server (with progress and
// Cancel) and see the charts. The text is kept for the tab.
import { useEffect, useState, type FormEvent } from 'react';

import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { BuildingEditor } from './BuildingEditor';
import { EXAMPLE_BUILDING } from './exampleBuilding';
import { RttTable } from './RttTable';
import { SimulationResults } from './SimulationResults';
import { SimulationStatus } from './SimulationStatus';
import type { RttDocument } from './types';
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

export function WorkbenchPage() {
  const { t } = useI18n();
  const { client } = useSession();
  const [text, setText] = useState(initialText);
  const [seed, setSeed] = useState('1');
  const [runs, setRuns] = useState('1');
  const [rtt, setRtt] = useState<RttDocument | null>(null);
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

  const job = simulation.job;
  const result = job?.status === 'done' ? job.result : undefined;
  return (
    <section aria-labelledby="workbench-title" className="workbench">
      <h1 id="workbench-title">{t('workbench.title')}</h1>
      <p className="lead">{t('workbench.lead')}</p>
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
        </div>
      </form>

      {rtt && (
        <section aria-labelledby="rtt-title">
          <h2 id="rtt-title">{t('rtt.title')}</h2>
          <RttTable rtt={rtt} />
        </section>
      )}
      {job && <SimulationStatus job={job} busy={simulation.busy} onCancel={() => void simulation.cancel()} />}
      {result && <SimulationResults report={result.report} timeline={result.timeline} />}
    </section>
  );
}
