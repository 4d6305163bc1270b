// The fault catalogue as checkboxes: each with its title, what it does to
// the lift and which tests it should make fail. None is chosen at first.
import { useI18n } from '../i18n/i18n';
import type { TowerFault } from './types';

interface Props {
  faults: TowerFault[];
  chosen: string[];
  onChange: (names: string[]) => void;
  // The server's message about one chosen fault (by name).
  error?: { name: string; message: string } | null;
}

export function FaultPicker({ faults, chosen, onChange, error }: Props) {
  const { t } = useI18n();

  // Kept in the catalogue's order, so that the same choice is the same request.
  function toggle(name: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    onChange(faults.map((f) => f.name).filter((n) => next.has(n)));
  }

  return (
    <fieldset className="tower-faults">
      <legend>{t('tower.faults')}</legend>
      <p className="hint" id="tower-faults-hint">
        {t('tower.faultsHint')}
      </p>
      <ul className="fault-list">
        {faults.map((f) => {
          const id = `fault-${f.name}`;
          const failsId = `${id}-fails`;
          const errorId = `${id}-error`;
          const wrong = error?.name === f.name;
          return (
            <li key={f.name} className={`fault${chosen.includes(f.name) ? ' fault-chosen' : ''}${wrong ? ' field-invalid' : ''}`}>
              <input
                type="checkbox"
                id={id}
                checked={chosen.includes(f.name)}
                aria-describedby={`${id}-what ${failsId}${wrong ? ` ${errorId}` : ''}`}
                aria-invalid={wrong}
                onChange={(e) => toggle(f.name, e.target.checked)}
              />
              <div>
                <label htmlFor={id} className="fault-title">
                  {f.title} <code>{f.name}</code>
                </label>
                <p id={`${id}-what`} className="fault-what">
                  {f.description}
                </p>
                <p id={failsId} className="fault-fails">
                  {f.fails.length
                    ? t('tower.faultFails', { tests: f.fails.join(', ') })
                    : t('tower.faultFailsNone')}
                </p>
                {wrong && (
                  <p id={errorId} className="error-text" role="alert">
                    {error.message}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
