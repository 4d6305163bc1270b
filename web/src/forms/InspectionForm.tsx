// Record an inspection: kind, date, verdict, and the lift's checklist for
// that kind of inspection (ChecklistTable), nothing chosen at first. Problems
// are listed at the top and focus moves to the first field in error; the
// server's refusal of a field ("items[2].measured") shows at that field, and
// focus moves there when the answer comes. After saving it shows the
// window the verdict opened: valid from/until and, for a conditional pass,
// the remediation deadline.
import { useCallback, useEffect, useState, type FormEvent } from 'react';

import { etagOf } from '../api/client';
import type { Inspection, InspectionKind, LiftChecklist, Profile, Verdict } from '../api/types';
import { useApiData } from '../api/useApiData';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { ErrorSummary, problemsOf } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/i18n';
import { INSPECTION_KIND_LABEL, VERDICT_LABEL } from '../i18n/labels';
import { localName } from '../i18n/localName';
import { ChecklistTable, resultId } from './ChecklistTable';
import {
  initialInspection,
  inspectionBody,
  passRemaining,
  rowsOf,
  validateInspection,
  type ChecklistRow,
  type InspectionErrors,
  type InspectionValues,
} from './inspection';
import { FormFooter, SavedCard } from './FormParts';
import { serverFieldError } from './serverField';
import { useSubmit } from './useSubmit';

interface Props {
  registrationNo: string;
  liftVersion: number;
  profile: Profile;
  today: string;
  onSaved: (inspection: Inspection) => void;
  onCancel: () => void;
}

const VERDICTS: Verdict[] = ['pass', 'conditional', 'fail'];

export function InspectionForm({ registrationNo, liftVersion, profile, today, onSaved, onCancel }: Props) {
  const { t, language } = useI18n();
  const { client, user } = useSession();
  const [values, setValues] = useState<InspectionValues>(() => initialInspection(user?.name ?? ''));
  // Errors show from the first attempt to save on, and follow each change.
  const [attempt, setAttempt] = useState(0);
  const submission = useSubmit<Inspection>();
  const saved = submission.result;
  const checklist = useApiData<LiftChecklist>(
    values.kind ? `/lifts/${registrationNo}/checklist?kind=${values.kind}` : null,
  );

  // A new kind of inspection brings its own checklist, nothing chosen.
  const loaded = checklist.data;
  useEffect(() => {
    if (loaded && loaded.kind === values.kind) setValues((v) => ({ ...v, items: rowsOf(loaded) }));
  }, [loaded, values.kind]);

  const set = (patch: Partial<InspectionValues>) => setValues((v) => ({ ...v, ...patch }));
  const setRow = useCallback(
    (index: number, patch: Partial<ChecklistRow>) =>
      setValues((v) => ({ ...v, items: v.items.map((row, i) => (i === index ? { ...row, ...patch } : row)) })),
    [],
  );
  const rules = checklist.data?.verdicts ?? profile.verdicts;
  const errors: InspectionErrors = attempt > 0 ? validateInspection(values, today, rules) : {};
  const server = serverFieldError(submission.error, t);
  const err = (name: string) => (errors[name] ? t(errors[name]) : server[name]);

  const fieldOf = (name: string): { id: string; label: string } => {
    const item = /^items\.(\d+)\.(\w+)$/.exec(name);
    if (item) {
      const i = Number(item[1]);
      const row = values.items[i];
      const id = item[2] === 'result' ? resultId(i) : `item-${i}-${item[2]}`;
      return { id, label: row ? `${row.spec.code} ${localName(row.spec, language)}` : name };
    }
    const fields: Record<string, { id: string; label: string }> = {
      kind: { id: 'inspection-kind', label: t('inspection.kind') },
      date: { id: 'inspection-date', label: t('inspection.date') },
      result: { id: 'verdict-pass', label: t('inspection.verdict') },
      inspector: { id: 'inspection-inspector', label: t('inspection.inspector') },
      notes: { id: 'inspection-notes', label: t('inspection.notes') },
    };
    return fields[name] ?? { id: 'inspection-form-title', label: name };
  };
  const problems = problemsOf(errors, server, fieldOf, t);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateInspection(values, today, rules);
    setAttempt((a) => a + 1);
    submission.reset();
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
      <h3 id="inspection-form-title" tabIndex={-1}>
        {t('inspection.title')}
      </h3>
      <ErrorSummary problems={problems} attempt={attempt} refusal={submission.error} />
      <div className="form-grid">
        <Field id="inspection-kind" label={t('inspection.kind')} error={err('kind')}>
          {(p) => (
            <select {...p} value={values.kind} onChange={(e) => set({ kind: e.target.value as InspectionKind | '', items: [] })}>
              <option value="">{t('common.choose')}</option>
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
        <Field id="inspection-inspector" label={t('inspection.inspector')} error={err('inspector')}>
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

      <fieldset className="verdict" aria-describedby={err('result') ? 'inspection-result-error' : undefined}>
        <legend>{t('inspection.verdict')}</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} className={`verdict-option verdict-${verdict}`}>
            <input
              id={`verdict-${verdict}`}
              type="radio"
              name="inspection-result"
              value={verdict}
              checked={values.result === verdict}
              onChange={() => set({ result: verdict })}
            />
            {t(VERDICT_LABEL[verdict])}
          </label>
        ))}
        {err('result') && (
          <small id="inspection-result-error" className="error-text">
            {err('result')}
          </small>
        )}
      </fieldset>
      {values.result === 'conditional' && profile.remediation_days !== null && (
        <p className="hint">{t('inspection.conditionalHint', { days: profile.remediation_days })}</p>
      )}

      {!values.kind && <p className="hint">{t('inspection.chooseKindFirst')}</p>}
      {values.kind && checklist.loading && <Loading />}
      <ErrorNotice error={checklist.error} />
      {values.kind && checklist.data && values.items.length > 0 && (
        <ChecklistTable
          parts={checklist.data.parts}
          rows={values.items}
          error={err}
          onRow={setRow}
          onPassRemaining={() => setValues((v) => ({ ...v, items: passRemaining(v.items) }))}
        />
      )}

      <Field id="inspection-notes" label={t('inspection.notes')} error={err('notes')}>
        {(p) => (
          <textarea {...p} rows={3} maxLength={4000} value={values.notes} onChange={(e) => set({ notes: e.target.value })} />
        )}
      </Field>
      <FormFooter
        error={submission.error}
        busy={submission.busy}
        saveLabel={t('inspection.save')}
        onCancel={onCancel}
        summarised
      />
    </form>
  );
}
