// The fleet as a grid of tiles coloured by state (tileState.ts), with the
// legend: what each colour means and how many lifts have it.
import { useI18n } from '../i18n/i18n';
import { TILE_LABEL } from './labels';
import { TILE_STATES, tileState, type TileState } from './tileState';
import type { FleetLift } from './types';

interface Props {
  lifts: FleetLift[];
  nowMs: number;
  selected: string | null;
  onSelect: (registrationNo: string) => void;
}

export function FleetGrid({ lifts, nowMs, selected, onSelect }: Props) {
  const { t } = useI18n();
  const states = lifts.map((lift) => tileState(lift, nowMs));
  const counts = new Map<TileState, number>();
  for (const s of states) counts.set(s, (counts.get(s) ?? 0) + 1);
  return (
    <section aria-labelledby="fleet-grid-title">
      <h2 id="fleet-grid-title">{t('monitoring.fleet')}</h2>
      <ul className="tile-legend" aria-label={t('monitoring.legend')}>
        {TILE_STATES.filter((s) => counts.has(s)).map((s) => (
          <li key={s}>
            <span className={`tile-swatch tile-${s}`} aria-hidden="true" /> {t(TILE_LABEL[s])}: {counts.get(s)}
          </li>
        ))}
      </ul>
      <ul className="fleet-grid" aria-label={t('monitoring.fleetGrid')}>
        {lifts.map((lift, i) => {
          const state = states[i] ?? 'silent';
          return (
            <li key={lift.registration_no}>
              <button
                type="button"
                className={`tile tile-${state}`}
                aria-pressed={selected === lift.registration_no}
                aria-label={t('monitoring.tileLabel', {
                  lift: lift.registration_no,
                  building: lift.building,
                  state: t(TILE_LABEL[state]),
                })}
                title={`${lift.building} — ${t(TILE_LABEL[state])}`}
                onClick={() => onSelect(lift.registration_no)}
              >
                <span className="tile-number">{lift.registration_no}</span>
                {lift.floor !== null && lift.last_seen_at && (
                  <span className="tile-floor">{t('monitoring.floorShort', { floor: lift.floor })}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
