// Where a simulation stands: a progress bar and a Cancel button while it
// runs; a line saying how it ended otherwise.
import { ProgressBar } from '../components/ProgressBar';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { JobStatus, SimulationJob } from './types';

const STATUS_LABEL: Record<JobStatus, MessageKey> = {
  queued: 'job.queued',
  running: 'job.running',
  done: 'job.done',
  failed: 'job.failed',
  cancelled: 'job.cancelled',
};

interface Props {
  job: SimulationJob;
  busy: boolean;
  onCancel: () => void;
}

export function SimulationStatus({ job, busy, onCancel }: Props) {
  const { t } = useI18n();
  const running = job.status === 'queued' || job.status === 'running';
  return (
    <div className="simulation-status" aria-live="polite">
      <p>
        <span className={`badge badge-job-${job.status}`} data-testid="job-status">
          {t(STATUS_LABEL[job.status])}
        </span>{' '}
        {t('job.summary', { building: job.building, runs: job.runs, seed: job.seed })}
      </p>
      {running && (
        <div className="progress-row">
          <ProgressBar value={job.progress} label={t('job.progress')} />
          <button type="button" onClick={onCancel} disabled={busy || job.cancel_requested}>
            {t('job.cancel')}
          </button>
        </div>
      )}
      {job.status === 'failed' && job.error && (
        <p className="notice notice-error" role="alert">
          {job.error}
        </p>
      )}
    </div>
  );
}
