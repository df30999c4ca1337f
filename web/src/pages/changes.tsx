import { useCallback, useState } from 'react';
import { ApiError } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage } from './ErrorMessage';

/** Changes sent to the API from a part of a page, one at a time. */
export interface Changes {
  busy: boolean;
  /** Why the last change failed, unless the API objected to fields of the form. */
  error?: unknown;
  /** The API's objections to the form's fields, by field. */
  fieldErrors: Record<string, string>;
  /** What the last change did, in words. */
  status: string;
  /**
   * Runs a change, which gives back what to say once it is done; true when it is. The API's objections to one of
   * `fields` go next to the fields, any other refusal to `error`.
   */
  run: (change: () => Promise<string>, fields?: readonly string[]) => Promise<boolean>;
}

export function useChanges(): Changes {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const run = useCallback(async (change: () => Promise<string>, fields: readonly string[] = []) => {
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    setStatus('');
    try {
      setStatus(await change());
      return true;
    } catch (e) {
      if (e instanceof ApiError && fields.some((field) => field in e.fields)) {
        setFieldErrors(e.fields);
      } else {
        setError(e);
      }
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, fieldErrors, status, run };
}

/** Above a form: asks to correct the fields the API objected to, if any. */
export function FixFieldsAlert({ changes }: { changes: Changes }) {
  const { t } = useI18n();
  if (Object.keys(changes.fieldErrors).length === 0) {
    return null;
  }
  return (
    <p className="error" role="alert">
      {t('create.fixFields')}
    </p>
  );
}

/** Why the last change failed, or what it did, announced to screen readers. */
export function ChangeOutcome({ changes }: { changes: Changes }) {
  return (
    <>
      {changes.error ? <ErrorMessage error={changes.error} /> : null}
      <p className="success" role="status">
        {changes.status}
      </p>
    </>
  );
}
