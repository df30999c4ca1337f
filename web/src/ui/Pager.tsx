import { useI18n } from '../i18n';

/** Previous and next pages of a list, and which items this page shows ("21–40 of 57"). */
export function Pager({
  page,
  size,
  total,
  onPage,
}: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const from = total === 0 ? 0 : page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" className="button secondary" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {t('pager.previous')}
      </button>
      <p aria-live="polite">{t('pager.range', { from: String(from), to: String(to), total: String(total) })}</p>
      <button type="button" className="button secondary" onClick={() => onPage(page + 1)} disabled={to >= total}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
