import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { Commune } from '../types';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';

const MAX_REASON = 500;

/**
 * An operator's decision on a commune that needs a reason (suspending it, rejecting its request): asks for the reason,
 * sends `{"reason": …}` to the API, and gives the changed commune to onDone. The API's objection to the reason goes
 * next to the field; a refusal that onRefused takes (it answers true) closes the dialog, any other stays in it.
 */
export function ReasonDialog({
  id,
  title,
  explain,
  hint,
  path,
  method,
  onDone,
  onCancel,
  onRefused = () => false,
}: {
  /** The reason field's id. */
  id: string;
  title: string;
  explain: string;
  /** Who reads the reason, and how long it may be. */
  hint: string;
  /** Where the decision goes, e.g. `/api/communes/uccle/rejection`. */
  path: string;
  method: string;
  onDone: (commune: Commune) => void;
  onCancel: () => void;
  onRefused?: (error: unknown) => boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  // Back to the field at fault, so that a screen reader reads it out with its error (tied by aria-describedby).
  useEffect(() => {
    if (fieldErrors.reason) {
      field.current?.focus();
    }
  }, [fieldErrors]);

  async function decide() {
    setError(undefined);
    if (reason.trim() === '') {
      setFieldErrors({ reason: t('decision.reasonRequired') });
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      onDone(await api<Commune>(session.token, path, { method, body: { reason: reason.trim() } }));
    } catch (e) {
      if (e instanceof ApiError && e.fields.reason) {
        setFieldErrors(e.fields);
      } else if (onRefused(e)) {
        return;
      } else {
        setError(e);
      }
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog title={title} busy={busy} onConfirm={() => void decide()} onCancel={onCancel}>
      <p>{explain}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <Field id={id} label={t('decision.reason')} hint={hint} error={fieldErrors.reason}>
        {(describedBy) => (
          <textarea
            ref={field}
            id={id}
            name="reason"
            rows={4}
            maxLength={MAX_REASON}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={Boolean(fieldErrors.reason)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
    </ConfirmDialog>
  );
}
