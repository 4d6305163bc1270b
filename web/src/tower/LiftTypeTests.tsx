// "Type tests of this model" on a lift's page: the registry's type tests of
// the lift's model (found by its manufacturer and model name), newest first
// (TypeTestTable). New ones appear as they are recorded (live event
// type_test.created).
import { useLiveEvents } from '../api/liveEvents';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/i18n';
import type { LiftTypeTests as LiftTypeTestsDoc } from './types';
import { modelLabel } from './typeTests';
import { TypeTestTable } from './TypeTestTable';

export function LiftTypeTests({ registrationNo }: { registrationNo: string }) {
  const { t } = useI18n();
  const data = useApiData<LiftTypeTestsDoc>(`/lifts/${encodeURIComponent(registrationNo)}/type-tests`);
  useLiveEvents((event) => {
    if (event.type === 'type_test.created') data.reload();
  });
  const doc = data.data;
  return (
    <section aria-labelledby="type-tests-title" data-testid="lift-type-tests">
      <h2 id="type-tests-title">{t('typeTest.liftTitle')}</h2>
      <ErrorNotice error={data.error} />
      {!doc && !data.error && <Loading />}
      {doc && !doc.model && <p className="empty">{t('typeTest.liftNoModel')}</p>}
      {doc?.model && (
        <>
          <p>{t('typeTest.liftModel', { model: modelLabel(doc.model) })}</p>
          <TypeTestTable model={modelLabel(doc.model)} items={doc.items} />
        </>
      )}
    </section>
  );
}
