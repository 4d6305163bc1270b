// Pieces every record form shares: the footer (the server's refusal, then
// Save and Cancel), the company's technicians as a labelled choice, and the
// card shown once the record is saved.
import type { ReactNode } from 'react';

import { ApiError } from '../api/client';
import type { Technician } from '../api/types';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';

interface FooterProps {
  error: unknown;
  busy: boolean;
  saveLabel: string;
  onCancel: () => void;
  // The form lists the server's refusal of a field in its error summary and
  // at the field: not a third time here.
  summarised?: boolean;
}

// The server's error (if any), then the submit button (disabled while
// sending) and Cancel.
export function FormFooter({ error, busy, saveLabel, onCancel, summarised = false }: FooterProps) {
  const { t } = useI18n();
  const shown = summarised && error instanceof ApiError && error.field ? null : error;
  return (
    <>
      <ErrorNotice error={shown} />
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}

interface TechnicianProps {
  id: string;
  label: string;
  companyId: number | null;  // whose technicians; null: only "none"
  value: number | null;
  onChange: (technicianId: number | null) => void;
}

// A select of the technicians of `companyId` (GET /technicians), with "none".
export function TechnicianSelect({ id, label, companyId, value, onChange }: TechnicianProps) {
  const { t } = useI18n();
  const technicians = useApiData<{ items: Technician[] }>(
    companyId !== null ? `/technicians?company_id=${companyId}` : null,
  );
  return (
    <Field id={id} label={label}>
      {(p) => (
        <select {...p} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('common.none')}</option>
          {(technicians.data?.items ?? []).map((tech) => (
            <option key={tech.id} value={tech.id}>
              {tech.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface SavedProps {
  title: string;
  titleId: string;
  onClose: () => void;
  children?: ReactNode;
}

// What a form shows once the server has saved the record: a title and the
// record's consequences, announced to screen readers, and Close.
export function SavedCard({ title, titleId, onClose, children }: SavedProps) {
  const { t } = useI18n();
  return (
    <section className="card saved" role="status" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {children}
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </section>
  );
}
