// The inspection checklist: for each item of the profile its code, name and
// clause, the measured value (when the item has a unit; flagged beyond the
// profile's limit) and the result.
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { exceedsLimit, ITEM_RESULTS, type ChecklistRow, type ItemResult } from './inspection';

const ITEM_RESULT_LABEL: Record<ItemResult, MessageKey> = {
  pass: 'inspection.item.pass',
  defect: 'inspection.item.defect',
  fail: 'inspection.item.fail',
  observation: 'inspection.item.observation',
  na: 'inspection.item.na',
};

interface Props {
  rows: ChecklistRow[];
  // The message of a field's error ("items.3.measured"), if any.
  error: (field: string) => string | undefined;
  onRow: (index: number, patch: Partial<ChecklistRow>) => void;
}

export function ChecklistTable({ rows, error, onRow }: Props) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="checklist">
        <caption>{t('inspection.checklist')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inspection.item')}</th>
            <th scope="col">{t('inspection.measured')}</th>
            <th scope="col">{t('inspection.itemResult')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const measuredId = `item-${i}-measured`;
            const resultId = `item-${i}-result`;
            const measuredError = error(`items.${i}.measured`);
            const beyond = exceedsLimit(row);
            const limit =
              row.spec.max !== null
                ? `≤ ${row.spec.max} ${row.spec.unit}`
                : row.spec.max_abs !== null
                  ? `± ${row.spec.max_abs} ${row.spec.unit}`
                  : '';
            return (
              <tr key={row.spec.code} className={row.result === 'fail' ? 'row-fail' : undefined}>
                <th scope="row">
                  <span className="code">{row.spec.code}</span> {row.spec.name}
                  {row.spec.clause && <small className="clause">{row.spec.clause}</small>}
                </th>
                <td>
                  {row.spec.unit ? (
                    <>
                      <label htmlFor={measuredId} className="visually-hidden">
                        {t('inspection.measuredOf', { item: row.spec.name, unit: row.spec.unit })}
                      </label>
                      <span className="measured">
                        <input
                          id={measuredId}
                          inputMode="decimal"
                          size={7}
                          value={row.measured}
                          aria-invalid={Boolean(measuredError)}
                          aria-describedby={measuredError || beyond ? `${measuredId}-note` : undefined}
                          onChange={(e) => onRow(i, { measured: e.target.value })}
                        />
                        <span className="unit">{row.spec.unit}</span>
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
                  <label htmlFor={resultId} className="visually-hidden">
                    {t('inspection.resultOf', { item: row.spec.name })}
                  </label>
                  <select
                    id={resultId}
                    value={row.result}
                    onChange={(e) => onRow(i, { result: e.target.value as ItemResult })}
                  >
                    {ITEM_RESULTS.map((r) => (
                      <option key={r} value={r}>
                        {t(ITEM_RESULT_LABEL[r])}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
