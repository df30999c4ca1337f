import { useState } from 'react';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { Commune } from '../types';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';

const MAX_REASON = 500;

/** An operator suspends a commune, saying why (its members will read it); the suspended commune goes to onDone. */
export function SuspendDialog({
  commune,
  onDone,
  onCancel,
}: {
  commune: { slug: string; name: string };
  onDone: (commune: Commune) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function suspend() {
    setError(undefined);
    if (reason.trim() === '') {
      setFieldErrors({ reason: t('suspend.reasonRequired') });
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      onDone(
        await api<Commune>(session.token, `/api/communes/${commune.slug}/suspension`, {
          method: 'PUT',
          body: { reason: reason.trim() },
        }),
      );
    } catch (e) {
      if (e instanceof ApiError && e.fields.reason) {
        setFieldErrors(e.fields);
      } else {
        setError(e);
      }
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={t('suspend.title', { name: commune.name })}
      busy={busy}
      onConfirm={() => void suspend()}
      onCancel={onCancel}
    >
      <p>{t('suspend.explain')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <Field id="suspend-reason" label={t('suspend.reason')} hint={t('suspend.reasonHint')} error={fieldErrors.reason}>
        {(describedBy) => (
          <textarea
            id="suspend-reason"
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
