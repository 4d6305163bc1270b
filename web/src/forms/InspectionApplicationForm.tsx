// Apply for an inspection of a lift (its owners): the kind of inspection,
// chosen, never assumed; the day the applicant would like, if any; a note
// for the inspector. The saved application is confirmed with its details;
// it stays open until an inspection of its kind is recorded.
import { useState, type FormEvent } from 'react';

import type { InspectionApplication, InspectionKind } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorSummary, problemsOf } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { INSPECTION_KIND_LABEL } from '../i18n/labels';
import { addDays } from './dates';
import { FormFooter, SavedCard } from './FormParts';
import {
  applicationBody,
  initialApplication,
  LATEST_PREFERRED_DAYS,
  validateApplication,
  type ApplicationErrors,
  type ApplicationValues,
} from './inspectionApplication';
import { serverFieldError } from './serverField';
import { useSubmit } from './useSubmit';

interface Props {
  registrationNo: string;
  kinds: InspectionKind[]; // the profile's inspection kinds
  today: string;
  onSaved: (application: InspectionApplication) => void;
  onCancel: () => void;
}

export function InspectionApplicationForm({ registrationNo, kinds, today, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const { client } = useSession();
  const [values, setValues] = useState<ApplicationValues>(initialApplication);
  // Errors show from the first attempt to save on, and follow each change.
  const [attempt, setAttempt] = useState(0);
  const errors: ApplicationErrors = attempt > 0 ? validateApplication(values, today) : {};
  const submission = useSubmit<InspectionApplication>();
  const set = (patch: Partial<ApplicationValues>) => setValues((v) => ({ ...v, ...patch }));
  const server = serverFieldError(submission.error, t, /*camel=*/ true);
  const err = (key: keyof ApplicationErrors) => (errors[key] ? t(errors[key]) : server[key]);
  const fields: Record<string, { id: string; label: string }> = {
    kind: { id: `application-kind-${kinds[0] ?? 'none'}`, label: t('application.kind') },
    preferredOn: { id: 'application-preferred', label: t('application.preferredOn') },
    note: { id: 'application-note', label: t('application.note') },
  };
  const problems = problemsOf(errors, server, (k) => fields[k] ?? { id: 'application-title', label: k }, t);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateApplication(values, today);
    setAttempt((a) => a + 1);
    submission.reset();
    if (Object.keys(found).length > 0) return;
    const application = await submission.run(() =>
      client.post<InspectionApplication>(`/lifts/${registrationNo}/inspection-applications`, applicationBody(values)),
    );
    if (application) onSaved(application);
  }

  if (submission.result) {
    const saved = submission.result;
    return (
      <SavedCard title={t('application.saved')} titleId="application-saved-title" onClose={onCancel}>
        <dl className="facts">
          <dt>{t('application.kind')}</dt>
          <dd>{t(INSPECTION_KIND_LABEL[saved.kind])}</dd>
          <dt>{t('application.preferredOn')}</dt>
          <dd>{saved.preferred_on || t('application.noPreference')}</dd>
          <dt>{t('application.appliedAt')}</dt>
          <dd>{saved.applied_at.slice(0, 16).replace('T', ' ')}</dd>
        </dl>
        <p className="hint">{t('application.savedHint')}</p>
      </SavedCard>
    );
  }

  return (
    <form className="card record-form" onSubmit={submit} noValidate aria-labelledby="application-title">
      <h3 id="application-title" tabIndex={-1}>
        {t('application.title')}
      </h3>
      <ErrorSummary problems={problems} attempt={attempt} refusal={submission.error} />
      <fieldset className="verdict" aria-describedby={err('kind') ? 'application-kind-error' : undefined}>
        <legend>{t('application.kind')}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="verdict-option">
            <input
              id={`application-kind-${kind}`}
              type="radio"
              name="application-kind"
              checked={values.kind === kind}
              onChange={() => set({ kind })}
            />
            {t(INSPECTION_KIND_LABEL[kind])}
          </label>
        ))}
        {err('kind') && (
          <small id="application-kind-error" className="error-text">
            {err('kind')}
          </small>
        )}
      </fieldset>
      <div className="form-grid">
        <Field
          id="application-preferred"
          label={t('application.preferredOn')}
          error={err('preferredOn')}
          hint={t('application.preferredHint')}
        >
          {(p) => (
            <input
              {...p}
              type="date"
              min={today}
              max={addDays(today, LATEST_PREFERRED_DAYS)}
              value={values.preferredOn}
              onChange={(e) => set({ preferredOn: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field id="application-note" label={t('application.note')} error={server.note}>
        {(p) => (
          <textarea {...p} rows={2} maxLength={2000} value={values.note} onChange={(e) => set({ note: e.target.value })} />
        )}
      </Field>
      <FormFooter
        error={submission.error}
        busy={submission.busy}
        saveLabel={t('application.save')}
        onCancel={onCancel}
        summarised
      />
    </form>
  );
}
