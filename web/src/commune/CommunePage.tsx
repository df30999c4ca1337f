import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isForbidden, isNotFound, useApi } from '../api/client';
import { useI18n } from '../i18n';
import { isOperator, meKey, useMe } from '../me/useMe';
import { OperatorActions, useCommuneChanges } from '../operator/OperatorActions';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { usePageTitle } from '../ui/usePageTitle';
import { EditCommuneForm } from './EditCommuneForm';
import { communeKey, useCommune } from './queries';
import { mailto } from '../ui/mailto';

const POLL_MS = 1000;
const steps = ['organization', 'assembly', 'plan'] as const;

/**
 * A commune's home: while it is being set up, it follows each step until the commune is active (or failed); then
 * what the caller may do there: leave, edit its details and manage it (admins), approve or reject, suspend or
 * reinstate it (operators).
 */
export function CommunePage() {
  const { slug = '' } = useParams();
  const { t, word, number } = useI18n();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const [error, setError] = useState<unknown>();
  const [confirmingLeave, setConfirmingLeave] = useState(false);

  const changes = useCommuneChanges({
    onStart: () => setError(undefined),
    onChanged: (changed) => queryClient.setQueryData(communeKey(slug), changed),
    onError: setError,
    onOutdated: () => void queryClient.invalidateQueries({ queryKey: communeKey(slug) }),
  });
  // Not while an operator decides on the commune: the decision's answer says what became of it.
  const deciding = changes.busy || Boolean(changes.dialog);
  const commune = useCommune(slug, (current) =>
    !deciding && (current?.status === 'PROVISIONING' || current?.status === 'AWAITING_APPROVAL') ? POLL_MS : false,
  );
  const data = commune.data;
  usePageTitle(t('commune.title', { name: data?.name ?? slug }));

  const leave = useMutation({
    mutationFn: () => api.DELETE('/api/communes/{slug}/membership', { params: { path: { slug } } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meKey, exact: true });
      navigate('/communes');
    },
    onError: (e) => {
      setError(e);
      setConfirmingLeave(false);
    },
  });

  if (isNotFound(commune.error)) {
    return (
      <section>
        <h1>{slug}</h1>
        <p className="error" role="alert">
          {t('commune.notFound')}
        </p>
      </section>
    );
  }
  if (isForbidden(commune.error)) {
    return (
      <section>
        <h1>{t('commune.title', { name: slug })}</h1>
        <p className="notice">{t('commune.notMember')}</p>
        <p>
          <Link className="button" to={`/communes/${slug}/about`}>
            {t('commune.joinIt')}
          </Link>
        </p>
      </section>
    );
  }
  const roles = me?.communes?.find((c) => c.slug === slug)?.roles ?? [];
  const admin = roles.includes('ADMIN');
  const operator = isOperator(me);
  const shownError = error ?? commune.error;
  return (
    <section>
      <h1>{t('commune.title', { name: data?.name ?? slug })}</h1>
      {shownError ? <ErrorMessage error={shownError} /> : null}
      {data ? <p>{t('common.labelValue', { label: t('mine.status'), value: word('status', data.status) })}</p> : null}
      {data?.status === 'SUSPENDED' ? (
        <div className="notice banner" role="status">
          <p>
            <strong>{t('commune.suspended')}</strong>
          </p>
          {data.suspensionReason ? <p>{t('commune.suspendedReason', { reason: data.suspensionReason })}</p> : null}
        </div>
      ) : null}
      {data && !['ACTIVE', 'SUSPENDED', 'REJECTED'].includes(data.status) ? (
        <>
          <h2>{t('commune.setup')}</h2>
          <ol className="steps" aria-live="polite">
            <li className="done">
              {t('common.labelValue', { label: t('commune.step.registered'), value: t('commune.done') })}
            </li>
            {steps.map((step) => (
              <li key={step} className={data.provisioning[step] ? 'done' : 'pending'}>
                {t('common.labelValue', {
                  label: t(`commune.step.${step}`),
                  value: data.provisioning[step] ? t('commune.done') : t('commune.waiting'),
                })}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {data?.status === 'AWAITING_APPROVAL' ? <p role="status">{t('commune.awaitingApproval')}</p> : null}
      {data?.status === 'REJECTED' ? (
        <p className="notice" role="status">
          {t('commune.rejected')}
        </p>
      ) : null}
      {data?.status === 'FAILED' ? (
        <div className="notice">
          <p className="error" role="alert">
            {t('commune.failed', { reason: data.failureReason ?? '' })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void changes.change(data, '/provisioning/retry')}
            disabled={changes.busy}
          >
            {t('commune.retry')}
          </button>
        </div>
      ) : null}
      {data?.status === 'ACTIVE' ? (
        <p className="success" role="status">
          {t('commune.ready')}
        </p>
      ) : null}
      {data ? (
        <dl className="facts">
          <dt>{t('create.officialCode')}</dt>
          <dd>{data.officialCode}</dd>
          <dt>{t('create.population')}</dt>
          <dd>{number(data.population)}</dd>
          <dt>{t('create.contactEmail')}</dt>
          <dd>
            <a href={mailto(data.contactEmail)}>{data.contactEmail}</a>
          </dd>
        </dl>
      ) : null}
      {roles.length > 0 ? (
        <p>
          {t('common.labelValue', {
            label: t('mine.roles'),
            value: roles.map((role) => word('role', role)).join(', '),
          })}
        </p>
      ) : null}
      {roles.length > 0 ? (
        <ul className="links">
          <li>
            <Link to={`/communes/${slug}/assemblies`}>{t('commune.assemblies')}</Link>
          </li>
          <li>
            <Link to={`/communes/${slug}/networks`}>{t('commune.networks')}</Link>
          </li>
        </ul>
      ) : null}
      {admin || operator ? (
        <nav aria-label={t('commune.manage')}>
          <h2>{t('commune.manage')}</h2>
          <ul className="links">
            {admin ? (
              <>
                <li>
                  <Link to={`/communes/${slug}/members`}>{t('members.title')}</Link>
                </li>
                <li>
                  <Link to={`/communes/${slug}/joining`}>{t('joining.title')}</Link>
                </li>
              </>
            ) : null}
            <li>
              <Link to={`/communes/${slug}/audit`}>{t('audit.title')}</Link>
            </li>
          </ul>
        </nav>
      ) : null}
      {admin && data && ['ACTIVE', 'SUSPENDED'].includes(data.status) ? (
        <EditCommuneForm commune={data} readOnly={data.status === 'SUSPENDED'} />
      ) : null}
      {operator && data ? (
        <OperatorActions commune={data} changes={changes} className="actions operator-actions" />
      ) : null}
      {roles.length > 0 ? (
        <p className="actions">
          <button type="button" className="button secondary" onClick={() => setConfirmingLeave(true)}>
            {t('commune.leave')}
          </button>
        </p>
      ) : null}
      {confirmingLeave ? (
        <ConfirmDialog
          title={t('commune.leaveTitle', { name: data?.name ?? slug })}
          busy={leave.isPending}
          onConfirm={() => leave.mutate()}
          onCancel={() => setConfirmingLeave(false)}
        >
          <p>{t('commune.leaveExplain')}</p>
        </ConfirmDialog>
      ) : null}
      {changes.dialog}
    </section>
  );
}
