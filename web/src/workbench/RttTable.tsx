// The round-trip-time figures of each lift group (CIBSE Guide D / ISO
// 8100-32), classical and with exact jerk-limited flights; the targets of the
// description judged on them; and the general analysis at the actual demand.
import { useI18n } from '../i18n/i18n';
import { FigureRowHeader, type FigureRow } from './FigureRow';
import { GeneralAnalysisTable } from './GeneralAnalysisTable';
import { TargetsTable } from './TargetsTable';
import type { RttDocument, RttGroup } from './types';

const ROWS: FigureRow<RttGroup>[] = [
  { label: 'rtt.cars', unit: '', value: (g) => g.cars, digits: 0 },
  { label: 'rtt.capacity', unit: '', value: (g) => g.capacity_persons, digits: 0 },
  { label: 'rtt.population', unit: '', value: (g) => g.population, digits: 0 },
  { label: 'rtt.P', unit: '', value: (g) => g.P, digits: 2 },
  { label: 'rtt.S', unit: '', value: (g) => g.S, digits: 2 },
  { label: 'rtt.H', unit: '', value: (g) => g.H, digits: 2 },
  { label: 'rtt.tv', unit: 's', value: (g) => g.t_v_s, digits: 2 },
  { label: 'rtt.tf1', unit: 's', value: (g) => g.t_f1_s, digits: 2 },
  { label: 'rtt.ts', unit: 's', value: (g) => g.t_s_s, digits: 2 },
  { label: 'rtt.tp', unit: 's', value: (g) => g.t_p_s, digits: 2 },
  { label: 'rtt.rtt', unit: 's', value: (g) => g.rtt_s, digits: 1 },
  { label: 'rtt.interval', unit: 's', value: (g) => g.interval_s, digits: 1 },
  { label: 'rtt.hcPersons', unit: '', value: (g) => g.handling_capacity_persons_per_5min, digits: 1 },
  { label: 'rtt.hcPct', unit: '%', value: (g) => g.handling_capacity_pct, digits: 1 },
  { label: 'rtt.rttKinematic', unit: 's', value: (g) => g.rtt_kinematic_s, digits: 1 },
  { label: 'rtt.intervalKinematic', unit: 's', value: (g) => g.interval_kinematic_s, digits: 1 },
];

export function RttTable({ rtt }: { rtt: RttDocument }) {
  const { t, formatNumber } = useI18n();
  return (
    <>
    <div className="table-wrap">
      <table className="figures-table" data-testid="rtt-table">
        <caption>{t('rtt.caption', { building: rtt.building })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.figure')}</th>
            {rtt.groups.map((g) => (
              <th key={g.group} scope="col">
                {t('rtt.group', { name: g.group })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <FigureRowHeader row={row} />
              {rtt.groups.map((g) => (
                <td key={g.group}>{formatNumber(row.value(g), row.digits)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {rtt.groups.map((g) =>
      g.targets ? (
        <TargetsTable
          key={`targets-${g.group}`}
          targets={g.targets}
          caption={t('targets.rttCaption', { group: g.group })}
          testId="targets-rtt"
        />
      ) : null,
    )}
    {rtt.groups.map((g) => (
      <GeneralAnalysisTable key={`general-${g.group}`} group={g} />
    ))}
    </>
  );
}
