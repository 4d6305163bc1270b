// A finished simulation: its figures and its charts.
import { useI18n } from '../i18n/i18n';
import { FiguresTable } from './FiguresTable';
import { QueueChart } from './QueueChart';
import { TrajectoryChart } from './TrajectoryChart';
import type { SimulationReport, Timeline } from './types';
import { WaitingHistogramChart } from './WaitingHistogramChart';

export function SimulationResults({ report, timeline }: { report: SimulationReport; timeline: Timeline }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="simulation-results-title" className="simulation-results">
      <h2 id="simulation-results-title">{t('workbench.resultsTitle', { building: report.building })}</h2>
      <div className="results-grid">
        <FiguresTable report={report} />
        <div className="charts">
          <WaitingHistogramChart timeline={timeline} />
          <QueueChart timeline={timeline} />
        </div>
      </div>
      <TrajectoryChart timeline={timeline} />
    </section>
  );
}
