// Peters' general analysis of each traffic period at its actual demand,
// beside the up-peak round trip: what the cars do with the traffic the
// description really asks for, not only with a full lobby queue.
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { RttGroup } from './types';

const STATE_LABEL: Record<string, MessageKey> = {
  'no demand': 'general.stateNone',
  light: 'general.stateLight',
  'within design load': 'general.stateWithin',
  'over design load': 'general.stateOver',
  saturated: 'general.stateSaturated',
};

export function GeneralAnalysisTable({ group }: { group: RttGroup }) {
  const { t, formatNumber } = useI18n();
  const periods = group.general_analysis ?? [];
  if (periods.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="figures-table" data-testid="general-analysis">
        <caption>
          {t(group.deck === 'double' ? 'general.captionDoubleDeck' : 'general.caption', { group: group.group })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('general.period')}</th>
            <th scope="col">
              {t('general.demand')} <span className="unit">({t('general.personsPer5min')})</span>
            </th>
            <th scope="col">{t('general.state')}</th>
            <th scope="col">
              {t('general.interval')} <span className="unit">(s)</span>
            </th>
            <th scope="col">
              {t('general.rtt')} <span className="unit">(s)</span>
            </th>
            <th scope="col">{t('general.stops')}</th>
            <th scope="col">
              {t('general.carLoad')} <span className="unit">(%)</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.period}>
              <th scope="row">
                {p.period + 1}: {formatNumber(p.rate_pct_per_5min, 1)} % ({formatNumber(p.incoming_pct, 0)}/
                {formatNumber(p.outgoing_pct, 0)}/{formatNumber(p.interfloor_pct, 0)})
              </th>
              <td>{formatNumber(p.demand_persons_per_5min, 1)}</td>
              <td>{STATE_LABEL[p.state] ? t(STATE_LABEL[p.state]!) : p.state}</td>
              <td>{formatNumber(p.interval_s, 1)}</td>
              <td>{formatNumber(p.rtt_s, 1)}</td>
              <td>{formatNumber(p.stops, 1)}</td>
              <td>{formatNumber(p.car_load_pct, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
