// Open a call-out work order: when the call came, who goes, whether the lift
// is out of service, and the reported cause.
import { useState, type FormEvent } from 'react';

import type { WorkOrder } from '../api/types';
import { useSession } from '../auth/session';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { nowMinute } from './dates';
import { FormFooter, TechnicianSelect } from './FormParts';
import { useSubmit } from './useSubmit';
import { openBody, validateOpen, type OpenWorkOrderValues, type WorkOrderErrors } from './workOrder';

interface Props {
  registrationNo: string;
  companyId: number | null;
  onSaved: (order: WorkOrder) => void;
  onCancel: () => void;
}

export function OpenWorkOrderForm({ registrationNo, companyId, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const { client } = useSession();
  const [values, setValues] = useState<OpenWorkOrderValues>(() => ({
    calledAt: nowMinute(),
    technicianId: null,
    outOfService: true,
    cause: '',
  }));
  const [errors, setErrors] = useState<WorkOrderErrors>({});
  const submission = useSubmit<WorkOrder>();
  const set = (patch: Partial<OpenWorkOrderValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateOpen(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const order = await submission.run(() =>
      client.post<WorkOrder>(`/lifts/${registrationNo}/work-orders`, openBody(values)),
    );
    if (order) onSaved(order);
  }

  return (
    <form className="card record-form" onSubmit={submit} noValidate aria-labelledby="open-order-title">
      <h3 id="open-order-title">{t('workOrder.openTitle')}</h3>
      <div className="form-grid">
        <Field id="order-called" label={t('workOrder.calledAt')} error={errors.calledAt ? t(errors.calledAt) : undefined}>
          {(p) => (
            <input {...p} type="datetime-local" value={values.calledAt} onChange={(e) => set({ calledAt: e.target.value })} />
          )}
        </Field>
        <TechnicianSelect
          id="order-technician"
          label={t('workOrder.technician')}
          companyId={companyId}
          value={values.technicianId}
          onChange={(technicianId) => set({ technicianId })}
        />
        <Field id="order-cause" label={t('workOrder.reportedCause')}>
          {(p) => <input {...p} value={values.cause} maxLength={1000} onChange={(e) => set({ cause: e.target.value })} />}
        </Field>
      </div>
      <div className="field checkbox-field">
        <input
          id="order-oos"
          type="checkbox"
          checked={values.outOfService}
          onChange={(e) => set({ outOfService: e.target.checked })}
        />
        <label htmlFor="order-oos">{t('workOrder.outOfService')}</label>
      </div>
      <FormFooter error={submission.error} busy={submission.busy} saveLabel={t('workOrder.open')} onCancel={onCancel} />
    </form>
  );
}
