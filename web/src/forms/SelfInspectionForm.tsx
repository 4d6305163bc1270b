// Record a monthly self-inspection: each of the profile's items graded A
// (good) to E (none), none chosen at first, with a note (needed for a C,
// which opens a follow-up work order). Problems are listed at the top; the
// server's refusal of a field shows at that field.
import { useState, type FormEvent } from 'react';

import type { Profile, SelfInspection } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorSummary, problemsOf } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import {
  initialSelfInspection,
  selfInspectionBody,
  validateSelfInspection,
  withVisit,
  type SelfInspectionErrors,
  type SelfInspectionValues,
} from './selfInspection';
import { FormFooter, SavedCard, TechnicianSelect } from './FormParts';
import { serverFieldError } from './serverField';
import { useSubmit } from './useSubmit';

interface Props {
  registrationNo: string;
  companyId: number | null;
  profile: Profile;
  today: string;
  onSaved: (record: SelfInspection) => void;
  onCancel: () => void;
}

export function SelfInspectionForm({ registrationNo, companyId, profile, today, onSaved, onCancel }: Props) {
  const { t, language } = useI18n();
  const { client } = useSession();
  const [values, setValues] = useState<SelfInspectionValues>(() => initialSelfInspection(profile));
  // Errors show from the first attempt to save on, and follow each change.
  const [attempt, setAttempt] = useState(0);
  const errors: SelfInspectionErrors = attempt > 0 ? validateSelfInspection(values, today) : {};
  const submission = useSubmit<SelfInspection>();
  const set = (patch: Partial<SelfInspectionValues>) => setValues((v) => ({ ...v, ...patch }));
  const setItem = (index: number, patch: Partial<SelfInspectionValues['items'][number]>) =>
    setValues((v) => ({ ...v, items: v.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) }));
  const server = serverFieldError(submission.error, t);
  const err = (name: string) => (errors[name] ? t(errors[name]) : server[name]);
  const itemName = (code: string) => {
    const spec = profile.self_inspection_items.find((i) => i.code === code);
    return spec ? localName(spec, language) : code;
  };
  const gradeName = (code: string) => {
    const grade = profile.grades.find((g) => g.code === code);
    return grade ? localName(grade, language) : code;
  };

  const fieldOf = (name: string): { id: string; label: string } => {
    const item = /^items\.(\d+)\.(\w+)$/.exec(name);
    if (item) {
      const i = Number(item[1]);
      const code = values.items[i]?.code ?? '';
      return { id: item[2] === 'note' ? `self-note-${i}` : `grade-${i}-first`, label: `${code} ${itemName(code)}` };
    }
    const fields: Record<string, { id: string; label: string }> = {
      visitedOn: { id: 'self-visited', label: t('selfInspection.visitedOn') },
      visited_on: { id: 'self-visited', label: t('selfInspection.visitedOn') },
      month: { id: 'self-month', label: t('selfInspection.month') },
    };
    return fields[name] ?? { id: 'self-form-title', label: name };
  };
  const problems = problemsOf(errors, server, fieldOf, t);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSelfInspection(values, today);
    setAttempt((a) => a + 1);
    submission.reset();
    if (Object.keys(found).length > 0) return;
    const record = await submission.run(() =>
      client.post<SelfInspection>(`/lifts/${registrationNo}/self-inspections`, selfInspectionBody(values, companyId)),
    );
    if (record) onSaved(record);
  }

  if (submission.result) {
    const saved = submission.result;
    return (
      <SavedCard title={t('selfInspection.saved', { month: saved.month })} titleId="self-saved-title" onClose={onCancel}>
        {saved.late && <p className="notice notice-warning">{t('selfInspection.late')}</p>}
        {saved.follow_up_work_order_id !== null && (
          <p className="notice notice-warning">
            {t('selfInspection.followUp', { id: saved.follow_up_work_order_id })}
          </p>
        )}
      </SavedCard>
    );
  }

  return (
    <form className="card record-form" onSubmit={submit} noValidate aria-labelledby="self-form-title">
      <h3 id="self-form-title" tabIndex={-1}>
        {t('selfInspection.title')}
      </h3>
      <ErrorSummary problems={problems} attempt={attempt} refusal={submission.error} />
      <div className="form-grid">
        <Field id="self-visited" label={t('selfInspection.visitedOn')} error={err('visitedOn') ?? err('visited_on')}>
          {(p) => (
            <input
              {...p}
              type="date"
              max={today}
              value={values.visitedOn}
              onChange={(e) => setValues((v) => withVisit(v, e.target.value))}
            />
          )}
        </Field>
        <Field id="self-month" label={t('selfInspection.month')} error={err('month')}>
          {(p) => <input {...p} type="month" value={values.month} onChange={(e) => set({ month: e.target.value })} />}
        </Field>
        <TechnicianSelect
          id="self-technician"
          label={t('selfInspection.technician')}
          companyId={companyId}
          value={values.technicianId}
          onChange={(technicianId) => set({ technicianId })}
        />
      </div>
      <p className="hint">{profile.grades.map((g) => `${g.code}: ${localName(g, language)}`).join(' · ')}</p>
      <div className="table-wrap">
        <table className="checklist">
          <caption>{t('selfInspection.items')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inspection.item')}</th>
              <th scope="col">{t('selfInspection.grade')}</th>
              <th scope="col">{t('selfInspection.note')}</th>
            </tr>
          </thead>
          <tbody>
            {values.items.map((item, i) => {
              const gradeError = err(`items.${i}.grade`);
              const noteError = err(`items.${i}.note`);
              const name = itemName(item.code);
              return (
                <tr key={item.code} className={item.grade === 'C' ? 'row-fail' : undefined}>
                  <th scope="row">
                    <span className="code">{item.code}</span> {name}
                  </th>
                  <td>
                    <fieldset
                      className="grades"
                      aria-invalid={Boolean(gradeError)}
                      aria-describedby={gradeError ? `grade-${i}-error` : undefined}
                    >
                      <legend className="visually-hidden">{t('selfInspection.gradeOf', { item: name })}</legend>
                      {profile.grades.map((g, k) => (
                        <label key={g.code} title={gradeName(g.code)}>
                          <input
                            id={k === 0 ? `grade-${i}-first` : undefined}
                            type="radio"
                            name={`grade-${item.code}`}
                            value={g.code}
                            checked={item.grade === g.code}
                            onChange={() => setItem(i, { grade: g.code })}
                            aria-label={`${g.code}: ${gradeName(g.code)}`}
                          />
                          <span aria-hidden="true">{g.code}</span>
                        </label>
                      ))}
                      {gradeError && (
                        <small id={`grade-${i}-error`} className="error-text">
                          {gradeError}
                        </small>
                      )}
                    </fieldset>
                  </td>
                  <td>
                    <label htmlFor={`self-note-${i}`} className="visually-hidden">
                      {t('selfInspection.noteOf', { item: name })}
                    </label>
                    <input
                      id={`self-note-${i}`}
                      value={item.note}
                      maxLength={1000}
                      aria-invalid={Boolean(noteError)}
                      aria-describedby={noteError ? `self-note-${i}-error` : undefined}
                      onChange={(e) => setItem(i, { note: e.target.value })}
                    />
                    {noteError && (
                      <small id={`self-note-${i}-error`} className="error-text">
                        {noteError}
                      </small>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <FormFooter
        error={submission.error}
        busy={submission.busy}
        saveLabel={t('selfInspection.save')}
        onCancel={onCancel}
        summarised
      />
    </form>
  );
}
