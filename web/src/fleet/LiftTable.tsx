// One page of lifts: registration number (a link to the lift), building,
// region, status, validity and next inspection due (region and validity's
// end make way on narrow screens), and, when given, an action for each lift
// under its number.
import type { ReactNode } from 'react';
import { Link } from 'wouter';

import type { Lift, PublicLift } from '../api/types';
import { StatusBadge, ValidityBadge } from '../components/StatusBadge';
import { useI18n } from '../i18n/i18n';

interface Props {
  lifts: (Lift | PublicLift)[];
  today: string;
  // What the user may do on a lift from the list (a link), or null.
  rowAction?: (lift: Lift | PublicLift) => ReactNode;
}

export function LiftTable({ lifts, today, rowAction }: Props) {
  const { t } = useI18n();
  if (lifts.length === 0) return <p className="empty">{t('fleet.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="lift-table">
        <caption className="visually-hidden">{t('fleet.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lift.registrationNo')}</th>
            <th scope="col">{t('lift.building')}</th>
            <th scope="col" className="col-optional">
              {t('fleet.region')}
            </th>
            <th scope="col">{t('fleet.status')}</th>
            <th scope="col">{t('fleet.validity')}</th>
            <th scope="col" className="col-optional">
              {t('lift.validUntil')}
            </th>
            <th scope="col">{t('lift.nextDue')}</th>
          </tr>
        </thead>
        <tbody>
          {lifts.map((lift) => {
            const overdue = lift.next_inspection_due !== null && lift.next_inspection_due < today;
            return (
              <tr key={lift.registration_no}>
                <th scope="row">
                  <Link href={`/lifts/${lift.registration_no}`}>{lift.registration_no}</Link>
                  {rowAction && <div className="row-action">{rowAction(lift)}</div>}
                </th>
                <td className="building-cell">{lift.building.name}</td>
                <td className="col-optional">{lift.building.region}</td>
                <td>
                  <StatusBadge status={lift.status} />
                </td>
                <td>
                  <ValidityBadge validity={lift.validity} />
                </td>
                <td className="col-optional">{lift.valid_until ?? '–'}</td>
                <td className={overdue ? 'overdue' : undefined}>
                  {lift.next_inspection_due ?? '–'}
                  {overdue && <span className="overdue-mark"> ({t('fleet.overdue')})</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
