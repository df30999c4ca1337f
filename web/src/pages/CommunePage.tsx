import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { Commune } from '../types';
import { ErrorMessage } from './ErrorMessage';

const POLL_MS = 1000;
const steps = ['organization', 'assembly', 'plan'] as const;

/** A commune's page; while it is being set up, it follows each step until the commune is active (or failed). */
export function CommunePage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const session = useSession();
  const [commune, setCommune] = useState<Commune>();
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [retrying, setRetrying] = useState(false);

  const load = useCallback(async () => {
    try {
      setCommune(await api<Commune>(session.token, `/api/communes/${slug}`));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        setMissing(true);
      } else {
        setError(e);
      }
    }
  }, [slug, session]);

  useEffect(() => {
    void load();
  }, [load]);

  const settingUp = commune?.status === 'PROVISIONING' || commune?.status === 'AWAITING_APPROVAL';
  useEffect(() => {
    if (!settingUp) return;
    const timer = window.setTimeout(() => void load(), POLL_MS);
    return () => window.clearTimeout(timer);
  }, [commune, settingUp, load]);

  async function retry() {
    setRetrying(true);
    try {
      setCommune(await api<Commune>(session.token, `/api/communes/${slug}/provisioning/retry`, { method: 'POST' }));
    } catch (e) {
      setError(e);
    } finally {
      setRetrying(false);
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
  return (
    <section>
      <h1>{t('commune.title', { name: commune?.name ?? slug })}</h1>
      {error ? <ErrorMessage error={error} /> : null}
      {commune && commune.status !== 'ACTIVE' && commune.status !== 'SUSPENDED' ? (
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
      {commune?.status === 'FAILED' ? (
        <div className="notice">
          <p className="error" role="alert">
            {t('commune.failed', { reason: commune.failureReason ?? '' })}
          </p>
          <button type="button" className="button" onClick={retry} disabled={retrying}>
            {t('commune.retry')}
          </button>
        </div>
      ) : null}
      {commune?.status === 'ACTIVE' ? (
        <p className="success" role="status">
          {t('commune.ready')}
        </p>
      ) : null}
    </section>
  );
}
