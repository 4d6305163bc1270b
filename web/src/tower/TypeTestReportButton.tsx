// Downloads the HTML test report of a stored type test (the request carries
// the token, so it is fetched and handed to the browser as a file).
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n/i18n';
import { useDownload } from '../components/useDownload';

export function TypeTestReportButton({ id }: { id: number }) {
  const { t } = useI18n();
  const { client } = useSession();
  const { busy, error, download: save } = useDownload();
  const download = () => save(() => client.blob(`/type-tests/${id}/report.html`), `type-test-${id}.html`);

  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={download}
        disabled={busy}
        aria-label={t('typeTest.reportOf', { id })}
      >
        {t('typeTest.report')}
      </button>
      <ErrorNotice error={error} />
    </>
  );
}
