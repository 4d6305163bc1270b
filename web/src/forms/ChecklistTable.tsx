// The inspection checklist, grouped by part of the lift (machine room, car,
// well, pit, landing): each group collapses and says how far it is filled
// in; each item has its code, name and source, a result (none chosen at
// first), the measured value where the item measures one (flagged at once
// beyond the profile's limit) and a note (needed for a defect or a fail).
// Stays fast with hundreds of items: a closed group renders no rows, and a
// row re-renders only when it changes. Keyboard: in a result, P D F O N
// choose pass, defect, fail, observation, n/a and move to the next item.
import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';

import type { ChecklistPart } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ITEM_RESULT_LABEL, type ItemResult } from '../i18n/labels';
import { localName } from '../i18n/localName';
import { exceedsLimit, ITEM_RESULTS, RESULT_KEYS, type ChecklistRow } from './inspection';

interface Props {
  parts: ChecklistPart[];
  rows: ChecklistRow[];
  // The message of a field's error ("items.3.measured"), if any.
  error: (field: string) => string | undefined;
  onRow: (index: number, patch: Partial<ChecklistRow>) => void;
  onPassRemaining: () => void;
}

export const resultId = (i: number) => `item-${i}-result`;

export function ChecklistTable({ parts, rows, error, onRow, onPassRemaining }: Props) {
  const { t, language } = useI18n();
  // Groups with a problem open themselves; the others start open too unless
  // the checklist is long (then the inspector opens what they inspect).
  const [open, setOpen] = useState<Record<string, boolean>>({});
  // A group a problem opened stays open while the inspector fixes it.
  const opened = useRef(new Set<string>());
  const long = rows.length > 40;
  const remaining = rows.filter((r) => r.result === '').length;

  const focusNext = useCallback((index: number) => {
    const next = document.getElementById(resultId(index + 1));
    if (next) {
      next.closest('details')?.setAttribute('open', '');
      next.focus();
    }
  }, []);

  return (
    <section className="checklist-groups" aria-labelledby="checklist-title">
      <div className="checklist-head">
        <h4 id="checklist-title">{t('inspection.checklist')}</h4>
        <span className="hint">{t('inspection.progress', { done: rows.length - remaining, total: rows.length })}</span>
        <button type="button" onClick={onPassRemaining} disabled={remaining === 0}>
          {t('inspection.passRemaining', { count: remaining })}
        </button>
      </div>
      <p className="hint">{t('inspection.keyboardHint')}</p>
      {parts.map((part) => {
        const indices = rows.flatMap((row, i) => (row.spec.part === part.code ? [i] : []));
        if (indices.length === 0) return null;
        const done = indices.filter((i) => rows[i]!.result !== '').length;
        const wanting = indices.filter((i) => {
          const r = rows[i]!.result;
          return r === 'defect' || r === 'fail';
        }).length;
        const problem = indices.some(
          (i) => error(`items.${i}.result`) || error(`items.${i}.measured`) || error(`items.${i}.note`),
        );
        if (problem) opened.current.add(part.code);
        const isOpen = open[part.code] ?? (opened.current.has(part.code) || !long);
        return (
          <details
            key={part.code}
            className="checklist-part"
            open={isOpen}
            onToggle={(e) => {
              const now = (e.currentTarget as HTMLDetailsElement).open;
              if (now !== isOpen) setOpen((o) => ({ ...o, [part.code]: now }));
            }}
          >
            <summary>
              <span className="part-name">{localName(part, language)}</span>{' '}
              <span className="hint">
                {t('inspection.partProgress', { done, total: indices.length })}
                {wanting > 0 && ` · ${t('inspection.partWanting', { count: wanting })}`}
              </span>
            </summary>
            {isOpen && (
              <div className="table-wrap">
                <table className="checklist">
                  <caption className="visually-hidden">{localName(part, language)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('inspection.item')}</th>
                      <th scope="col">{t('inspection.itemResult')}</th>
                      <th scope="col">{t('inspection.measured')}</th>
                      <th scope="col">{t('inspection.itemNote')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {indices.map((i) => (
                      <Row
                        key={rows[i]!.spec.code}
                        index={i}
                        row={rows[i]!}
                        resultError={error(`items.${i}.result`)}
                        measuredError={error(`items.${i}.measured`)}
                        noteError={error(`items.${i}.note`)}
                        onRow={onRow}
                        onDone={focusNext}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </details>
        );
      })}
    </section>
  );
}

interface RowProps {
  index: number;
  row: ChecklistRow;
  resultError: string | undefined;
  measuredError: string | undefined;
  noteError: string | undefined;
  onRow: (index: number, patch: Partial<ChecklistRow>) => void;
  onDone: (index: number) => void;
}

const Row = memo(function Row({ index, row, resultError, measuredError, noteError, onRow, onDone }: RowProps) {
  const { t, language } = useI18n();
  const name = localName(row.spec, language);
  const measuredId = `item-${index}-measured`;
  const noteId = `item-${index}-note`;
  const beyond = exceedsLimit(row);
  const unit = row.spec.unit;
  const limit =
    row.spec.max_abs !== null
      ? `± ${row.spec.max_abs} ${unit}`
      : row.spec.min !== null && row.spec.max !== null
        ? `${row.spec.min}–${row.spec.max} ${unit}`
        : row.spec.max !== null
          ? `≤ ${row.spec.max} ${unit}`
          : row.spec.min !== null
            ? `≥ ${row.spec.min} ${unit}`
            : '';
  const keys = (event: KeyboardEvent<HTMLSelectElement>) => {
    const result = RESULT_KEYS[event.key.toLowerCase()];
    if (!result || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onRow(index, { result });
    onDone(index);
  };
  return (
    <tr className={row.result === 'fail' || row.result === 'defect' ? 'row-fail' : undefined}>
      <th scope="row">
        <span className="code">{row.spec.code}</span> {name}
        {row.spec.clause && <small className="clause">{row.spec.clause}</small>}
      </th>
      <td>
        <label htmlFor={resultId(index)} className="visually-hidden">
          {t('inspection.resultOf', { item: name })}
        </label>
        <select
          id={resultId(index)}
          value={row.result}
          aria-invalid={Boolean(resultError)}
          aria-describedby={resultError ? `${resultId(index)}-error` : undefined}
          onKeyDown={keys}
          onChange={(e) => onRow(index, { result: e.target.value as ItemResult | '' })}
        >
          <option value="">{t('common.choose')}</option>
          {ITEM_RESULTS.map((r) => (
            <option key={r} value={r}>
              {t(ITEM_RESULT_LABEL[r])}
            </option>
          ))}
        </select>
        {resultError && (
          <small id={`${resultId(index)}-error`} className="error-text">
            {resultError}
          </small>
        )}
      </td>
      <td>
        {unit ? (
          <>
            <label htmlFor={measuredId} className="visually-hidden">
              {t('inspection.measuredOf', { item: name, unit })}
            </label>
            <span className="measured">
              <input
                id={measuredId}
                inputMode="decimal"
                size={7}
                value={row.measured}
                aria-invalid={Boolean(measuredError) || beyond}
                aria-describedby={measuredError || beyond ? `${measuredId}-note` : undefined}
                onChange={(e) => onRow(index, { measured: e.target.value })}
              />
              <span className="unit">{unit}</span>
            </span>
            {limit && <small className="hint">{limit}</small>}
            {(measuredError || beyond) && (
              <small id={`${measuredId}-note`} className="error-text">
                {measuredError ?? t('inspection.beyondLimit')}
              </small>
            )}
          </>
        ) : (
          '–'
        )}
      </td>
      <td>
        <label htmlFor={noteId} className="visually-hidden">
          {t('inspection.noteOf', { item: name })}
        </label>
        <input
          id={noteId}
          value={row.note}
          maxLength={1000}
          aria-invalid={Boolean(noteError)}
          aria-describedby={noteError ? `${noteId}-error` : undefined}
          onChange={(e) => onRow(index, { note: e.target.value })}
        />
        {noteError && (
          <small id={`${noteId}-error`} className="error-text">
            {noteError}
          </small>
        )}
      </td>
    </tr>
  );
});
