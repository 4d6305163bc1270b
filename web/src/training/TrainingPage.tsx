// The training centre (docs/training.md): choose a scenario, investigate
// the lift on the twin, answer, and read the explanation; below, the
// training records the caller may read.
import './training.css';

import { useState } from 'react';

import { ApiError } from '../api/client';
import { useApiData } from '../api/useApiData';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { RecordsTable } from './RecordsTable';
import { SessionView } from './SessionView';
import type { ScenarioList, TrainingSession } from './types';

export function TrainingPage() {
  const { t } = useI18n();
  const { client } = useSession();
  const scenarios = useApiData<ScenarioList>('/training/scenarios');
  const [session, setSession] = useState<TrainingSession | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  async function start(id: string) {
    setError(null);
    try {
      setSession(await client.post<TrainingSession>('/training/sessions', { scenario: id }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }

  // An unanswered session of one's own, taken up again from the records.
  async function resume(id: number) {
    setError(null);
    try {
      setSession(await client.get<TrainingSession>(`/training/sessions/${id}`));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }

  function leave() {
    setSession(null);
    setGeneration((g) => g + 1);
  }

  return (
    <div className="training-page">
      <h1>{t('training.title')}</h1>
      <p>{t('training.lead')}</p>
      {error && <p role="alert">{error}</p>}
      {session ? (
        <SessionView
          key={session.id}
          session={session}
          onLeave={leave}
          onAnswered={() => setGeneration((g) => g + 1)}
        />
      ) : (
        <section aria-labelledby="training-scenarios">
          <h2 id="training-scenarios">{t('training.scenarios')}</h2>
          {scenarios.error && <p role="alert">{scenarios.error.message}</p>}
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('training.scenario')}</th>
                <th scope="col">{t('training.level')}</th>
                <th scope="col">{t('training.lift')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {(scenarios.data?.items ?? []).map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.title}</th>
                  <td>{t(`training.level.${s.level}`)}</td>
                  <td>{s.lift}</td>
                  <td>
                    <button type="button" onClick={() => void start(s.id)} aria-label={`${t('training.start')}: ${s.title}`}>
                      {t('training.start')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <RecordsTable generation={generation} onResume={session ? undefined : (id) => void resume(id)} />
    </div>
  );
}
