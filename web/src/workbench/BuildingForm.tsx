// A form beside the text for the parts of a description most often changed:
// each group's cars, car, control and decks, and each floor's population, height
// and entrance. Every change is written into the text (its comments kept),
// so the text stays the one description the server reads.
import { useMemo, useState } from 'react';

import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { editModel, readModel, type GroupRow, type ModelPath } from './buildingModel';

export const DISPATCHERS = ['collective', 'least_delay', 'etd', 'aca'] as const;
export const CALL_MODELS = ['conventional', 'destination', 'hybrid'] as const;
export const DECKS = ['single', 'double'] as const;
const DECK_LABEL: Record<(typeof DECKS)[number], MessageKey> = {
  single: 'form.deck.single',
  double: 'form.deck.double',
};

interface Props {
  text: string;
  onChange: (text: string) => void;
}

// A number input that writes a number as soon as what is typed is one (a
// draft such as an empty field is kept until then, and dropped on leaving).
function NumberCell({
  id,
  label,
  value,
  step,
  onValue,
}: {
  id: string;
  label: string;
  value: number | undefined;
  step: string;
  onValue: (value: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id={id}
      aria-label={label}
      type="number"
      inputMode="decimal"
      min="0"
      step={step}
      value={draft ?? (value === undefined ? '' : String(value))}
      onChange={(e) => {
        setDraft(e.target.value);
        const v = e.target.valueAsNumber;
        if (Number.isFinite(v) && v >= 0) onValue(v);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

// One row of selects, a cell per group: `choicesOf` a group's options
// (shown as `wordOf` gives them), `onChoose` the group's index and the value.
function ChoiceRow({
  label,
  groups,
  labelOf,
  valueOf,
  choicesOf,
  wordOf = (choice) => choice,
  onChoose,
}: {
  label: string;
  groups: GroupRow[];
  labelOf: (g: GroupRow) => string;
  valueOf: (g: GroupRow) => string;
  choicesOf: (g: GroupRow) => readonly string[];
  wordOf?: (choice: string) => string;
  onChoose: (index: number, value: string) => void;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {groups.map((g, i) => (
        <td key={i}>
          <select aria-label={labelOf(g)} value={valueOf(g)} onChange={(e) => onChoose(i, e.target.value)}>
            {choicesOf(g).map((choice) => (
              <option key={choice} value={choice}>
                {wordOf(choice)}
              </option>
            ))}
          </select>
        </td>
      ))}
    </tr>
  );
}

export function BuildingForm({ text, onChange }: Props) {
  const { t } = useI18n();
  const read = useMemo(() => readModel(text), [text]);
  const set = (path: ModelPath, value: unknown) => onChange(editModel(text, path, value));

  if ('error' in read) {
    return (
      <section className="building-form card" aria-labelledby="building-form-title">
        <h2 id="building-form-title">{t('form.title')}</h2>
        <p className="hint">{t('form.unreadable')}</p>
      </section>
    );
  }
  const { model } = read;
  return (
    <section className="building-form card" aria-labelledby="building-form-title">
      <h2 id="building-form-title">{t('form.title')}</h2>
      <p className="hint">{t('form.hint')}</p>
      <div className="table-wrap">
        <table className="form-table" data-testid="groups-form">
          <caption>{t('form.groups')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('form.group')}</th>
              {model.groups.map((g, i) => (
                <th key={i} scope="col">
                  {g.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('form.cars')}</th>
              {model.groups.map((g, i) => (
                <td key={i}>
                  <NumberCell
                    id={`form-cars-${i}`}
                    label={t('form.carsOf', { group: g.name })}
                    value={g.cars}
                    step="1"
                    onValue={(v) => set(['groups', i, 'cars'], Math.max(1, Math.round(v)))}
                  />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">
                {t('form.capacity')} <span className="unit">({t('form.persons')} / kg)</span>
              </th>
              {model.groups.map((g, i) => (
                <td key={i}>
                  {g.capacity_persons !== undefined || g.rated_load_kg === undefined ? (
                    <NumberCell
                      id={`form-capacity-${i}`}
                      label={t('form.capacityOf', { group: g.name })}
                      value={g.capacity_persons}
                      step="1"
                      onValue={(v) => set(['groups', i, 'car', 'capacity_persons'], Math.max(1, Math.round(v)))}
                    />
                  ) : (
                    <NumberCell
                      id={`form-load-${i}`}
                      label={t('form.ratedLoadOf', { group: g.name })}
                      value={g.rated_load_kg}
                      step="25"
                      onValue={(v) => v >= 75 && set(['groups', i, 'car', 'rated_load_kg'], v)}
                    />
                  )}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">
                {t('form.speed')} <span className="unit">(m/s)</span>
              </th>
              {model.groups.map((g, i) => (
                <td key={i}>
                  <NumberCell
                    id={`form-speed-${i}`}
                    label={t('form.speedOf', { group: g.name })}
                    value={g.rated_speed_mps}
                    step="0.1"
                    onValue={(v) => v > 0 && set(['groups', i, 'car', 'rated_speed_mps'], v)}
                  />
                </td>
              ))}
            </tr>
            <ChoiceRow
              label={t('form.dispatcher')}
              groups={model.groups}
              labelOf={(g) => t('form.dispatcherOf', { group: g.name })}
              valueOf={(g) => g.dispatcher}
              choicesOf={(g) => [...new Set([...DISPATCHERS, g.dispatcher])]}
              onChoose={(i, v) => set(['groups', i, 'dispatcher'], v)}
            />
            <ChoiceRow
              label={t('form.callModel')}
              groups={model.groups}
              labelOf={(g) => t('form.callModelOf', { group: g.name })}
              valueOf={(g) => g.call_model}
              choicesOf={() => CALL_MODELS}
              onChoose={(i, v) => set(['groups', i, 'call_model'], v === 'conventional' ? undefined : v)}
            />
            <ChoiceRow
              label={t('form.decks')}
              groups={model.groups}
              labelOf={(g) => t('form.decksOf', { group: g.name })}
              valueOf={(g) => g.deck}
              choicesOf={(g) => [...new Set([...DECKS, g.deck])]}
              wordOf={(d) => (d in DECK_LABEL ? t(DECK_LABEL[d as (typeof DECKS)[number]]) : d)}
              onChoose={(i, v) => set(['groups', i, 'deck'], v === 'single' ? undefined : v)}
            />
          </tbody>
        </table>
      </div>
      {model.floors ? (
        <div className="table-wrap floors-form">
          <table className="form-table" data-testid="floors-form">
            <caption>{t('form.floors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('form.floor')}</th>
                <th scope="col">
                  {t('form.population')} <span className="unit">({t('form.persons')})</span>
                </th>
                <th scope="col">
                  {t('form.height')} <span className="unit">(m)</span>
                </th>
                <th scope="col">{t('form.entrance')}</th>
              </tr>
            </thead>
            <tbody>
              {model.floors.map((f, i) => (
                <tr key={i}>
                  <th scope="row">{f.name}</th>
                  <td>
                    <NumberCell
                      id={`form-population-${i}`}
                      label={t('form.populationOf', { floor: f.name })}
                      value={f.population}
                      step="1"
                      onValue={(v) => set(['floors', i, 'population'], Math.round(v))}
                    />
                  </td>
                  <td>
                    <NumberCell
                      id={`form-height-${i}`}
                      label={t('form.heightOf', { floor: f.name })}
                      value={f.height_m}
                      step="0.1"
                      onValue={(v) => v > 0 && set(['floors', i, 'height_m'], v)}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('form.entranceOf', { floor: f.name })}
                      checked={f.entrance}
                      onChange={(e) => set(['floors', i, 'entrance'], e.target.checked ? true : undefined)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        model.uniform && (
          <div className="form-grid" data-testid="uniform-form">
            <label>
              {t('form.floorsAbove')}
              <NumberCell
                id="form-above"
                label={t('form.floorsAbove')}
                value={model.uniform.above_lobby}
                step="1"
                onValue={(v) => set(['uniform', 'above_lobby'], Math.max(1, Math.round(v)))}
              />
            </label>
            <label>
              {t('form.populationPerFloor')}
              <NumberCell
                id="form-per-floor"
                label={t('form.populationPerFloor')}
                value={model.uniform.population_per_floor}
                step="1"
                onValue={(v) => set(['uniform', 'population_per_floor'], Math.round(v))}
              />
            </label>
          </div>
        )
      )}
    </section>
  );
}
