// Downloads the HTML test report of a run: the same request again, with
// ?format=html, handed to the browser as a file.
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n/i18n';
import { useDownload } from '../components/useDownload';
import { reportFileName } from './request';
import type { TowerRequest } from './types';

export function ReportDownload({ request, lift, stale }: { request: TowerRequest; lift: string; stale: boolean }) {
  const { t } = useI18n();
  const { client } = useSession();
  const { busy, error, download: save } = useDownload();
  const download = () => save(() => client.postBlob('/tower/runs?format=html', request), reportFileName(lift));

  return (
    <div className="tower-download">
      <button type="button" onClick={download} disabled={busy} aria-describedby={stale ? 'tower-download-hint' : undefined}>
        {t('tower.download')}
      </button>
      {stale && (
        <small id="tower-download-hint" className="hint">
          {t('tower.downloadStale')}
        </small>
      )}
      <ErrorNotice error={error} />
    </div>
  );
}
