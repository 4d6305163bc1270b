// Open a call-out work order: when the call came, the reported problem,
// whether the lift is out of service (chosen, never assumed: it holds the
// lift out of service until the order is closed) and who goes. The saved
// order is confirmed with its details.
import { useState, type FormEvent } from 'react';

import type { WorkOrder } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorSummary, problemsOf } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { nowMinute } from './dates';
import { FormFooter, SavedCard, TechnicianSelect } from './FormParts';
import { serverFieldError } from './serverField';
import { useSubmit } from './useSubmit';
import { initialOpen, openBody, validateOpen, type OpenWorkOrderValues, type WorkOrderErrors } from './workOrder';

interface Props {
  registrationNo: string;
  companyId: number | null;
  onSaved: (order: WorkOrder) => void;
  onCancel: () => void;
}

export function OpenWorkOrderForm({ registrationNo, companyId, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const { client } = useSession();
  const [values, setValues] = useState<OpenWorkOrderValues>(initialOpen);
  // Errors show from the first attempt to save on, and follow each change.
  const [attempt, setAttempt] = useState(0);
  const errors: WorkOrderErrors = attempt > 0 ? validateOpen(values, nowMinute()) : {};
  const submission = useSubmit<WorkOrder>();
  const set = (patch: Partial<OpenWorkOrderValues>) => setValues((v) => ({ ...v, ...patch }));
  const server = serverFieldError(submission.error, t, /*camel=*/ true);
  const err = (key: keyof WorkOrderErrors) => (errors[key] ? t(errors[key]) : server[key]);
  const fields: Record<string, { id: string; label: string }> = {
    calledAt: { id: 'order-called', label: t('workOrder.calledAt') },
    problem: { id: 'order-problem', label: t('workOrder.problem') },
    outOfService: { id: 'order-oos-yes', label: t('workOrder.outOfServiceQuestion') },
    technicianId: { id: 'order-technician', label: t('workOrder.technician') },
  };
  const problems = problemsOf(errors, server, (k) => fields[k] ?? { id: 'open-order-title', label: k }, t);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateOpen(values, nowMinute());
    setAttempt((a) => a + 1);
    submission.reset();
    if (Object.keys(found).length > 0) return;
    const order = await submission.run(() =>
      client.post<WorkOrder>(`/lifts/${registrationNo}/work-orders`, openBody(values)),
    );
    if (order) onSaved(order);
  }

  if (submission.result) {
    const saved = submission.result;
    return (
      <SavedCard title={t('workOrder.opened', { id: saved.id })} titleId="order-saved-title" onClose={onCancel}>
        <dl className="facts">
          <dt>{t('workOrder.calledAt')}</dt>
          <dd>{saved.called_at.replace('T', ' ')}</dd>
          <dt>{t('workOrder.problem')}</dt>
          <dd>{saved.problem}</dd>
          <dt>{t('workOrder.outOfServiceQuestion')}</dt>
          <dd>{saved.out_of_service ? t('common.yes') : t('common.no')}</dd>
        </dl>
      </SavedCard>
    );
  }

  return (
    <form className="card record-form" onSubmit={submit} noValidate aria-labelledby="open-order-title">
      <h3 id="open-order-title" tabIndex={-1}>
        {t('workOrder.openTitle')}
      </h3>
      <ErrorSummary problems={problems} attempt={attempt} refusal={submission.error} />
      <div className="form-grid">
        <Field id="order-called" label={t('workOrder.calledAt')} error={err('calledAt')}>
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
      </div>
      <Field id="order-problem" label={t('workOrder.problem')} error={err('problem')} hint={t('workOrder.problemHint')}>
        {(p) => (
          <textarea {...p} rows={2} value={values.problem} maxLength={2000} onChange={(e) => set({ problem: e.target.value })} />
        )}
      </Field>
      <fieldset className="verdict" aria-describedby={err('outOfService') ? 'order-oos-error' : undefined}>
        <legend>{t('workOrder.outOfServiceQuestion')}</legend>
        {([true, false] as const).map((choice) => (
          <label key={String(choice)} className="verdict-option">
            <input
              id={choice ? 'order-oos-yes' : 'order-oos-no'}
              type="radio"
              name="order-oos"
              checked={values.outOfService === choice}
              onChange={() => set({ outOfService: choice })}
            />
            {choice ? t('workOrder.outOfServiceYes') : t('workOrder.outOfServiceNo')}
          </label>
        ))}
        {err('outOfService') && (
          <small id="order-oos-error" className="error-text">
            {err('outOfService')}
          </small>
        )}
      </fieldset>
      <FormFooter
        error={submission.error}
        busy={submission.busy}
        saveLabel={t('workOrder.open')}
        onCancel={onCancel}
        summarised
      />
    </form>
  );
}
