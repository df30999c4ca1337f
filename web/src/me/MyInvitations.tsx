import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, unwrap, useApi } from '../api/client';
import type { Acceptance, MyInvitation } from '../api/types';
import { useI18n } from '../i18n';
import { myInvitationsKey } from '../invitation/InvitationPage';
import { ErrorMessage } from '../ui/ErrorMessage';
import { meKey } from './useMe';

/**
 * The open invitations addressed to the signed-in person, to join a commune's staff or to coordinate a network; shown
 * only when there are some.
 */
export function MyInvitations() {
  const { t, date, word } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const invitations = useQuery({
    queryKey: myInvitationsKey,
    queryFn: () => unwrap<MyInvitation[]>(api.GET('/api/me/invitations')),
  });

  /** What accepting made of the person, in words. */
  function accepted(invitation: MyInvitation, acceptance: Acceptance) {
    if (invitation.kind === 'COORDINATOR') {
      return t('myInvitations.coordinating', { network: invitation.networkName });
    }
    const roles = 'roles' in acceptance ? acceptance.roles : [];
    return t('myInvitations.accepted', {
      commune: invitation.communeName,
      roles: roles.map((role) => word('role', role)).join(', '),
    });
  }

  const accept = useMutation({
    mutationFn: (invitation: MyInvitation) =>
      unwrap<Acceptance>(api.POST('/api/me/invitations/{id}/acceptance', { params: { path: { id: invitation.id } } })),
    onMutate: () => setStatus(''),
    onSuccess: (acceptance, invitation) => {
      setStatus(accepted(invitation, acceptance));
      queryClient.setQueryData<MyInvitation[]>(myInvitationsKey, (current) =>
        current?.filter((i) => i.id !== invitation.id),
      );
      void queryClient.invalidateQueries({ queryKey: meKey, exact: true });
    },
    onError: (e) => {
      if (e instanceof ApiError && (e.status === 404 || e.status === 409)) {
        // revoked, expired or gone meanwhile: show those still open
        void queryClient.invalidateQueries({ queryKey: myInvitationsKey });
      }
    },
  });

  /** What the invitation invites the person to, in words. */
  function describe(invitation: MyInvitation) {
    const until = date(invitation.expiresAt, 'long');
    return invitation.kind === 'COORDINATOR'
      ? t('myInvitations.COORDINATOR', { network: invitation.networkName, date: until })
      : t(`myInvitations.${invitation.role}`, { commune: invitation.communeName, date: until });
  }
  const open = invitations.data ?? [];
  const error = invitations.error ?? accept.error;
  return (
    <>
      {error ? <ErrorMessage error={error} /> : null}
      {/* Outside the section, which goes once the last invitation is accepted, so that the news is still read out. */}
      <p className="success" role="status">
        {status}
      </p>
      {open.length > 0 ? (
        <section className="panel my-invitations" aria-labelledby="my-invitations-heading">
          <h2 id="my-invitations-heading">{t('myInvitations.title')}</h2>
          <ul className="invitation-list">
            {open.map((invitation) => (
              <li key={invitation.id}>
                <p>{describe(invitation)}</p>
                <button
                  type="button"
                  className="button"
                  disabled={accept.isPending}
                  aria-label={t('myInvitations.acceptName', { what: describe(invitation) })}
                  onClick={() => accept.mutate(invitation)}
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
