// Record a monthly self-inspection: each of the profile's items graded A
// (good) to E (none), with an optional note.
import { useState, type FormEvent } from 'react';

import type { Profile, SelfInspection } from '../api/types';
import { useSession } from '../auth/session';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import {
  initialSelfInspection,
  selfInspectionBody,
  validateSelfInspection,
  type SelfInspectionErrors,
  type SelfInspectionValues,
} from './selfInspection';
import { FormFooter, SavedCard, TechnicianSelect } from './FormParts';
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
  const { t } = useI18n();
  const { client } = useSession();
  const [values, setValues] = useState<SelfInspectionValues>(() => initialSelfInspection(profile, today));
  const [errors, setErrors] = useState<SelfInspectionErrors>({});
  const submission = useSubmit<SelfInspection>();
  const set = (patch: Partial<SelfInspectionValues>) => setValues((v) => ({ ...v, ...patch }));
  const setItem = (index: number, patch: Partial<SelfInspectionValues['items'][number]>) =>
    setValues((v) => ({ ...v, items: v.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSelfInspection(values, today);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const record = await submission.run(() =>
      client.post<SelfInspection>(
        `/lifts/${registrationNo}/self-inspections`,
        selfInspectionBody(values, companyId),
      ),
    );
    if (record) onSaved(record);
  }

  if (submission.result) {
    return (
      <SavedCard
        title={t('selfInspection.saved', { month: submission.result.month })}
        titleId="self-saved-title"
        onClose={onCancel}
      >
        {submission.result.late && <p className="notice notice-warning">{t('selfInspection.late')}</p>}
      </SavedCard>
    );
  }

  return (
    <form className="card record-form" onSubmit={submit} noValidate aria-labelledby="self-form-title">
      <h3 id="self-form-title">{t('selfInspection.title')}</h3>
      <div className="form-grid">
        <Field
          id="self-visited"
          label={t('selfInspection.visitedOn')}
          error={errors.visitedOn ? t(errors.visitedOn) : undefined}
        >
          {(p) => (
            <input
              {...p}
              type="date"
              max={today}
              value={values.visitedOn}
              onChange={(e) => set({ visitedOn: e.target.value })}
            />
          )}
        </Field>
        <Field id="self-month" label={t('selfInspection.month')} error={errors.month ? t(errors.month) : undefined}>
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
      <p className="hint">
        {profile.grades.map((g) => `${g.code}: ${g.name}`).join(' · ')}
      </p>
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
            {values.items.map((item, i) => (
              <tr key={item.code}>
                <th scope="row">
                  <span className="code">{item.code}</span> {item.name}
                </th>
                <td>
                  <fieldset className="grades">
                    <legend className="visually-hidden">{t('selfInspection.gradeOf', { item: item.name })}</legend>
                    {profile.grades.map((g) => (
                      <label key={g.code} title={g.name}>
                        <input
                          type="radio"
                          name={`grade-${item.code}`}
                          value={g.code}
                          checked={item.grade === g.code}
                          onChange={() => setItem(i, { grade: g.code })}
                          aria-label={`${g.code}: ${g.name}`}
                        />
                        <span aria-hidden="true">{g.code}</span>
                      </label>
                    ))}
                  </fieldset>
                </td>
                <td>
                  <label htmlFor={`self-note-${i}`} className="visually-hidden">
                    {t('selfInspection.noteOf', { item: item.name })}
                  </label>
                  <input
                    id={`self-note-${i}`}
                    value={item.note}
                    maxLength={1000}
                    onChange={(e) => setItem(i, { note: e.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormFooter error={submission.error} busy={submission.busy} saveLabel={t('selfInspection.save')} onCancel={onCancel} />
    </form>
  );
}
