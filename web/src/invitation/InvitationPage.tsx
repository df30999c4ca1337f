import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { isNotFound, unwrap, useApi } from '../api/client';
import type { Acceptance, MyInvitation, PublicInvitation } from '../api/types';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import { meKey } from '../me/useMe';
import { ErrorMessage } from '../ui/ErrorMessage';
import { usePageTitle } from '../ui/usePageTitle';

export const myInvitationsKey = ['me', 'invitations'] as const;

/**
 * The one link of an invitation email. Signed out: what the invitation is, until when, and to sign in or create an
 * account with the address it was sent to. Signed in: accept it, if it is among the person's open invitations; else
 * it was sent to another address.
 */
export function InvitationPage() {
  const { id = '' } = useParams();
  const { t, date, word } = useI18n();
  const session = useSession();
  const api = useApi();
  usePageTitle(t('invitation.title'));

  const invitation = useQuery({
    queryKey: ['public-invitation', id],
    queryFn: () => unwrap<PublicInvitation>(api.GET('/api/public/invitations/{id}', { params: { path: { id } } })),
  });

  if (isNotFound(invitation.error)) {
    return (
      <section>
        <h1>{t('invitation.title')}</h1>
        <p className="error" role="alert">
          {t('invitation.notFound')}
        </p>
      </section>
    );
  }
  const data = invitation.data;
  return (
    <section>
      <h1>{t('invitation.title')}</h1>
      {invitation.error ? <ErrorMessage error={invitation.error} /> : null}
      {!data && !invitation.error ? <p role="status">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <p className="lead">
            {data.kind === 'COORDINATOR'
              ? t('invitation.COORDINATOR', { network: data.networkName ?? '' })
              : t('invitation.STAFF', { commune: data.communeName ?? '', role: word('role', data.role ?? '') })}
          </p>
          {data.status === 'OPEN' ? <p>{t('invitation.validUntil', { date: date(data.expiresAt, 'long') })}</p> : null}
          {data.status === 'OPEN' && !session.authenticated ? <SignedOut invitation={data} /> : null}
          {data.status === 'OPEN' && session.authenticated ? <SignedIn id={id} invitation={data} /> : null}
          {data.status === 'EXPIRED' ? (
            <p className="notice" role="status">
              {t('invitation.state.EXPIRED', { date: date(data.expiresAt, 'long') })}
            </p>
          ) : null}
          {data.status === 'REVOKED' || data.status === 'ACCEPTED' ? (
            <p className="notice" role="status">
              {t(`invitation.state.${data.status}`)}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function SignedOut({ invitation }: { invitation: PublicInvitation }) {
  const { t, language } = useI18n();
  const session = useSession();
  const here = window.location.pathname;
  return (
    <div className="notice">
      <p>{t('invitation.address', { address: invitation.addressHint })}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => session.signIn(here, language)}>
          {t('auth.signIn')}
        </button>
        <button type="button" className="button secondary" onClick={() => session.register(here, language)}>
          {t('invitation.register')}
        </button>
      </p>
    </div>
  );
}

function SignedIn({ id, invitation }: { id: string; invitation: PublicInvitation }) {
  const { t } = useI18n();
  const session = useSession();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mine = useQuery({
    queryKey: myInvitationsKey,
    queryFn: () => unwrap<MyInvitation[]>(api.GET('/api/me/invitations')),
  });
  const accept = useMutation({
    mutationFn: () => unwrap<Acceptance>(api.POST('/api/me/invitations/{id}/acceptance', { params: { path: { id } } })),
    onSuccess: async (acceptance) => {
      await queryClient.invalidateQueries({ queryKey: meKey });
      if (acceptance.kind === 'COORDINATOR') {
        navigate(`/networks/${acceptance.networkSlug}`);
      } else {
        navigate(`/communes/${acceptance.communeSlug}`);
      }
    },
  });

  if (mine.error) return <ErrorMessage error={mine.error} />;
  if (!mine.data) return <p role="status">{t('common.loading')}</p>;
  if (!mine.data.some((open) => open.id === id)) {
    return (
      <div className="notice">
        <p>{t('invitation.notYours', { address: invitation.addressHint })}</p>
        <button type="button" className="button secondary" onClick={session.signOut}>
          {t('auth.signOut')}
        </button>
      </div>
    );
  }
  return (
    <>
      {accept.error ? <ErrorMessage error={accept.error} /> : null}
      <p className="actions">
        <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
          {t('invitation.accept')}
        </button>
      </p>
    </>
  );
}
