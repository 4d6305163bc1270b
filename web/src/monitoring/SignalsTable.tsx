// A lift's predictive signals, each with the figures that raise it.
import { useI18n } from '../i18n/i18n';
import { signalLabel } from './labels';
import type { Signal } from './types';

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function SignalsTable({ signals }: { signals: Signal[] }) {
  const { t, formatNumber } = useI18n();
  const cells = (s: Signal): [string, string, string] => {
    const f = s.figures;
    if (f.learning === true) {
      const trips = num(f.baseline_trips) ?? 0;
      return [t('monitoring.learning', { trips }), '', ''];
    }
    if ('unit' in f) {
      const unit = String(f.unit);
      const show = (v: unknown) => `${formatNumber(num(v), 2)} ${unit}`;
      return [show(f.baseline), show(f.recent), show(f.threshold)];
    }
    if ('baseline_per_1000_trips' in f) {
      const show = (v: unknown) => t('monitoring.perThousand', { value: formatNumber(num(v), 1) });
      return [show(f.baseline_per_1000_trips), show(f.recent_per_1000_trips), show(f.threshold_per_1000_trips)];
    }
    const since = num(f.since_maintenance);
    return [
      '',
      since === null ? '–' : t('monitoring.sinceMaintenance', { value: formatNumber(since, 0) }),
      t('monitoring.interval', { value: formatNumber(num(f.interval), 0) }),
    ];
  };
  return (
    <div className="table-wrap">
      <table className="signals-table">
        <caption className="visually-hidden">{t('monitoring.signalsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.colSignal')}</th>
            <th scope="col">{t('monitoring.colRaised')}</th>
            <th scope="col">{t('monitoring.colBaseline')}</th>
            <th scope="col">{t('monitoring.colRecent')}</th>
            <th scope="col">{t('monitoring.colThreshold')}</th>
          </tr>
        </thead>
        <tbody>
          {signals.map((s) => {
            const [baseline, recent, threshold] = cells(s);
            return (
              <tr key={s.name} className={s.raised ? 'signal-raised' : undefined}>
                <th scope="row">{signalLabel(t, s.name)}</th>
                <td>{s.raised ? t('common.yes') : t('common.no')}</td>
                <td>{baseline}</td>
                <td>{recent}</td>
                <td>{threshold}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
