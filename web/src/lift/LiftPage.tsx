// One lift: its data, validity, certified parts, open call-outs and one
// timeline; the PDF certificate; and the forms the server says the user may
// fill in on this lift (its allowed_actions: the console keeps no copy of the
// permission policy), with the reasons for those it may not. Live events
// about this lift refresh it.
import { useState } from 'react';
import { Link, useSearch } from 'wouter';

import { useToday } from '../api/info';
import { useLiveEvents } from '../api/liveEvents';
import type {
  InspectionApplication,
  Lift,
  LiftAction,
  LiftPart,
  Profile,
  PublicLift,
  TimelineEvent,
  WorkOrder,
} from '../api/types';
import { isFullLift } from '../api/types';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { StatusBadge, ValidityBadge } from '../components/StatusBadge';
import { AccidentForm } from '../forms/AccidentForm';
import { InspectionApplicationForm } from '../forms/InspectionApplicationForm';
import { InspectionForm } from '../forms/InspectionForm';
import { OpenWorkOrderForm } from '../forms/OpenWorkOrderForm';
import { SelfInspectionForm } from '../forms/SelfInspectionForm';
import { useI18n } from '../i18n/i18n';
import { ACTION_LABEL, DENIAL_LABEL } from '../i18n/labels';
import { ApplicationsTable } from './ApplicationsTable';
import { LiftTypeTests } from '../tower/LiftTypeTests';
import { CertificateButton } from './CertificateButton';
import { LiftDetails } from './LiftDetails';
import { PartsTable } from './PartsTable';
import { TimelineList } from './TimelineList';
import { WorkOrdersPanel } from './WorkOrdersPanel';

type Panel = 'inspection' | 'self_inspection' | 'work_order' | 'accident' | 'application' | null;

export function LiftPage({ registrationNo }: { registrationNo: string }) {
  const { t } = useI18n();
  const today = useToday();
  // "?apply" (the fleet's link for owners) opens the application at once.
  const search = useSearch();
  const [panel, setPanel] = useState<Panel>(() => (new URLSearchParams(search).has('apply') ? 'application' : null));
  const base = `/lifts/${encodeURIComponent(registrationNo)}`;
  const lift = useApiData<Lift | PublicLift>(base);
  const full = lift.data && isFullLift(lift.data) ? lift.data : null;
  const timeline = useApiData<{ events: TimelineEvent[] }>(full ? `${base}/timeline` : null);
  const parts = useApiData<{ items: LiftPart[] }>(full ? `${base}/parts` : null);
  const orders = useApiData<{ items: WorkOrder[] }>(full ? `${base}/work-orders` : null);
  const applications = useApiData<{ items: InspectionApplication[] }>(full ? `${base}/inspection-applications` : null);
  const profile = useApiData<Profile>('/profile');

  const refresh = () => {
    lift.reload();
    timeline.reload();
    parts.reload();
    orders.reload();
    applications.reload();
  };
  useLiveEvents((event) => {
    if (event.registration_no === registrationNo) refresh();
  });

  if (lift.error) {
    return (
      <section>
        <h1>{t('lift.title', { no: registrationNo })}</h1>
        <ErrorNotice error={lift.error} />
        <Link href="/fleet">{t('lift.back')}</Link>
      </section>
    );
  }
  if (!lift.data) return <Loading />;
  const data = lift.data;
  const allowed = (action: LiftAction) => data.allowed_actions?.includes(action) ?? false;
  const may = {
    inspection: allowed('record_inspection'),
    selfInspection: allowed('record_self_inspection'),
    workOrder: allowed('open_work_order'),
    closeWorkOrder: allowed('update_work_order'),
    accident: allowed('report_accident'),
    certificate: allowed('download_certificate'),
    apply: allowed('apply_for_inspection'),
  };
  const unavailable = data.unavailable_actions ?? [];
  const openApplications = (applications.data?.items ?? []).filter((a) => a.status === 'open');
  const open = (next: Panel) => setPanel((current) => (current === next ? null : next));
  const saved = () => refresh();

  return (
    <article aria-labelledby="lift-title">
      <p>
        <Link href="/fleet">{t('lift.back')}</Link>
      </p>
      <header className="lift-header">
        <h1 id="lift-title">{t('lift.title', { no: data.registration_no })}</h1>
        <StatusBadge status={data.status} />
        <ValidityBadge validity={data.validity} />
      </header>
      {!full && <p className="notice">{t('lift.publicView')}</p>}

      <div className="actions" role="group" aria-label={t('lift.actions')}>
        {may.certificate && <CertificateButton registrationNo={data.registration_no} />}
        {may.inspection && (
          <button type="button" aria-expanded={panel === 'inspection'} onClick={() => open('inspection')}>
            {t('lift.recordInspection')}
          </button>
        )}
        {may.selfInspection && (
          <button type="button" aria-expanded={panel === 'self_inspection'} onClick={() => open('self_inspection')}>
            {t('lift.recordSelfInspection')}
          </button>
        )}
        {may.workOrder && (
          <button type="button" aria-expanded={panel === 'work_order'} onClick={() => open('work_order')}>
            {t('lift.openWorkOrder')}
          </button>
        )}
        {may.apply && (
          <button type="button" aria-expanded={panel === 'application'} onClick={() => open('application')}>
            {t('action.apply_for_inspection')}
          </button>
        )}
        {may.accident && (
          <button type="button" aria-expanded={panel === 'accident'} onClick={() => open('accident')}>
            {t('lift.reportAccident')}
          </button>
        )}
      </div>

      {unavailable.length > 0 && (
        <details className="unavailable">
          <summary>{t('lift.whyMissing')}</summary>
          <ul>
            {unavailable.map((u) => (
              <li key={u.action}>
                {t(ACTION_LABEL[u.action])}: {t(DENIAL_LABEL[u.code], { no: data.registration_no })}
              </li>
            ))}
          </ul>
        </details>
      )}

      {full && profile.data && panel === 'inspection' && (
        <InspectionForm
          registrationNo={full.registration_no}
          liftVersion={full.version}
          profile={profile.data}
          today={today}
          onSaved={saved}
          onCancel={() => setPanel(null)}
        />
      )}
      {full && profile.data && panel === 'self_inspection' && (
        <SelfInspectionForm
          registrationNo={full.registration_no}
          companyId={full.company_id}
          profile={profile.data}
          today={today}
          onSaved={saved}
          onCancel={() => setPanel(null)}
        />
      )}
      {full && panel === 'work_order' && (
        <OpenWorkOrderForm
          registrationNo={full.registration_no}
          companyId={full.company_id}
          onSaved={saved}
          onCancel={() => setPanel(null)}
        />
      )}
      {full && profile.data && panel === 'accident' && (
        <AccidentForm
          registrationNo={full.registration_no}
          profile={profile.data}
          onSaved={saved}
          onCancel={() => setPanel(null)}
        />
      )}

      {full && profile.data && may.apply && panel === 'application' && (
        <InspectionApplicationForm
          registrationNo={full.registration_no}
          kinds={profile.data.inspection_kinds}
          today={today}
          onSaved={saved}
          onCancel={() => setPanel(null)}
        />
      )}

      <LiftDetails lift={data} />
      <LiftTypeTests registrationNo={data.registration_no} />

      {full && (
        <>
          <section aria-labelledby="parts-title">
            <h2 id="parts-title">{t('parts.title')}</h2>
            <ErrorNotice error={parts.error} />
            {parts.data && <PartsTable parts={parts.data.items} profile={profile.data} />}
          </section>
          <section aria-labelledby="orders-title">
            <h2 id="orders-title">{t('workOrder.openOrders')}</h2>
            <ErrorNotice error={orders.error} />
            {orders.data && (
              <WorkOrdersPanel
                orders={orders.data.items}
                companyId={full.company_id}
                mayClose={may.closeWorkOrder}
                onChanged={refresh}
              />
            )}
          </section>
          {(openApplications.length > 0 || may.apply) && (
            <section aria-labelledby="applications-title">
              <h2 id="applications-title">{t('application.openTitle')}</h2>
              <ErrorNotice error={applications.error} />
              {openApplications.length > 0 ? (
                <ApplicationsTable applications={openApplications} caption={t('application.openCaption')} />
              ) : (
                applications.data && <p className="empty">{t('application.noneOpen')}</p>
              )}
            </section>
          )}
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('timeline.title')}</h2>
            <ErrorNotice error={timeline.error} />
            {timeline.data ? <TimelineList events={timeline.data.events} /> : <Loading />}
          </section>
        </>
      )}
    </article>
  );
}
