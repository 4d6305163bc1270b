// The inspectors' queue: every lift's open applications for an inspection,
// oldest first, each linking to its lift. Live events of new applications
// refresh it.
import { useApiData } from '../api/useApiData';
import { useLiveEvents } from '../api/liveEvents';
import type { InspectionApplication, Page } from '../api/types';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n/i18n';
import { ApplicationsTable } from '../lift/ApplicationsTable';

const QUEUE_SIZE = 20;

export function ApplicationsQueue() {
  const { t } = useI18n();
  const queue = useApiData<Page<InspectionApplication>>(`/inspection-applications?per_page=${QUEUE_SIZE}`);
  useLiveEvents((event) => {
    if (event.type === 'inspection_application.created' || event.type === 'inspection.created') queue.reload();
  });
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">{t('application.queueTitle')}</h2>
      <ErrorNotice error={queue.error} />
      {queue.data &&
        (queue.data.total === 0 ? (
          <p className="empty">{t('application.noneOpen')}</p>
        ) : (
          <ApplicationsTable
            applications={queue.data.items}
            caption={t('application.queueCaption', { shown: queue.data.items.length, total: queue.data.total })}
            showLift
          />
        ))}
    </section>
  );
}
