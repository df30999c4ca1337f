import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { JoiningSettings, JoinPolicy } from '../types';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';

const policies: JoinPolicy[] = ['OPEN', 'INVITATION_CODE'];

/** How citizens join the commune, for its administrators: the policy, and the invitation code with its link. */
export function JoiningPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const session = useSession();
  const [settings, setSettings] = useState<JoiningSettings>();
  const [policy, setPolicy] = useState<JoinPolicy>('OPEN');
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [renewing, setRenewing] = useState(false);

  useEffect(() => {
    api<JoiningSettings>(session.token, `/api/communes/${slug}/joining`).then((answer) => {
      setSettings(answer);
      setPolicy(answer.policy);
    }, setError);
  }, [slug, session]);

  async function change(method: 'PUT' | 'POST', path: string, done: string) {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const answer = await api<JoiningSettings>(session.token, `/api/communes/${slug}/joining${path}`, {
        method,
        body: method === 'PUT' ? { policy } : undefined,
      });
      setSettings(answer);
      setPolicy(answer.policy);
      setStatus(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setRenewing(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void change('PUT', '', t('joining.saved'));
  }

  const link = settings
    ? `${window.location.origin}/communes/${slug}/join?invitation=${encodeURIComponent(settings.invitationCode)}`
    : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('joining.copied'));
    } catch {
      setStatus(t('joining.copyFailed'));
    }
  }

  return (
    <section>
      <h1>{t('joining.title')}</h1>
      <p>
        <Link to={`/communes/${slug}`}>{t('common.backToCommune')}</Link>
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      <p className="success" role="status">
        {status}
      </p>
      {!settings && !error ? <p role="status">{t('common.loading')}</p> : null}
      {settings ? (
        <>
          <form className="form" onSubmit={save}>
            <fieldset className="field">
              <legend>{t('joining.policy')}</legend>
              {policies.map((option) => (
                <label key={option} className="choice">
                  <input
                    type="radio"
                    name="policy"
                    value={option}
                    checked={policy === option}
                    onChange={() => setPolicy(option)}
                  />
                  {t(option === 'OPEN' ? 'joining.open' : 'joining.withCode')}
                </label>
              ))}
            </fieldset>
            <button type="submit" className="button" disabled={busy}>
              {t('joining.save')}
            </button>
          </form>
          <h2>{t('joining.invitation')}</h2>
          <p>
            {t('joining.code')}: <code className="code">{settings.invitationCode}</code>
          </p>
          <div className="field">
            <label htmlFor="join-link">{t('joining.link')}</label>
            <p id="join-link-hint" className="hint">
              {t('joining.linkHint')}
            </p>
            <div className="copy">
              <input
                id="join-link"
                readOnly
                value={link}
                aria-describedby="join-link-hint"
                onFocus={(e) => e.target.select()}
              />
              <button type="button" className="button secondary" onClick={() => void copy()}>
                {t('joining.copy')}
              </button>
            </div>
          </div>
          <p className="actions">
            <button type="button" className="button secondary" disabled={busy} onClick={() => setRenewing(true)}>
              {t('joining.renew')}
            </button>
          </p>
        </>
      ) : null}
      {renewing ? (
        <ConfirmDialog
          title={t('joining.renewTitle')}
          busy={busy}
          onConfirm={() => void change('POST', '/code', t('joining.renewed'))}
          onCancel={() => setRenewing(false)}
        >
          <p>{t('joining.renewExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
