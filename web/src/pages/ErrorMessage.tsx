import { ApiError, NetworkError } from '../api';
import { useI18n } from '../i18n';

/** An error in words a person can act on, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  const text =
    error instanceof NetworkError
      ? t('error.network')
      : error instanceof ApiError && error.status < 500
        ? error.message
        : t('error.generic');
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}
