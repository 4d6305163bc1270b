// An error from the server (or the network), announced to screen readers.
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  let text: string;
  if (error instanceof ApiError) {
    text = error.status === 0 ? t('error.network') : error.message || t('error.status', { status: error.status });
  } else {
    text = error instanceof Error ? error.message : String(error);
  }
  return (
    <p className="notice notice-error" role="alert">
      {text}
    </p>
  );
}
