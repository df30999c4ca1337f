import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { isOperator, useMe } from '../me';
import type { Commune } from '../types';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { OperatorActions, useCommuneChanges } from './OperatorActions';

const POLL_MS = 1000;
const steps = ['organization', 'assembly', 'plan'] as const;

/**
 * A commune's home: while it is being set up, it follows each step until the commune is active (or failed); then
 * what the caller may do there: leave, manage it (admins), approve or reject, suspend or reinstate it (operators).
 */
export function CommunePage() {
  const { slug = '' } = useParams();
  const { t, language } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const { me } = useMe();
  const [commune, setCommune] = useState<Commune>();
  const [missing, setMissing] = useState(false);
  const [forbidden, setForbidden] = useState(false);
  const [error, setError] = useState<unknown>();
  const [leaving, setLeaving] = useState(false);
  const [confirmingLeave, setConfirmingLeave] = useState(false);

  // The changes made here, counted: a read sent before one of them answers with the commune as it was (a read sent
  // before a rejection would even answer 404, the rejected request having left the directory), so it is dropped.
  const changesMade = useRef(0);
  const load = useCallback(async () => {
    const before = changesMade.current;
    try {
      const current = await api<Commune>(session.token, `/api/communes/${slug}`);
      if (changesMade.current === before) setCommune(current);
    } catch (e) {
      if (changesMade.current !== before) {
        return;
      } else if (e instanceof ApiError && e.status === 404) {
        setMissing(true);
      } else if (e instanceof ApiError && e.status === 403) {
        setForbidden(true);
      } else {
        setError(e);
      }
    }
  }, [slug, session]);

  useEffect(() => {
    void load();
  }, [load]);

  const changes = useCommuneChanges({
    onStart: () => setError(undefined),
    onChanged: (changed) => {
      changesMade.current += 1;
      setCommune(changed);
    },
    onError: setError,
    onOutdated: () => void load(),
  });

  const settingUp = commune?.status === 'PROVISIONING' || commune?.status === 'AWAITING_APPROVAL';
  // Not while an operator decides on the commune: the decision's answer says what became of it.
  const deciding = changes.busy || Boolean(changes.dialog);
  useEffect(() => {
    if (!settingUp || deciding) return;
    const timer = window.setTimeout(() => void load(), POLL_MS);
    return () => window.clearTimeout(timer);
  }, [commune, settingUp, deciding, load]);

  async function leave() {
    setLeaving(true);
    setError(undefined);
    try {
      await api<void>(session.token, `/api/communes/${slug}/membership`, { method: 'DELETE' });
      navigate('/communes');
    } catch (e) {
      setError(e);
      setConfirmingLeave(false);
      setLeaving(false);
    }
  }

  if (missing) {
    return (
      <section>
        <p className="error" role="alert">
          {t('commune.notFound')}
        </p>
      </section>
    );
  }
  if (forbidden) {
    return (
      <section>
        <h1>{t('commune.title', { name: slug })}</h1>
        <p className="notice">{t('commune.notMember')}</p>
        <p>
          <Link className="button" to={`/communes/${slug}/join`}>
            {t('commune.joinIt')}
          </Link>
        </p>
      </section>
    );
  }
  const roles = me?.communes.find((c) => c.slug === slug)?.roles ?? [];
  const admin = roles.includes('ADMIN');
  const operator = isOperator(me);
  return (
    <section>
      <h1>{t('commune.title', { name: commune?.name ?? slug })}</h1>
      {error ? <ErrorMessage error={error} /> : null}
      {commune ? (
        <p>
          {t('mine.status')}: {t(`status.${commune.status}` as MessageKey)}
        </p>
      ) : null}
      {commune?.status === 'SUSPENDED' ? (
        <div className="notice banner" role="status">
          <p>
            <strong>{t('commune.suspended')}</strong>
          </p>
          {commune.suspensionReason ? (
            <p>{t('commune.suspendedReason', { reason: commune.suspensionReason })}</p>
          ) : null}
        </div>
      ) : null}
      {commune && !['ACTIVE', 'SUSPENDED', 'REJECTED'].includes(commune.status) ? (
        <>
          <h2>{t('commune.setup')}</h2>
          <ol className="steps" aria-live="polite">
            <li className="done">
              {t('commune.step.registered')}: {t('commune.done')}
            </li>
            {steps.map((step) => (
              <li key={step} className={commune.provisioning[step] ? 'done' : 'pending'}>
                {t(`commune.step.${step}` as MessageKey)}:{' '}
                {commune.provisioning[step] ? t('commune.done') : t('commune.waiting')}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {commune?.status === 'AWAITING_APPROVAL' ? <p role="status">{t('commune.awaitingApproval')}</p> : null}
      {commune?.status === 'REJECTED' ? (
        <p className="notice" role="status">
          {t('commune.rejected')}
        </p>
      ) : null}
      {commune?.status === 'FAILED' ? (
        <div className="notice">
          <p className="error" role="alert">
            {t('commune.failed', { reason: commune.failureReason ?? '' })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void changes.change(commune, '/provisioning/retry', 'POST')}
            disabled={changes.busy}
          >
            {t('commune.retry')}
          </button>
        </div>
      ) : null}
      {commune?.status === 'ACTIVE' ? (
        <p className="success" role="status">
          {t('commune.ready')}
        </p>
      ) : null}
      {commune ? (
        <dl className="facts">
          <dt>{t('create.officialCode')}</dt>
          <dd>{commune.officialCode}</dd>
          <dt>{t('create.population')}</dt>
          <dd>{new Intl.NumberFormat(language).format(commune.population)}</dd>
          <dt>{t('create.contactEmail')}</dt>
          <dd>
            <a href={`mailto:${commune.contactEmail}`}>{commune.contactEmail}</a>
          </dd>
        </dl>
      ) : null}
      {roles.length > 0 ? (
        <p>
          {t('mine.roles')}: {roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}
        </p>
      ) : null}
      {roles.length > 0 ? (
        <p>
          <Link to={`/communes/${slug}/networks`}>{t('commune.networks')}</Link>
        </p>
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
      {operator && commune ? (
        <OperatorActions commune={commune} changes={changes} className="actions operator-actions" />
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
          title={t('commune.leaveTitle', { name: commune?.name ?? slug })}
          busy={leaving}
          onConfirm={() => void leave()}
          onCancel={() => setConfirmingLeave(false)}
        >
          <p>{t('commune.leaveExplain')}</p>
        </ConfirmDialog>
      ) : null}
      {changes.dialog}
    </section>
  );
}
