import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { Coordinator, CoordinatorInvitation } from '../types';
import { useApiGet } from '../useApiGet';
import { ChangeOutcome, FixFieldsAlert, useChanges } from './changes';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { TextField } from './Field';
import { PagedTable, wholeList } from './PagedTable';

/**
 * A network's coordinators: dismiss one (the last one stays), invite another by email, and the invitations waiting
 * for an answer, which can be revoked. Inviting says the same for every address: whether it is anyone's on the
 * platform is not for the inviter to learn. Shows nothing to those the API refuses (the page around it says what they
 * may do).
 */
export function NetworkCoordinators({ slug }: { slug: string }) {
  const { t, language } = useI18n();
  const session = useSession();
  const path = `/api/networks/${slug}/coordinators`;
  const invitationsPath = `/api/networks/${slug}/coordinator-invitations`;
  const coordinators = useApiGet<Coordinator[]>(path);
  const invitations = useApiGet<CoordinatorInvitation[]>(invitationsPath);
  const changes = useChanges();
  const [email, setEmail] = useState('');
  const [dismissing, setDismissing] = useState<Coordinator>();
  const [revoking, setRevoking] = useState<CoordinatorInvitation>();

  async function invite(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    const sent = await changes.run(async () => {
      await api<void>(session.token, path, { method: 'POST', body: { email: address } });
      invitations.reload();
      return t('invite.sent', { email: address });
    }, ['email']);
    if (sent) setEmail('');
  }

  async function dismiss(coordinator: Coordinator) {
    await changes.run(async () => {
      const url = `${path}/${encodeURIComponent(coordinator.userId)}`;
      coordinators.setData(await api<Coordinator[]>(session.token, url, { method: 'DELETE' }));
      return t('coordinators.dismissed', { name: coordinator.name });
    });
    setDismissing(undefined);
  }

  async function revoke(invitation: CoordinatorInvitation) {
    await changes.run(async () => {
      try {
        await api<void>(session.token, `${invitationsPath}/${encodeURIComponent(invitation.id)}`, { method: 'DELETE' });
      } finally {
        invitations.reload(); // revoked, or accepted or expired meanwhile: show those still waiting
      }
      return t('invitations.revoked', { email: invitation.email });
    });
    setRevoking(undefined);
  }

  if (coordinators.forbidden) {
    return null;
  }
  const expires = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return (
    <section className="staff" aria-labelledby="coordinators-heading">
      <h2 id="coordinators-heading">{t('coordinators.title')}</h2>
      {coordinators.error ? <ErrorMessage error={coordinators.error} /> : null}
      <PagedTable
        captionId="coordinators-caption"
        caption={t('coordinators.caption')}
        columns={[t('members.name'), t('members.email'), t('common.actions')]}
        page={wholeList(coordinators.data)}
        failed={Boolean(coordinators.error)}
        empty={t('coordinators.empty')}
        rowKey={(coordinator) => coordinator.userId}
        cells={(coordinator) => (
          <>
            <th scope="row" id={`coordinator-${coordinator.userId}`}>
              {coordinator.name}
            </th>
            <td>{coordinator.email}</td>
            <td>
              <button
                type="button"
                className="button small secondary"
                disabled={changes.busy}
                aria-describedby={`coordinator-${coordinator.userId}`}
                onClick={() => setDismissing(coordinator)}
              >
                {t('coordinators.dismiss')}
              </button>
            </td>
          </>
        )}
      />
      <h3 id="invite-coordinator-heading">{t('coordinators.inviteTitle')}</h3>
      <FixFieldsAlert changes={changes} />
      <form className="form" onSubmit={invite} noValidate aria-labelledby="invite-coordinator-heading">
        <TextField
          id="coordinator-email"
          label={t('invite.email')}
          hint={t('coordinators.emailHint')}
          error={changes.fieldErrors.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onChange={setEmail}
        />
        <button type="submit" className="button" disabled={changes.busy}>
          {t('invite.submit')}
        </button>
      </form>
      <ChangeOutcome changes={changes} />
      <h3 id="coordinator-invitations-heading">{t('coordinators.invitationsTitle')}</h3>
      {invitations.error ? <ErrorMessage error={invitations.error} /> : null}
      <PagedTable
        captionId="coordinator-invitations-caption"
        caption={t('coordinators.invitationsCaption')}
        columns={[t('invitations.email'), t('invitations.expires'), t('common.actions')]}
        page={wholeList(invitations.data)}
        failed={Boolean(invitations.error)}
        empty={t('coordinators.invitationsEmpty')}
        rowKey={(invitation) => invitation.id}
        cells={(invitation) => (
          <>
            <th scope="row" id={`coordinator-invitation-${invitation.id}`}>
              {invitation.email}
            </th>
            <td>{expires.format(new Date(invitation.expiresAt))}</td>
            <td>
              <button
                type="button"
                className="button small secondary"
                disabled={changes.busy}
                aria-describedby={`coordinator-invitation-${invitation.id}`}
                onClick={() => setRevoking(invitation)}
              >
                {t('invitations.revoke')}
              </button>
            </td>
          </>
        )}
      />
      {dismissing ? (
        <ConfirmDialog
          title={t('coordinators.dismissTitle', { name: dismissing.name })}
          busy={changes.busy}
          onConfirm={() => void dismiss(dismissing)}
          onCancel={() => setDismissing(undefined)}
        >
          <p>{t('coordinators.dismissExplain', { name: dismissing.name })}</p>
        </ConfirmDialog>
      ) : null}
      {revoking ? (
        <ConfirmDialog
          title={t('invitations.revokeTitle', { email: revoking.email })}
          busy={changes.busy}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(undefined)}
        >
          <p>{t('invitations.revokeExplain', { email: revoking.email })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
