// KEY=VALUE changes to the description (as `hoistway tower --set`): each a
// key chosen from the catalogue (with its unit and meaning) and a value.
// None at first; the user adds them one by one.
import { useEffect, useMemo, useRef } from 'react';

import { useI18n } from '../i18n/i18n';
import { unitText } from './format';
import { MAX_CHANGES, type Change, type ChangeErrors } from './request';
import type { TowerKey } from './types';

interface Props {
  keys: TowerKey[];
  changes: Change[];
  onChange: (changes: Change[]) => void;
  errors: ChangeErrors[];
  // The server's message about one change (by its index).
  serverError?: { index: number; message: string } | null;
}

// The catalogue's keys grouped by their part of the lift (brake, sheave, ...).
function groups(keys: TowerKey[]): [string, TowerKey[]][] {
  const out = new Map<string, TowerKey[]>();
  for (const k of keys) {
    const parts = k.key.split('.');
    const group = parts.length > 2 ? (parts[1] ?? '') : parts[0] === 'lift' ? 'lift' : '';
    out.set(group, [...(out.get(group) ?? []), k]);
  }
  return [...out.entries()];
}

let nextId = 1;
export function newChange(): Change {
  nextId += 1;
  return { id: nextId, key: '', value: '' };
}

export function ChangesEditor({ keys, changes, onChange, errors, serverError }: Props) {
  const { t } = useI18n();
  const byKey = useMemo(() => new Map(keys.map((k) => [k.key, k])), [keys]);
  const grouped = useMemo(() => groups(keys), [keys]);
  // A change just added gets the focus (its key comes first).
  const added = useRef<number | null>(null);
  useEffect(() => {
    if (added.current === null) return;
    document.getElementById(`change-${added.current}-key`)?.focus();
    added.current = null;
  }, [changes]);

  function add() {
    const change = newChange();
    added.current = change.id;
    onChange([...changes, change]);
  }

  function update(index: number, patch: Partial<Change>) {
    onChange(changes.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  }

  return (
    <fieldset className="tower-changes">
      <legend>{t('tower.changes')}</legend>
      <p className="hint">{t('tower.changesHint')}</p>
      {changes.length === 0 && <p className="empty">{t('tower.changesNone')}</p>}
      <ol className="change-list">
        {changes.map((c, i) => {
          const info = byKey.get(c.key);
          const e = errors[i] ?? {};
          const server = serverError?.index === i ? serverError.message : null;
          const keyId = `change-${c.id}-key`;
          const valueId = `change-${c.id}-value`;
          const valueError = e.value ? t(e.value) : server;
          const valueDescribed = [info ? `${valueId}-hint` : '', valueError ? `${valueId}-error` : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={c.id}>
              <fieldset className="change-row">
                <legend>{t('tower.changeN', { n: i + 1 })}</legend>
                <div className={`field change-key${e.key ? ' field-invalid' : ''}`}>
                  <label htmlFor={keyId}>{t('tower.key')}</label>
                  <select
                    id={keyId}
                    value={c.key}
                    aria-invalid={Boolean(e.key)}
                    aria-describedby={e.key ? `${keyId}-error` : undefined}
                    onChange={(ev) => update(i, { key: ev.target.value })}
                  >
                    <option value="">{t('tower.keyNone')}</option>
                    {grouped.map(([group, list]) => (
                      <optgroup key={group} label={group || t('tower.keyGroupTop')}>
                        {list.map((k) => (
                          <option key={k.key} value={k.key}>
                            {k.key}
                            {k.unit ? ` (${unitText(k.unit)})` : ''}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                  {e.key && (
                    <small id={`${keyId}-error`} className="error-text" role="alert">
                      {t(e.key)}
                    </small>
                  )}
                </div>
                <div className={`field${valueError ? ' field-invalid' : ''}`}>
                  <label htmlFor={valueId}>
                    {info?.unit ? t('tower.valueIn', { unit: unitText(info.unit) }) : t('tower.value')}
                  </label>
                  <input
                    id={valueId}
                    value={c.value}
                    autoComplete="off"
                    spellCheck={false}
                    aria-invalid={Boolean(valueError)}
                    aria-describedby={valueDescribed || undefined}
                    onChange={(ev) => update(i, { value: ev.target.value })}
                  />
                  {info && (
                    <small id={`${valueId}-hint`} className="hint">
                      {info.meaning}
                      {info.unit ? ` [${unitText(info.unit)}]` : ''}
                    </small>
                  )}
                  {valueError && (
                    <small id={`${valueId}-error`} className="error-text" role="alert">
                      {valueError}
                    </small>
                  )}
                </div>
                <button
                  type="button"
                  className="change-remove"
                  aria-label={t('tower.removeChange', { n: i + 1 })}
                  onClick={() => onChange(changes.filter((_, j) => j !== i))}
                >
                  {t('tower.remove')}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add} disabled={changes.length >= MAX_CHANGES}>
        {t('tower.addChange')}
      </button>
    </fieldset>
  );
}
