import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { Commune } from '../types';
import { ErrorMessage } from './ErrorMessage';

type Step = 'registered' | 'assembly' | 'plan';
const steps: Step[] = ['registered', 'assembly', 'plan'];
const POLL_MS = 1000;
const GIVE_UP_AFTER = 120;

/** A commune's page; right after it is created, it follows the commune until every service knows it. */
export function CommunePage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const session = useSession();
  const [commune, setCommune] = useState<Commune>();
  const [done, setDone] = useState<Record<Step, boolean>>({ registered: false, assembly: false, plan: false });
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let cancelled = false;
    let attempts = 0;
    const ready: Record<Step, boolean> = { registered: false, assembly: false, plan: false };
    async function check(step: Step, path: string) {
      try {
        const found = await api<Commune>(session.token, path);
        ready[step] = true;
        if (step === 'registered') {
          setCommune(found);
        }
      } catch (e) {
        // Not known yet by that service: its commune.provisioned event is on its way.
        if (!(e instanceof ApiError && e.status === 404)) {
          throw e;
        }
        if (step === 'registered') {
          setMissing(true);
        }
      }
    }
    async function poll() {
      try {
        await Promise.all([
          ready.registered ? null : check('registered', `/api/communes/${slug}`),
          ready.assembly ? null : check('assembly', `/api/communes/${slug}/assembly`),
          ready.plan ? null : check('plan', `/api/communes/${slug}/plan`),
        ]);
      } catch (e) {
        if (!cancelled) setError(e);
        return;
      }
      if (cancelled) return;
      setDone({ ...ready });
      if (steps.some((step) => !ready[step]) && ++attempts < GIVE_UP_AFTER) {
        window.setTimeout(poll, POLL_MS);
      }
    }
    void poll();
    return () => {
      cancelled = true;
    };
  }, [slug, session]);

  if (missing && !commune) {
    return (
      <section>
        <p className="error" role="alert">
          {t('commune.notFound')}
        </p>
      </section>
    );
  }
  const allDone = steps.every((step) => done[step]);
  return (
    <section>
      <h1>{t('commune.title', { name: commune?.name ?? slug })}</h1>
      {error ? <ErrorMessage error={error} /> : null}
      <h2>{t('commune.setup')}</h2>
      <ol className="steps" aria-live="polite">
        {steps.map((step) => (
          <li key={step} className={done[step] ? 'done' : 'pending'}>
            {t(`commune.step.${step}` as MessageKey)}: {done[step] ? t('commune.done') : t('commune.waiting')}
          </li>
        ))}
      </ol>
      {allDone ? (
        <p className="success" role="status">
          {t('commune.ready')}
        </p>
      ) : null}
    </section>
  );
}
