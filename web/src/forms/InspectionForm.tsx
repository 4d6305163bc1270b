// Record an inspection: kind, date, verdict and the profile's checklist with
// measured values (ChecklistTable). After saving it shows the window the verdict opened:
// valid from/until and, for a conditional pass, the remediation deadline.
import { useState, type FormEvent } from 'react';

import { etagOf } from '../api/client';
import type { Inspection, InspectionKind, Profile, Verdict } from '../api/types';
import { useSession } from '../auth/session';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { INSPECTION_KIND_LABEL, VERDICT_LABEL } from '../i18n/labels';
import { ChecklistTable } from './ChecklistTable';
import {
  initialInspection,
  inspectionBody,
  validateInspection,
  type InspectionErrors,
  type InspectionValues,
} from './inspection';
import { FormFooter, SavedCard } from './FormParts';
import { useSubmit } from './useSubmit';


interface Props {
  registrationNo: string;
  liftVersion: number;
  profile: Profile;
  today: string;
  onSaved: (inspection: Inspection) => void;
  onCancel: () => void;
}

export function InspectionForm({ registrationNo, liftVersion, profile, today, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const { client, user } = useSession();
  const [values, setValues] = useState<InspectionValues>(() => initialInspection(profile, today, user?.name ?? ''));
  const [errors, setErrors] = useState<InspectionErrors>({});
  const submission = useSubmit<Inspection>();
  const saved = submission.result;

  const set = (patch: Partial<InspectionValues>) => setValues((v) => ({ ...v, ...patch }));
  const setRow = (index: number, patch: Partial<InspectionValues['items'][number]>) =>
    setValues((v) => ({ ...v, items: v.items.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const err = (name: string) => (errors[name] ? t(errors[name]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateInspection(values, today);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const inspection = await submission.run(() =>
      client.post<Inspection>(`/lifts/${registrationNo}/inspections`, inspectionBody(values), {
        headers: { 'If-Match': etagOf(liftVersion) },
      }),
    );
    if (inspection) onSaved(inspection);
  }

  if (saved) {
    return (
      <SavedCard
        title={t('inspection.saved', { verdict: t(VERDICT_LABEL[saved.result]) })}
        titleId="inspection-saved-title"
        onClose={onCancel}
      >
        <dl className="facts">
          <dt>{t('lift.validFrom')}</dt>
          <dd data-testid="saved-valid-from">{saved.valid_from ?? '–'}</dd>
          <dt>{t('lift.validUntil')}</dt>
          <dd data-testid="saved-valid-until">{saved.valid_until ?? '–'}</dd>
          {saved.remediation_until && (
            <>
              <dt>{t('lift.remediationUntil')}</dt>
              <dd data-testid="saved-remediation-until">{saved.remediation_until}</dd>
            </>
          )}
        </dl>
      </SavedCard>
    );
  }

  return (
    <form className="card record-form" onSubmit={submit} noValidate aria-labelledby="inspection-form-title">
      <h3 id="inspection-form-title">{t('inspection.title')}</h3>
      <div className="form-grid">
        <Field id="inspection-kind" label={t('inspection.kind')}>
          {(p) => (
            <select {...p} value={values.kind} onChange={(e) => set({ kind: e.target.value as InspectionKind })}>
              {profile.inspection_kinds.map((k) => (
                <option key={k} value={k}>
                  {t(INSPECTION_KIND_LABEL[k])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="inspection-date" label={t('inspection.date')} error={err('date')}>
          {(p) => (
            <input {...p} type="date" max={today} value={values.date} onChange={(e) => set({ date: e.target.value })} />
          )}
        </Field>
        <Field id="inspection-inspector" label={t('inspection.inspector')}>
          {(p) => (
            <input
              {...p}
              value={values.inspector}
              maxLength={200}
              onChange={(e) => set({ inspector: e.target.value })}
            />
          )}
        </Field>
      </div>

      <fieldset className="verdict" aria-describedby={errors.result ? 'inspection-result-error' : undefined}>
        <legend>{t('inspection.verdict')}</legend>
        {(['pass', 'conditional', 'fail'] as Verdict[]).map((verdict) => (
          <label key={verdict} className={`verdict-option verdict-${verdict}`}>
            <input
              type="radio"
              name="inspection-result"
              value={verdict}
              checked={values.result === verdict}
              onChange={() => set({ result: verdict })}
            />
            {t(VERDICT_LABEL[verdict])}
          </label>
        ))}
        {errors.result && (
          <small id="inspection-result-error" className="error-text">
            {t(errors.result)}
          </small>
        )}
      </fieldset>
      {values.result === 'conditional' && profile.remediation_days !== null && (
        <p className="hint">{t('inspection.conditionalHint', { days: profile.remediation_days })}</p>
      )}

      <ChecklistTable rows={values.items} error={err} onRow={setRow} />

      <Field id="inspection-notes" label={t('inspection.notes')}>
        {(p) => (
          <textarea {...p} rows={3} maxLength={4000} value={values.notes} onChange={(e) => set({ notes: e.target.value })} />
        )}
      </Field>
      <FormFooter error={submission.error} busy={submission.busy} saveLabel={t('inspection.save')} onCancel={onCancel} />
    </form>
  );
}
