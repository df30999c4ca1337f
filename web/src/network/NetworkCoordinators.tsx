import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { isForbidden, unwrap, useApi } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import type { Coordinator, CoordinatorInvitation } from '../api/types';
import { useI18n } from '../i18n';
import { ChangeOutcome, useChanges } from '../ui/changes';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, TextField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { networkKey } from './queries';

/**
 * A network's coordinators: dismiss one (the last one stays), invite another by email, and the invitations waiting
 * for an answer, which can be revoked. Inviting says the same for every address: whether it is anyone's on the
 * platform is not for the inviter to learn. Shows nothing to those the API refuses (the page around it says what they
 * may do).
 */
export function NetworkCoordinators({ slug }: { slug: string }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const api = useApi();
  const queryClient = useQueryClient();
  const params = { path: { slug } };
  const coordinatorsKey = [...networkKey(slug), 'coordinators'];
  const invitationsKey = [...networkKey(slug), 'coordinator-invitations'];
  const coordinators = useQuery({
    queryKey: coordinatorsKey,
    queryFn: () => unwrap<Coordinator[]>(api.GET('/api/networks/{slug}/coordinators', { params })),
  });
  const invitations = useQuery({
    queryKey: invitationsKey,
    queryFn: () => unwrap<CoordinatorInvitation[]>(api.GET('/api/networks/{slug}/coordinator-invitations', { params })),
  });
  const changes = useChanges();
  const form = useForm<{ email: string }>({ defaultValues: { email: '' } });
  const [dismissing, setDismissing] = useState<Coordinator>();
  const [revoking, setRevoking] = useState<CoordinatorInvitation>();

  const invite = form.handleSubmit(async ({ email }) => {
    const address = email.trim();
    try {
      await api.POST('/api/networks/{slug}/coordinators', { params, body: { email: address } });
      form.reset();
      void queryClient.invalidateQueries({ queryKey: invitationsKey });
      await changes.run(async () => t('invite.sent', { email: address }));
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, ['email'])) await changes.run(() => Promise.reject(e));
    }
  });

  async function dismiss(coordinator: Coordinator) {
    await changes.run(async () => {
      const remaining = await unwrap<Coordinator[]>(
        api.DELETE('/api/networks/{slug}/coordinators/{userId}', {
          params: { path: { slug, userId: coordinator.userId } },
        }),
      );
      queryClient.setQueryData(coordinatorsKey, remaining);
      return t('coordinators.dismissed', { name: coordinator.name });
    });
    setDismissing(undefined);
  }

  async function revoke(invitation: CoordinatorInvitation) {
    await changes.run(async () => {
      try {
        await api.DELETE('/api/networks/{slug}/coordinator-invitations/{id}', {
          params: { path: { slug, id: invitation.id } },
        });
      } finally {
        // revoked, or accepted or expired meanwhile: show those still waiting
        void queryClient.invalidateQueries({ queryKey: invitationsKey });
      }
      return t('invitations.revoked', { email: invitation.email });
    });
    setRevoking(undefined);
  }

  if (isForbidden(coordinators.error)) {
    return null;
  }
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
            <th scope="row">{coordinator.name}</th>
            <td>{coordinator.email}</td>
            <td>
              <button
                type="button"
                className="button small secondary"
                disabled={changes.busy}
                aria-label={t('coordinators.dismissName', { name: coordinator.name })}
                onClick={() => setDismissing(coordinator)}
              >
                {t('coordinators.dismiss')}
              </button>
            </td>
          </>
        )}
      />
      <h3 id="invite-coordinator-heading">{t('coordinators.inviteTitle')}</h3>
      <FormProblem errors={form.formState.errors} />
      <form className="form" onSubmit={invite} noValidate aria-labelledby="invite-coordinator-heading">
        <TextField
          id="coordinator-email"
          label={t('invite.email')}
          hint={t('coordinators.emailHint')}
          error={errorOf(form.formState.errors, 'email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          registration={form.register('email')}
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
            <th scope="row">{invitation.email}</th>
            <td>{date(invitation.expiresAt)}</td>
            <td>
              <button
                type="button"
                className="button small secondary"
                disabled={changes.busy}
                aria-label={t('invitations.revokeFor', { email: invitation.email })}
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
