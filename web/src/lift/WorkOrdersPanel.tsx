// A lift's open call-outs, each closable by those who may record maintenance.
import { useState } from 'react';

import type { WorkOrder } from '../api/types';
import { CloseWorkOrderForm } from '../forms/CloseWorkOrderForm';
import { useI18n } from '../i18n/i18n';

interface Props {
  orders: WorkOrder[];
  mayClose: boolean;
  onChanged: () => void;
}

export function WorkOrdersPanel({ orders, mayClose, onChanged }: Props) {
  const { t } = useI18n();
  const [closing, setClosing] = useState<number | null>(null);
  const open = orders.filter((o) => o.status === 'open');
  if (open.length === 0) return <p className="empty">{t('workOrder.noneOpen')}</p>;
  return (
    <ul className="work-orders">
      {open.map((order) => (
        <li key={order.id}>
          <span>
            {t('workOrder.summary', { called: order.called_at.replace('T', ' '), cause: order.cause || '–' })}
            {order.out_of_service && <span className="badge badge-status-out_of_service">{t('workOrder.outOfServiceShort')}</span>}
          </span>
          {mayClose && closing !== order.id && (
            <button type="button" onClick={() => setClosing(order.id)}>
              {t('workOrder.close')}
            </button>
          )}
          {closing === order.id && (
            <CloseWorkOrderForm
              order={order}
              onSaved={() => {
                setClosing(null);
                onChanged();
              }}
              onCancel={() => setClosing(null)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
