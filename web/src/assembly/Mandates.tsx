import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, Field } from '../ui/Field';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { useMandates, useSeatChanges } from './queries';
import { mandateStatuses, type Assembly, type Mandate, type MandateStatus } from './types';

const MAX_REASON = 500;

/**
 * Who holds or held an assembly's seats, for the commune's staff, by status (the active ones first): a mandate still
 * active can be withdrawn, once a reason is given and confirmed.
 */
export function Mandates({ slug, assembly, readOnly }: { slug: string; assembly: Assembly; readOnly: boolean }) {
  const { t, word, date, number } = useI18n();
  const [status, setStatus] = useState<MandateStatus | ''>('ACTIVE');
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [withdrawing, setWithdrawing] = useState<Mandate>();
  const mandates = useMandates(slug, assembly.id, status);

  const error = failure ?? mandates.error;
  return (
    <section className="staff" aria-labelledby="mandates-heading">
      <h2 id="mandates-heading">{t('mandates.title')}</h2>
      <p>{t('mandates.lead')}</p>
      <div className="form search-form">
        <div className="field">
          <label htmlFor="mandates-status">{t('mandates.status')}</label>
          <select id="mandates-status" value={status} onChange={(e) => setStatus(e.target.value as MandateStatus | '')}>
            {mandateStatuses.map((code) => (
              <option key={code} value={code}>
                {t(`mandateStatus.${code}`)}
              </option>
            ))}
            <option value="">{t('mandates.allStatuses')}</option>
          </select>
        </div>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <p className="success" role="status">
        {message}
      </p>
      <PagedTable
        captionId="mandates-caption"
        caption={t('mandates.caption')}
        columns={[
          t('mandates.name'),
          t('mandates.seat'),
          t('mandates.cohort'),
          t('mandates.start'),
          t('mandates.end'),
          t('mandates.chosenBy'),
          t('mandates.status'),
          t('mandates.endReason'),
          t('common.actions'),
        ]}
        page={wholeList(mandates.data)}
        failed={Boolean(mandates.error)}
        empty={status ? t('mandates.empty') : t('mandates.emptyAll')}
        rowKey={(mandate) => mandate.id}
        cells={(mandate) => {
          // Once it has ended, the day it did; before, the day it is to.
          const end = mandate.endedOn ?? mandate.endsOn;
          return (
            <>
              <th scope="row">{mandate.name}</th>
              <td className="number">{number(mandate.seat)}</td>
              <td className="number">{number(mandate.cohort)}</td>
              <td>
                <time dateTime={mandate.startsOn}>{date(mandate.startsOn)}</time>
              </td>
              <td>
                <time dateTime={end}>{date(end)}</time>
              </td>
              <td>{word('chosenBy', mandate.chosenBy)}</td>
              <td>{word('mandateStatus', mandate.status)}</td>
              <td>{mandate.endReason ?? ''}</td>
              <td>
                {mandate.status === 'ACTIVE' ? (
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={readOnly}
                    aria-label={t('mandates.withdrawName', { name: mandate.name })}
                    onClick={() => {
                      setMessage('');
                      setFailure(undefined);
                      setWithdrawing(mandate);
                    }}
                  >
                    {t('mandates.withdraw')}
                  </button>
                ) : null}
              </td>
            </>
          );
        }}
      />
      {withdrawing ? (
        <WithdrawDialog
          slug={slug}
          assemblyId={assembly.id}
          mandate={withdrawing}
          onDone={(withdrawn) => {
            setWithdrawing(undefined);
            setMessage(t('mandates.withdrawn', { name: withdrawn.name, seat: withdrawn.seat }));
          }}
          onRefused={(e) => {
            setWithdrawing(undefined);
            setFailure(e);
          }}
          onCancel={() => setWithdrawing(undefined)}
        />
      ) : null}
    </section>
  );
}

/**
 * Asks why the mandate is withdrawn (required), then withdraws it. The API's objection to the reason goes next to the
 * field; a mandate that ended in the meantime closes the dialog (onRefused), any other refusal stays in it.
 */
function WithdrawDialog({
  slug,
  assemblyId,
  mandate,
  onDone,
  onRefused,
  onCancel,
}: {
  slug: string;
  assemblyId: string;
  mandate: Mandate;
  onDone: (withdrawn: Mandate) => void;
  onRefused: (error: unknown) => void;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { withdraw } = useSeatChanges(slug, assemblyId);
  const [error, setError] = useState<unknown>();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { errors, isSubmitting } = form.formState;

  const confirm = form.handleSubmit(async ({ reason }) => {
    setError(undefined);
    try {
      onDone(await withdraw.mutateAsync({ mandate, reason: reason.trim() }));
    } catch (e) {
      if (e instanceof ApiError && e.type === 'mandate-ended') onRefused(e);
      else if (!applyFieldProblems(i18n, e, form.setError, ['reason'])) setError(e);
    }
  });

  const reason = form.register('reason', {
    validate: (value) => value.trim() !== '' || t('decision.reasonRequired'),
  });
  return (
    <ConfirmDialog
      title={t('mandates.withdrawTitle', { name: mandate.name, seat: mandate.seat })}
      busy={isSubmitting}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t('mandates.withdrawExplain')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <Field
        id="withdrawal-reason"
        label={t('decision.reason')}
        hint={t('mandates.reasonHint')}
        error={errorOf(errors, 'reason')}
      >
        {(describedBy) => (
          <textarea
            id="withdrawal-reason"
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
