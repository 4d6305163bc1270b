// A finished simulation: its figures, the targets checked, its charts, and
// the ways out: pin it for comparison, export the figures, print a report.
import { useI18n } from '../i18n/i18n';
import { download, figuresCsv } from './exportFiles';
import { FiguresTable } from './FiguresTable';
import { QueueChart } from './QueueChart';
import { TargetsTable } from './TargetsTable';
import { TrajectoryChart } from './TrajectoryChart';
import type { SimulationReport, Timeline } from './types';
import { WaitingHistogramChart } from './WaitingHistogramChart';

interface Props {
  report: SimulationReport;
  timeline: Timeline;
  stale?: boolean;
  onPin?: () => void;
}

export function SimulationResults({ report, timeline, stale = false, onPin }: Props) {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby="simulation-results-title"
      className={`simulation-results${stale ? ' stale' : ''}`}
      data-testid="simulation-results"
    >
      <h2 id="simulation-results-title">{t('workbench.resultsTitle', { building: report.building })}</h2>
      {stale && (
        <p className="notice notice-stale" role="status" data-testid="stale-notice">
          {t('workbench.stale')}
        </p>
      )}
      <div className="result-actions no-print">
        {onPin && (
          <button type="button" onClick={onPin}>
            {t('workbench.pin')}
          </button>
        )}
        <button type="button" onClick={() => download('hoistway-simulation.csv', figuresCsv(report))}>
          {t('workbench.exportCsv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('workbench.print')}
        </button>
      </div>
      <div className="results-grid">
        <div>
          <FiguresTable report={report} />
          {report.targets && (
            <TargetsTable targets={report.targets} caption={t('targets.simulatedCaption')} testId="targets-simulated" />
          )}
        </div>
        <div className="charts">
          <WaitingHistogramChart timeline={timeline} />
          <QueueChart timeline={timeline} />
        </div>
      </div>
      <TrajectoryChart timeline={timeline} />
    </section>
  );
}
