// One simulation of the workbench, from start to result: POST starts a job
// on the server, which is then followed by its live events (progress) and by
// polling (the fallback, and the source of the result); DELETE cancels it.
// The job's id is kept for the tab, so leaving the page and coming back
// finds it again.
import { useCallback, useEffect, useRef, useState } from 'react';

import { ApiError } from '../api/client';
import { useLiveEvents } from '../api/liveEvents';
import { useSession } from '../auth/session';
import type { SimulationJob } from './types';

export const JOB_STORAGE_KEY = 'hoistway.workbench.job';
// The description the tab's last simulation was started with (to mark its
// results stale when the text has changed since).
export const JOB_TEXT_STORAGE_KEY = 'hoistway.workbench.jobText';
const POLL_MS = 700;

export interface SimulationControl {
  job: SimulationJob | null;
  error: unknown;
  busy: boolean; // a request is on its way
  running: boolean; // queued or running on the server
  startedWith: string | null; // the description of the job shown
  // Starts a simulation; with `baseline`, paired with that description.
  start: (building: string, seed: number, runs: number, baseline?: string) => Promise<void>;
  cancel: () => Promise<void>;
}

function isRunning(job: SimulationJob | null): boolean {
  return job !== null && (job.status === 'queued' || job.status === 'running');
}

export function useSimulation(): SimulationControl {
  const { client } = useSession();
  const [job, setJob] = useState<SimulationJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [startedWith, setStartedWith] = useState<string | null>(() =>
    window.sessionStorage.getItem(JOB_TEXT_STORAGE_KEY),
  );
  const id = job?.id;
  const running = isRunning(job);
  const latest = useRef<SimulationJob | null>(null);
  latest.current = job;

  const fetchJob = useCallback(
    async (jobId: string) => {
      try {
        const next = await client.get<SimulationJob>(`/workbench/simulations/${jobId}`);
        setJob((current) => (current && current.id !== jobId ? current : next));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) {
          window.sessionStorage.removeItem(JOB_STORAGE_KEY);
          setJob((current) => (current?.id === jobId ? null : current));
        } else {
          setError(e);
        }
      }
    },
    [client],
  );

  // Resume the tab's last job.
  useEffect(() => {
    const stored = window.sessionStorage.getItem(JOB_STORAGE_KEY);
    if (stored) void fetchJob(stored);
  }, [fetchJob]);

  // Poll while it runs.
  useEffect(() => {
    if (!id || !running) return undefined;
    const timer = window.setInterval(() => void fetchJob(id), POLL_MS);
    return () => window.clearInterval(timer);
  }, [id, running, fetchJob]);

  useLiveEvents((event) => {
    const current = latest.current;
    if (!current || event.id !== current.id) return;
    if (event.type === 'simulation.progress' && typeof event.progress === 'number' && isRunning(current)) {
      const progress = event.progress;
      setJob((j) => (j && j.id === current.id && isRunning(j) ? { ...j, status: 'running', progress } : j));
    } else if (event.type === 'simulation.finished') {
      void fetchJob(current.id);
    }
  });

  const start = useCallback(
    async (building: string, seed: number, runs: number, baseline?: string) => {
      setBusy(true);
      setError(null);
      try {
        const body = baseline === undefined ? { building, seed, runs } : { building, seed, runs, baseline };
        const started = await client.post<SimulationJob>('/workbench/simulations', body);
        window.sessionStorage.setItem(JOB_STORAGE_KEY, started.id);
        window.sessionStorage.setItem(JOB_TEXT_STORAGE_KEY, building);
        setStartedWith(building);
        setJob(started);
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [client],
  );

  const cancel = useCallback(async () => {
    const current = latest.current;
    if (!current) return;
    setBusy(true);
    try {
      setJob(await client.del<SimulationJob>(`/workbench/simulations/${current.id}`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, [client]);

  return { job, error, busy, running, startedWith, start, cancel };
}
