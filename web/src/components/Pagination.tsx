// Previous / next page buttons and "page X of Y".
import { useI18n } from '../i18n/i18n';

interface PaginationProps {
  page: number;
  perPage: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, perPage, total, onPage }: PaginationProps) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / perPage));
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        {t('pagination.previous')}
      </button>
      <span aria-live="polite">{t('pagination.status', { page, pages, total })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
