import type { FieldErrors } from 'react-hook-form';
import { useI18n } from '../i18n';
import { ErrorMessage } from './ErrorMessage';

/**
 * Above a form: asks to correct the fields marked below, when the API objected to some (each says why next to it),
 * else why the last attempt failed.
 */
export function FormProblem({ errors, error }: { errors: FieldErrors; error?: unknown }) {
  const { t } = useI18n();
  if (Object.keys(errors).length > 0) {
    return (
      <p className="error" role="alert">
        {t('error.fieldsBelow')}
      </p>
    );
  }
  return error ? <ErrorMessage error={error} /> : null;
}
