// One row of a figures table (the RTT table, the simulation's figures): a
// translated label with its unit, and how to read and round the value.
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

export interface FigureRow<T> {
  label: MessageKey;
  unit: string;
  value: (source: T) => number;
  digits: number;
}

// The row's header cell: "Label (unit)".
export function FigureRowHeader<T>({ row }: { row: FigureRow<T> }) {
  const { t } = useI18n();
  return (
    <th scope="row">
      {t(row.label)}
      {row.unit && <span className="unit"> ({row.unit})</span>}
    </th>
  );
}
