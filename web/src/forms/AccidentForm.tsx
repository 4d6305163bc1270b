// Report an accident or a failure of a lift.
import { useState, type FormEvent } from 'react';

import type { Accident, Profile } from '../api/types';
import { useSession } from '../auth/session';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import type { MessageKey } from '../i18n/messages';
import {
  accidentBody,
  COUNT_FIELDS,
  initialAccident,
  validateAccident,
  type AccidentErrors,
  type AccidentValues,
  type CountField,
} from './accident';
import { nowMinute } from './dates';
import { FormFooter, SavedCard } from './FormParts';
import { serverFieldError } from './serverField';
import { useSubmit } from './useSubmit';

const COUNT_LABEL: Record<CountField, MessageKey> = {
  persons_trapped: 'accident.trapped',
  persons_injured: 'accident.injured',
  deaths: 'accident.deaths',
  hospitalisation_days: 'accident.hospitalisationDays',
  treatment_days: 'accident.treatmentDays',
};

interface Props {
  registrationNo: string;
  profile: Profile;
  onSaved: (report: Accident) => void;
  onCancel: () => void;
}

export function AccidentForm({ registrationNo, profile, onSaved, onCancel }: Props) {
  const { t, language } = useI18n();
  const { client } = useSession();
  const [values, setValues] = useState<AccidentValues>(initialAccident);
  // Errors show from the first attempt to save on, and follow each change.
  const [attempt, setAttempt] = useState(0);
  const errors: AccidentErrors = attempt > 0 ? validateAccident(values, nowMinute()) : {};
  const submission = useSubmit<Accident>();
  const set = (patch: Partial<AccidentValues>) => setValues((v) => ({ ...v, ...patch }));
  const server = serverFieldError(submission.error, t, /*camel=*/ true);
  const err = (key: keyof AccidentErrors) => (errors[key] ? t(errors[key]) : server[key]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateAccident(values, nowMinute());
    setAttempt((a) => a + 1);
    submission.reset();
    if (Object.keys(found).length > 0) return;
    const report = await submission.run(() =>
      client.post<Accident>(`/lifts/${registrationNo}/accidents`, accidentBody(values)),
    );
    if (report) onSaved(report);
  }

  if (submission.result) {
    return (
      <SavedCard title={t('accident.saved')} titleId="accident-saved-title" onClose={onCancel}>
        {submission.result.serious && <p className="notice notice-warning">{t('accident.serious')}</p>}
      </SavedCard>
    );
  }

  return (
    <form className="card record-form" onSubmit={submit} noValidate aria-labelledby="accident-title">
      <h3 id="accident-title">{t('accident.title')}</h3>
      <div className="form-grid">
        <Field id="accident-kind" label={t('accident.kind')} error={err('kind')}>
          {(p) => (
            <select
              {...p}
              value={values.kind}
              onChange={(e) => set({ kind: e.target.value as AccidentValues['kind'] })}
            >
              <option value="">{t('common.choose')}</option>
              <option value="accident">{t('accident.kindAccident')}</option>
              <option value="failure">{t('accident.kindFailure')}</option>
            </select>
          )}
        </Field>
        <Field id="accident-at" label={t('accident.occurredAt')} error={err('occurredAt')}>
          {(p) => (
            <input {...p} type="datetime-local" value={values.occurredAt} onChange={(e) => set({ occurredAt: e.target.value })} />
          )}
        </Field>
        <Field id="accident-failure-type" label={t('accident.failureType')}>
          {(p) => (
            <select {...p} value={values.failureType} onChange={(e) => set({ failureType: e.target.value })}>
              <option value="">{t('common.none')}</option>
              {profile.serious_failures.map((f) => (
                <option key={f.code} value={f.code}>
                  {localName(f, language)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="accident-description" label={t('accident.description')} error={err('description')}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            maxLength={4000}
            value={values.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
      <div className="form-grid">
        {COUNT_FIELDS.map((field) => (
          <Field key={field} id={`accident-${field}`} label={t(COUNT_LABEL[field])} error={err(field)}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                size={5}
                value={values.counts[field]}
                onChange={(e) => set({ counts: { ...values.counts, [field]: e.target.value } })}
              />
            )}
          </Field>
        ))}
        <Field id="accident-cause" label={t('accident.cause')}>
          {(p) => <input {...p} maxLength={200} value={values.cause} onChange={(e) => set({ cause: e.target.value })} />}
        </Field>
        <Field id="accident-rescued" label={t('accident.rescuedBy')}>
          {(p) => (
            <input {...p} maxLength={200} value={values.rescuedBy} onChange={(e) => set({ rescuedBy: e.target.value })} />
          )}
        </Field>
      </div>
      <Field id="accident-measures" label={t('accident.measures')}>
        {(p) => (
          <textarea {...p} rows={2} maxLength={4000} value={values.measures} onChange={(e) => set({ measures: e.target.value })} />
        )}
      </Field>
      <FormFooter error={submission.error} busy={submission.busy} saveLabel={t('accident.save')} onCancel={onCancel} />
    </form>
  );
}
