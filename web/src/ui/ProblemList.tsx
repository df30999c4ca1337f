import { ApiError } from '../api/client';
import { problemText } from '../api/problems';
import { useI18n } from '../i18n';

/**
 * A refusal as a list a person can work through: each field the API named, with why, else the problem in words;
 * announced to screen readers.
 */
export function ProblemList({ error }: { error: unknown }) {
  const i18n = useI18n();
  return (
    <ul className="error" role="alert">
      {error instanceof ApiError && error.errors.length > 0 ? (
        error.errors.map((problem) => <li key={problem.field}>{`${problem.field}: ${problem.detail}`}</li>)
      ) : (
        <li>{problemText(i18n, error)}</li>
      )}
    </ul>
  );
}
