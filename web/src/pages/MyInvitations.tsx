import { useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { Acceptance, MyInvitation } from '../types';
import { ErrorMessage } from './ErrorMessage';

const knownRoles: readonly string[] = ['ADMIN', 'FACILITATOR', 'CITIZEN', 'MEMBER'];

/**
 * The open invitations addressed to the signed-in person, to join a commune's staff or to coordinate a network; shown
 * only when there are some.
 */
export function MyInvitations({ onAccepted }: { onAccepted: () => void }) {
  const { t, language } = useI18n();
  const session = useSession();
  const [invitations, setInvitations] = useState<MyInvitation[]>([]);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api<MyInvitation[]>(session.token, '/api/me/invitations').then(setInvitations, setError);
  }, [session, version]);

  async function accept(invitation: MyInvitation) {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const acceptance = await api<Acceptance>(
        session.token,
        `/api/me/invitations/${encodeURIComponent(invitation.id)}/acceptance`,
        { method: 'POST' },
      );
      setInvitations((current) => current.filter((i) => i.id !== invitation.id));
      setStatus(accepted(invitation, acceptance));
      onAccepted();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && (e.status === 404 || e.status === 409)) {
        setVersion((current) => current + 1); // revoked, expired or gone meanwhile: show those still open
      }
    } finally {
      setBusy(false);
    }
  }

  /** What accepting made of the person, in words. */
  function accepted(invitation: MyInvitation, acceptance: Acceptance) {
    if (invitation.kind === 'COORDINATOR') {
      return t('myInvitations.coordinating', { network: invitation.networkName });
    }
    const roles = 'roles' in acceptance ? acceptance.roles : [];
    const named = roles.map((role) => (knownRoles.includes(role) ? t(`role.${role}` as MessageKey) : role));
    return t('myInvitations.accepted', { commune: invitation.communeName, roles: named.join(', ') });
  }

  const until = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  /** What the invitation invites the person to, in words. */
  function describe(invitation: MyInvitation) {
    const date = until.format(new Date(invitation.expiresAt));
    return invitation.kind === 'COORDINATOR'
      ? t('myInvitations.COORDINATOR', { network: invitation.networkName, date })
      : t(`myInvitations.${invitation.role}` as MessageKey, { commune: invitation.communeName, date });
  }
  return (
    <>
      {error ? <ErrorMessage error={error} /> : null}
      {/* Outside the section, which goes once the last invitation is accepted, so that the news is still read out. */}
      <p className="success" role="status">
        {status}
      </p>
      {invitations.length > 0 ? (
        <section className="panel my-invitations" aria-labelledby="my-invitations-heading">
          <h2 id="my-invitations-heading">{t('myInvitations.title')}</h2>
          <ul className="invitation-list">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                <p id={`my-invitation-${invitation.id}`}>{describe(invitation)}</p>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-describedby={`my-invitation-${invitation.id}`}
                  onClick={() => void accept(invitation)}
                >
                  {t('myInvitations.accept')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
