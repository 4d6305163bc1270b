// The simulation's figures: means over the runs, with 95 % confidence
// half-widths when there are several runs.
import { useI18n } from '../i18n/i18n';
import { FigureRowHeader } from './FigureRow';
import { FIGURE_ROWS } from './figureRows';
import type { SimulationReport } from './types';


export function FiguresTable({ report }: { report: SimulationReport }) {
  const { t, formatNumber } = useI18n();
  const several = report.runs > 1;
  return (
    <div className="table-wrap">
      <table className="figures-table" data-testid="figures-table">
        <caption>{t('figures.caption', { runs: report.runs, seed: report.seed })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.figure')}</th>
            <th scope="col">{t('figures.value')}</th>
            {several && <th scope="col">{t('figures.halfWidth')}</th>}
          </tr>
        </thead>
        <tbody>
          {FIGURE_ROWS.map((row) => (
            <tr key={row.label}>
              <FigureRowHeader row={row} />
              <td>{formatNumber(row.value(report), row.digits)}</td>
              {several && <td>± {formatNumber(row.value(report.confidence_95), row.digits)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
