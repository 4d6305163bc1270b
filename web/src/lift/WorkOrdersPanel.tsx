// A lift's open call-outs: the reported problem, who was sent, how long they
// took to arrive, what opened it (a self-inspection's urgent repair stays
// here until closed); each closable when the server allows it.
import { useState } from 'react';

import type { Technician, WorkOrder } from '../api/types';
import { useApiData } from '../api/useApiData';
import { CloseWorkOrderForm } from '../forms/CloseWorkOrderForm';
import { responseMinutes } from '../forms/workOrder';
import { useI18n } from '../i18n/i18n';

interface Props {
  orders: WorkOrder[];
  companyId: number | null;
  mayClose: boolean;
  onChanged: () => void;
}

export function WorkOrdersPanel({ orders, companyId, mayClose, onChanged }: Props) {
  const { t } = useI18n();
  const [closing, setClosing] = useState<number | null>(null);
  const [closed, setClosed] = useState<WorkOrder | null>(null);
  const technicians = useApiData<{ items: Technician[] }>(companyId !== null ? `/technicians?company_id=${companyId}` : null);
  const technicianName = (id: number | null) =>
    id === null ? t('workOrder.unassigned') : (technicians.data?.items.find((tech) => tech.id === id)?.name ?? `#${id}`);
  const open = orders.filter((o) => o.status === 'open');
  return (
    <>
      {closed && (
        <p className="notice notice-success" role="status">
          {t('workOrder.closed', { id: closed.id })}
        </p>
      )}
      {open.length === 0 ? (
        <p className="empty">{t('workOrder.noneOpen')}</p>
      ) : (
        <ul className="work-orders">
          {open.map((order) => {
            const minutes = responseMinutes(order);
            return (
              <li key={order.id}>
                <div className="work-order-summary">
                  <strong>{t('workOrder.summary', { called: order.called_at.replace('T', ' '), cause: order.problem || '–' })}</strong>
                  {order.out_of_service && (
                    <span className="badge badge-status-out_of_service">{t('workOrder.outOfServiceShort')}</span>
                  )}
                  {order.origin.startsWith('self_inspection:') && (
                    <span className="badge">{t('workOrder.fromSelfInspection', { month: order.origin.slice(16) })}</span>
                  )}
                  {order.origin.startsWith('alarm:') && (
                    <span className="badge">{t('workOrder.fromAlarm', { id: order.origin.slice(6) })}</span>
                  )}
                  <span className="hint">
                    {t('workOrder.assignee', { name: technicianName(order.technician_id) })} ·{' '}
                    {minutes === null ? t('workOrder.notArrived') : t('workOrder.responseTime', { minutes })}
                  </span>
                </div>
                {mayClose && closing !== order.id && (
                  <button type="button" onClick={() => setClosing(order.id)}>
                    {t('workOrder.close')}
                  </button>
                )}
                {closing === order.id && (
                  <CloseWorkOrderForm
                    order={order}
                    onSaved={(saved) => {
                      setClosing(null);
                      setClosed(saved);
                      onChanged();
                    }}
                    onCancel={() => setClosing(null)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
