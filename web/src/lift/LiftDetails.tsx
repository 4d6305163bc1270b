// A lift's data and the state of its inspections (validity window,
// remediation, what is due next, self-inspections late or missing).
import type { ReactNode } from 'react';

import type { Lift, PublicLift } from '../api/types';
import { isFullLift } from '../api/types';
import { CertificateLink } from '../certificates/CertificateLink';
import { useI18n } from '../i18n/i18n';
import { DRIVE_LABEL, LIFT_KIND_LABEL, NEXT_KIND_LABEL, VERDICT_LABEL } from '../i18n/labels';

// One term of a `facts` list; an empty value shows as "–".
export function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === '' ? '–' : value}</dd>
    </>
  );
}

export function LiftDetails({ lift }: { lift: Lift | PublicLift }) {
  const { t, formatNumber } = useI18n();
  const full = isFullLift(lift) ? lift : null;
  return (
    <div className="details-grid">
      <section className="card" aria-labelledby="lift-data-title">
        <h2 id="lift-data-title">{t('lift.data')}</h2>
        <dl className="facts">
          <Fact label={t('lift.building')} value={lift.building.name} />
          <Fact label={t('lift.address')} value={lift.building.address} />
          <Fact label={t('fleet.region')} value={lift.building.region} />
          <Fact label={t('lift.kind')} value={t(LIFT_KIND_LABEL[lift.kind])} />
          {full && (
            <>
              <Fact label={t('lift.drive')} value={t(DRIVE_LABEL[full.drive])} />
              <Fact label={t('lift.ratedLoad')} value={`${formatNumber(full.rated_load_kg, 0)} ${t('unit.kg')}`} />
              <Fact label={t('lift.persons')} value={full.persons} />
              <Fact label={t('lift.speed')} value={`${formatNumber(full.rated_speed_mps, 2)} ${t('unit.m/s')}`} />
              <Fact label={t('lift.floorsServed')} value={full.floors_served} />
              <Fact label={t('lift.mrl')} value={full.machine_room_less ? t('common.yes') : t('common.no')} />
              <Fact label={t('lift.manufacturer')} value={full.manufacturer} />
              <Fact
                label={t('lift.model')}
                value={
                  <>
                    {full.model} (
                    {full.model_certificate_no ? <CertificateLink certificateNo={full.model_certificate_no} /> : '–'})
                  </>
                }
              />
              <Fact label={t('lift.installedOn')} value={full.installed_on} />
              <Fact label={t('lift.firstUseOn')} value={full.first_use_on} />
              <Fact label={t('lift.safetyManager')} value={full.safety_manager} />
            </>
          )}
        </dl>
      </section>
      <section className="card" aria-labelledby="lift-validity-title">
        <h2 id="lift-validity-title">{t('lift.inspectionState')}</h2>
        <dl className="facts">
          <Fact
            label={t('lift.lastResult')}
            value={lift.last_result ? `${t(VERDICT_LABEL[lift.last_result])} (${lift.last_inspection_on ?? '–'})` : null}
          />
          {full && <Fact label={t('lift.validFrom')} value={full.valid_from} />}
          <Fact label={t('lift.validUntil')} value={lift.valid_until} />
          {full?.remediation_until && <Fact label={t('lift.remediationUntil')} value={full.remediation_until} />}
          <Fact
            label={t('lift.nextDue')}
            value={
              lift.next_inspection_due
                ? `${lift.next_inspection_due}${full?.next_inspection_kind ? ` (${t(NEXT_KIND_LABEL[full.next_inspection_kind])})` : ''}`
                : null
            }
          />
          {full && <Fact label={t('lift.nextPrecision')} value={full.next_precision_due} />}
          {full?.self_inspection && (
            <>
              <Fact label={t('lift.selfLate')} value={full.self_inspection.late_months.join(', ')} />
              <Fact label={t('lift.selfMissing')} value={full.self_inspection.missing_months.join(', ')} />
            </>
          )}
        </dl>
      </section>
    </div>
  );
}
