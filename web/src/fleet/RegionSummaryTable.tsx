// Counts by region (valid, due within 30 days, overdue, prohibited): the
// map-free overview. A region's name filters the list below.
import type { RegionSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';

interface Props {
  regions: RegionSummary[];
  onRegion: (region: string) => void;
  onOverdue: (region: string) => void;
}

export function RegionSummaryTable({ regions, onRegion, onOverdue }: Props) {
  const { t } = useI18n();
  const sum = (key: keyof Omit<RegionSummary, 'region'>) => regions.reduce((s, r) => s + r[key], 0);
  return (
    <div className="table-wrap">
      <table className="summary-table">
        <caption>{t('summary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.region')}</th>
            <th scope="col">{t('summary.total')}</th>
            <th scope="col">{t('summary.valid')}</th>
            <th scope="col">{t('summary.due')}</th>
            <th scope="col">{t('summary.overdue')}</th>
            <th scope="col">{t('summary.prohibited')}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.region}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onRegion(r.region)}>
                  {r.region}
                </button>
              </th>
              <td>{r.total}</td>
              <td className="num-valid">{r.valid}</td>
              <td className="num-due">{r.due_30_days}</td>
              <td className="num-overdue">
                {r.overdue > 0 ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOverdue(r.region)}
                    aria-label={t('summary.showOverdue', { count: r.overdue, region: r.region })}
                  >
                    {r.overdue}
                  </button>
                ) : (
                  0
                )}
              </td>
              <td className="num-prohibited">{r.prohibited}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('summary.all')}</th>
            <td>{sum('total')}</td>
            <td>{sum('valid')}</td>
            <td>{sum('due_30_days')}</td>
            <td>{sum('overdue')}</td>
            <td>{sum('prohibited')}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
