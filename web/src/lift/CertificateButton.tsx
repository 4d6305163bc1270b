// Downloads the lift's inspection certificate (PDF). The request carries the
// token, so it is fetched and handed to the browser as a file.
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { useDownload } from '../components/useDownload';
import { useI18n } from '../i18n/i18n';

export function CertificateButton({ registrationNo }: { registrationNo: string }) {
  const { t } = useI18n();
  const { client } = useSession();
  const { busy, error, download: save } = useDownload();
  const download = () =>
    save(() => client.blob(`/lifts/${registrationNo}/certificate.pdf`), `certificate-${registrationNo}.pdf`);

  return (
    <>
      <button type="button" onClick={download} disabled={busy}>
        {t('lift.downloadCertificate')}
      </button>
      <ErrorNotice error={error} />
    </>
  );
}
