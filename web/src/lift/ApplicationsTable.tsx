// Applications for an inspection: the kind, the day wished for, who applied
// and when, the note, and whether an inspection answered it. On a lift's
// page without the lift column; in the inspectors' queue with a link to it.
import { Link } from 'wouter';

import type { InspectionApplication } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { INSPECTION_KIND_LABEL } from '../i18n/labels';

interface Props {
  applications: InspectionApplication[];
  caption: string;
  showLift?: boolean;
}

export function ApplicationsTable({ applications, caption, showLift = false }: Props) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="applications-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {showLift && <th scope="col">{t('lift.registrationNo')}</th>}
            <th scope="col">{t('application.kind')}</th>
            <th scope="col">{t('application.preferredOn')}</th>
            <th scope="col">{t('application.appliedAt')}</th>
            <th scope="col">{t('application.appliedBy')}</th>
            <th scope="col">{t('application.note')}</th>
            <th scope="col">{t('application.status')}</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((a) => (
            <tr key={a.id}>
              {showLift && (
                <td>
                  <Link href={`/lifts/${encodeURIComponent(a.registration_no)}`}>{a.registration_no}</Link>
                </td>
              )}
              <td>{t(INSPECTION_KIND_LABEL[a.kind])}</td>
              <td>{a.preferred_on || t('application.noPreference')}</td>
              <td>{a.applied_at.slice(0, 16).replace('T', ' ')}</td>
              <td>{a.applied_by}</td>
              <td>{a.note || '–'}</td>
              <td>
                {a.status === 'open'
                  ? t('application.statusOpen')
                  : t('application.statusInspected', { date: a.inspected_on })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
