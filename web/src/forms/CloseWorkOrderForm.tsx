// Close a call-out: arrival and completion times, the cause found and the
// action taken (all three needed). Sent with If-Match so that two
// technicians never overwrite each other.
import { useState, type FormEvent } from 'react';

import { etagOf } from '../api/client';
import type { WorkOrder } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorSummary, problemsOf } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { nowMinute } from './dates';
import { FormFooter } from './FormParts';
import { serverFieldError } from './serverField';
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
  const [values, setValues] = useState<CloseWorkOrderValues>(() => initialClose(order));
  // Errors show from the first attempt to save on, and follow each change.
  const [attempt, setAttempt] = useState(0);
  const errors: WorkOrderErrors = attempt > 0 ? validateClose(values, order.called_at, nowMinute()) : {};
  const submission = useSubmit<WorkOrder>();
  const set = (patch: Partial<CloseWorkOrderValues>) => setValues((v) => ({ ...v, ...patch }));
  const server = serverFieldError(submission.error, t, /*camel=*/ true);
  const err = (key: keyof WorkOrderErrors) => (errors[key] ? t(errors[key]) : server[key]);
  const prefix = `close-${order.id}`;
  const labels: Record<string, string> = {
    arrivedAt: t('workOrder.arrivedAt'),
    completedAt: t('workOrder.completedAt'),
    cause: t('workOrder.cause'),
    action: t('workOrder.action'),
  };
  const ids: Record<string, string> = {
    arrivedAt: `${prefix}-arrived`,
    completedAt: `${prefix}-completed`,
    cause: `${prefix}-cause`,
    action: `${prefix}-action`,
  };
  const problems = problemsOf(
    errors,
    server,
    (k) => ({ id: ids[k] ?? `${prefix}-title`, label: labels[k] ?? k }),
    t,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateClose(values, order.called_at, nowMinute());
    setAttempt((a) => a + 1);
    submission.reset();
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
      <h3 id={`${prefix}-title`} tabIndex={-1}>
        {t('workOrder.closeTitle', { called: order.called_at.replace('T', ' ') })}
      </h3>
      <ErrorSummary problems={problems} attempt={attempt} refusal={submission.error} />
      <p className="hint">
        {t('workOrder.problem')}: {order.problem || '–'}
      </p>
      <div className="form-grid">
        <Field id={ids.arrivedAt!} label={labels.arrivedAt!} error={err('arrivedAt')}>
          {(p) => (
            <input {...p} type="datetime-local" value={values.arrivedAt} onChange={(e) => set({ arrivedAt: e.target.value })} />
          )}
        </Field>
        <Field id={ids.completedAt!} label={labels.completedAt!} error={err('completedAt')}>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={values.completedAt}
              onChange={(e) => set({ completedAt: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field id={ids.cause!} label={labels.cause!} error={err('cause')}>
        {(p) => <input {...p} value={values.cause} maxLength={1000} onChange={(e) => set({ cause: e.target.value })} />}
      </Field>
      <Field id={ids.action!} label={labels.action!} error={err('action')}>
        {(p) => (
          <textarea {...p} rows={2} maxLength={2000} value={values.action} onChange={(e) => set({ action: e.target.value })} />
        )}
      </Field>
      <FormFooter
        error={submission.error}
        busy={submission.busy}
        saveLabel={t('workOrder.close')}
        onCancel={onCancel}
        summarised
      />
    </form>
  );
}
