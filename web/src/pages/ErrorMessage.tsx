import { ApiError, NetworkError } from '../api';
import { useI18n } from '../i18n';

/** An error in words a person can act on, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  let text = t('error.generic');
  if (error instanceof NetworkError) {
    text = t('error.network');
  } else if (error instanceof ApiError && error.kind === 'commune-read-only') {
    // A suspended commune refuses every change: say so first, then the API's own words.
    text = `${t('error.readOnly')} ${error.message}`;
  } else if (error instanceof ApiError && error.kind === 'invalid-commune-status') {
    // The page showed the commune in a status it has left (e.g. another operator decided first): say so, then the API.
    text = `${t('error.statusChanged')} ${error.message}`;
  } else if (error instanceof ApiError && error.status === 403) {
    text = t('error.forbidden');
  } else if (error instanceof ApiError && error.status < 500) {
    text = error.message;
  } else if (error instanceof ApiError && error.status === 503 && error.type !== 'about:blank') {
    // A service the platform depends on is down (e.g. the sign-in service): the API says which, in words.
    text = error.message;
  }
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}
