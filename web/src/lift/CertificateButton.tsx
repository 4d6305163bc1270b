// Downloads the lift's inspection certificate (PDF). The request carries the
// token, so it is fetched and handed to the browser as a file.
import { useState } from 'react';

import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n/i18n';

export function CertificateButton({ registrationNo }: { registrationNo: string }) {
  const { t } = useI18n();
  const { client } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const blob = await client.blob(`/lifts/${registrationNo}/certificate.pdf`);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `certificate-${registrationNo}.pdf`;
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" onClick={download} disabled={busy}>
        {t('lift.downloadCertificate')}
      </button>
      <ErrorNotice error={error} />
    </>
  );
}
