import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { unwrap, useApi } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import type { Commune } from '../api/types';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, Field } from '../ui/Field';

const MAX_REASON = 500;

/**
 * An operator's decision on a commune that needs a reason (suspending it, rejecting its request): asks for the reason,
 * sends `{"reason": …}` to the API, and gives the changed commune to onDone. The API's objection to the reason goes
 * next to the field (which gets the focus back, so that a screen reader reads it out with its error); a refusal that
 * onRefused takes (it answers true) closes the dialog, any other stays in it.
 */
export function ReasonDialog({
  id,
  title,
  explain,
  hint,
  slug,
  decision,
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
  slug: string;
  decision: 'suspend' | 'reject';
  onDone: (commune: Commune) => void;
  onCancel: () => void;
  onRefused?: (error: unknown) => boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const [error, setError] = useState<unknown>();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { isSubmitting, errors } = form.formState;

  const decide = form.handleSubmit(async ({ reason }) => {
    setError(undefined);
    const body = { reason: reason.trim() };
    const params = { path: { slug } };
    try {
      onDone(
        await unwrap<Commune>(
          decision === 'suspend'
            ? api.PUT('/api/communes/{slug}/suspension', { params, body })
            : api.POST('/api/communes/{slug}/rejection', { params, body }),
        ),
      );
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, ['reason']) && !onRefused(e)) {
        setError(e);
      }
    }
  });

  const reason = form.register('reason', {
    validate: (value) => value.trim() !== '' || t('decision.reasonRequired'),
  });
  return (
    <ConfirmDialog title={title} busy={isSubmitting} onConfirm={() => void decide()} onCancel={onCancel}>
      <p>{explain}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <Field id={id} label={t('decision.reason')} hint={hint} error={errorOf(errors, 'reason')}>
        {(describedBy) => (
          <textarea
            id={id}
            rows={4}
            maxLength={MAX_REASON}
            {...reason}
            aria-invalid={Boolean(errors.reason)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
    </ConfirmDialog>
  );
}
