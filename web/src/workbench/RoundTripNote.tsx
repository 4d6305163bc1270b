// Why the simulated round trip differs from the calculated one: the
// calculation assumes the up-peak with every car leaving the lobby with P
// persons; the simulation follows the description's actual traffic.
import { useI18n } from '../i18n/i18n';
import type { RttDocument, SimulationReport } from './types';

export function RoundTripNote({ rtt, report }: { rtt: RttDocument; report: SimulationReport }) {
  const { t, formatNumber } = useI18n();
  const group = rtt.groups[0];
  if (!group) return null;
  return (
    <aside className="notice round-trip-note" data-testid="round-trip-note">
      <p>
        {t('roundTrip.compare', {
          calculated: formatNumber(group.rtt_s, 1),
          kinematic: formatNumber(group.rtt_kinematic_s, 1),
          simulated: formatNumber(report.round_trip_time_s, 1),
          P: formatNumber(group.P, 1),
          load: formatNumber(report.car_load_persons_mean, 1),
        })}
      </p>
      <ul>
        <li>{t('roundTrip.load')}</li>
        <li>{t('roundTrip.traffic')}</li>
        <li>{t('roundTrip.flights')}</li>
        <li>{t('roundTrip.control')}</li>
      </ul>
    </aside>
  );
}
