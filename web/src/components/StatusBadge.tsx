// A lift's validity or operating status as a coloured, translated badge.
import type { LiftStatus, Validity } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { STATUS_LABEL, VALIDITY_LABEL } from '../i18n/labels';

export function ValidityBadge({ validity }: { validity: Validity }) {
  const { t } = useI18n();
  return <span className={`badge badge-${validity}`}>{t(VALIDITY_LABEL[validity])}</span>;
}

export function StatusBadge({ status }: { status: LiftStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-status-${status}`}>{t(STATUS_LABEL[status])}</span>;
}
