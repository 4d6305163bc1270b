// Close a call-out: arrival and completion times, cause and action. Sent
// with If-Match so that two technicians never overwrite each other.
import { useState, type FormEvent } from 'react';

import { etagOf } from '../api/client';
import type { WorkOrder } from '../api/types';
import { useSession } from '../auth/session';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { nowMinute } from './dates';
import { FormFooter } from './FormParts';
import { useSubmit } from './useSubmit';
import { closeBody, initialClose, validateClose, type CloseWorkOrderValues, type WorkOrderErrors } from './workOrder';

interface Props {
  order: WorkOrder;
  onSaved: (order: WorkOrder) => void;
  onCancel: () => void;
}

export function CloseWorkOrderForm({ order, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const { client } = useSession();
  const [values, setValues] = useState<CloseWorkOrderValues>(() => initialClose(order, nowMinute()));
  const [errors, setErrors] = useState<WorkOrderErrors>({});
  const submission = useSubmit<WorkOrder>();
  const set = (patch: Partial<CloseWorkOrderValues>) => setValues((v) => ({ ...v, ...patch }));
  const err = (key: keyof WorkOrderErrors) => (errors[key] ? t(errors[key]) : undefined);
  const prefix = `close-${order.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateClose(values, order.called_at);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const closed = await submission.run(() =>
      client.patch<WorkOrder>(`/work-orders/${order.id}`, closeBody(values), {
        headers: { 'If-Match': etagOf(order.version) },
      }),
    );
    if (closed) onSaved(closed);
  }

  return (
    <form className="card record-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{t('workOrder.closeTitle', { called: order.called_at })}</h3>
      <div className="form-grid">
        <Field id={`${prefix}-arrived`} label={t('workOrder.arrivedAt')} error={err('arrivedAt')}>
          {(p) => (
            <input {...p} type="datetime-local" value={values.arrivedAt} onChange={(e) => set({ arrivedAt: e.target.value })} />
          )}
        </Field>
        <Field id={`${prefix}-completed`} label={t('workOrder.completedAt')} error={err('completedAt')}>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={values.completedAt}
              onChange={(e) => set({ completedAt: e.target.value })}
            />
          )}
        </Field>
        <Field id={`${prefix}-cause`} label={t('workOrder.cause')}>
          {(p) => <input {...p} value={values.cause} maxLength={1000} onChange={(e) => set({ cause: e.target.value })} />}
        </Field>
      </div>
      <Field id={`${prefix}-action`} label={t('workOrder.action')} error={err('action')}>
        {(p) => (
          <textarea {...p} rows={2} maxLength={2000} value={values.action} onChange={(e) => set({ action: e.target.value })} />
        )}
      </Field>
      <FormFooter error={submission.error} busy={submission.busy} saveLabel={t('workOrder.close')} onCancel={onCancel} />
    </form>
  );
}
