import { problemText } from '../api/problems';
import { useI18n } from '../i18n';

/** An error in words a person can act on (the problem type translated), announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  const i18n = useI18n();
  return (
    <p className="error" role="alert">
      {problemText(i18n, error)}
    </p>
  );
}
