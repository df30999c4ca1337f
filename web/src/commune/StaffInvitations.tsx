import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, isForbidden, unwrap, useApi } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import { staffRoles, type Page, type StaffInvitation, type StaffRole } from '../api/types';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, Field, TextField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { PagedTable } from '../ui/PagedTable';
import { communeKey, useCommune } from './queries';

const PAGE_SIZE = 20;

interface Invitation {
  email: string;
  role: StaffRole;
  language: string;
}

/**
 * Inviting people to the commune's staff by email (in one of the commune's languages), and the invitations sent,
 * newest first, for its administrators. Shows nothing to anyone else (the page around it says why), nor before the
 * invitations are known.
 */
export function StaffInvitations({ slug, readOnly = false }: { slug: string; readOnly?: boolean }) {
  const i18n = useI18n();
  const { t, date, word } = i18n;
  const api = useApi();
  const queryClient = useQueryClient();
  const commune = useCommune(slug);
  const communeLanguages = commune.data?.languages ?? [];
  const [page, setPage] = useState(0);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [revoking, setRevoking] = useState<StaffInvitation>();
  const form = useForm<Invitation>({
    defaultValues: { email: '', role: 'FACILITATOR', language: '' },
  });
  const errors = form.formState.errors;
  const invitationsKey = [...communeKey(slug), 'invitations'];
  const invitations = useQuery({
    queryKey: [...invitationsKey, page],
    queryFn: () =>
      unwrap<Page<StaffInvitation>>(
        api.GET('/api/communes/{slug}/invitations', { params: { path: { slug }, query: { page, size: PAGE_SIZE } } }),
      ),
    placeholderData: keepPreviousData,
  });

  const invite = useMutation({
    mutationFn: (invitation: Invitation) =>
      unwrap<StaffInvitation>(
        api.POST('/api/communes/{slug}/invitations', {
          params: { path: { slug } },
          body: {
            email: invitation.email.trim(),
            role: invitation.role,
            // Defaults to the commune's first language.
            language: invitation.language || communeLanguages[0] || undefined,
          },
        }),
      ),
    onSuccess: (sent) => {
      form.reset({ ...form.getValues(), email: '' });
      setStatus(t('invite.sent', { email: sent.email }));
      // The newest invitation comes first (a renewed one moves up): show it there.
      setPage(0);
      void queryClient.invalidateQueries({ queryKey: invitationsKey });
    },
  });
  const revoke = useMutation({
    mutationFn: (invitation: StaffInvitation) =>
      unwrap<StaffInvitation>(
        api.DELETE('/api/communes/{slug}/invitations/{id}', { params: { path: { slug, id: invitation.id } } }),
      ),
    onMutate: () => {
      setStatus('');
      setFailure(undefined);
    },
    onSuccess: (revoked) => {
      queryClient.setQueriesData<Page<StaffInvitation>>(
        { queryKey: invitationsKey },
        (current) => current && { ...current, items: current.items.map((i) => (i.id === revoked.id ? revoked : i)) },
      );
      setStatus(t('invitations.revoked', { email: revoked.email }));
    },
    onError: (e) => {
      setFailure(e);
      if (e instanceof ApiError && e.type === 'invitation-not-open') {
        void queryClient.invalidateQueries({ queryKey: invitationsKey }); // accepted or expired meanwhile
      }
    },
    onSettled: () => setRevoking(undefined),
  });

  const submit = form.handleSubmit(async (invitation) => {
    setFailure(undefined);
    setStatus('');
    try {
      await invite.mutateAsync(invitation);
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, ['email', 'role', 'language'])) setFailure(e);
    }
  });

  if (isForbidden(invitations.error) || (!invitations.data && !invitations.error)) {
    return null;
  }
  return (
    <>
      <section className="staff" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('invite.title')}</h2>
        <p>{t('invite.lead')}</p>
        <FormProblem errors={errors} />
        <form className="form" onSubmit={submit} noValidate>
          <fieldset className="plain" disabled={readOnly}>
            <TextField
              id="invite-email"
              label={t('invite.email')}
              hint={t('invite.emailHint')}
              error={errorOf(errors, 'email')}
              type="email"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              registration={form.register('email')}
            />
            <Field id="invite-role" label={t('invite.role')} error={errorOf(errors, 'role')}>
              {(describedBy) => (
                <select
                  id="invite-role"
                  {...form.register('role')}
                  aria-invalid={Boolean(errors.role)}
                  aria-describedby={describedBy}
                >
                  {staffRoles.map((option) => (
                    <option key={option} value={option}>
                      {t(`invite.role.${option}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {communeLanguages.length > 1 ? (
              <Field id="invite-language" label={t('invite.language')} error={errorOf(errors, 'language')}>
                {(describedBy) => (
                  <select
                    id="invite-language"
                    {...form.register('language')}
                    aria-invalid={Boolean(errors.language)}
                    aria-describedby={describedBy}
                  >
                    {communeLanguages.map((code) => (
                      <option key={code} value={code}>
                        {word('language', code)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <button type="submit" className="button" disabled={invite.isPending}>
              {t('invite.submit')}
            </button>
          </fieldset>
        </form>
        {failure ? <ErrorMessage error={failure} /> : null}
        <p className="success" role="status">
          {status}
        </p>
      </section>
      <section className="staff" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('invitations.title')}</h2>
        {invitations.error ? <ErrorMessage error={invitations.error} /> : null}
        <PagedTable
          captionId="invitations-caption"
          caption={t('invitations.caption')}
          columns={[
            t('invitations.email'),
            t('invitations.role'),
            t('invitations.status'),
            t('invitations.expires'),
            t('common.actions'),
          ]}
          page={invitations.data}
          failed={Boolean(invitations.error)}
          empty={t('invitations.empty')}
          rowKey={(invitation) => invitation.id}
          cells={(invitation) => (
            <>
              <th scope="row">{invitation.email}</th>
              <td>{word('role', invitation.role)}</td>
              <td>{word('invitation.status', invitation.status)}</td>
              <td>{date(invitation.expiresAt)}</td>
              <td>
                {invitation.status === 'OPEN' ? (
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={revoke.isPending || readOnly}
                    aria-label={t('invitations.revokeFor', { email: invitation.email })}
                    onClick={() => setRevoking(invitation)}
                  >
                    {t('invitations.revoke')}
                  </button>
                ) : null}
              </td>
            </>
          )}
          onPage={setPage}
          pagerOnlyIfSeveralPages
        />
      </section>
      {revoking ? (
        <ConfirmDialog
          title={t('invitations.revokeTitle', { email: revoking.email })}
          busy={revoke.isPending}
          onConfirm={() => revoke.mutate(revoking)}
          onCancel={() => setRevoking(undefined)}
        >
          <p>{t('invitations.revokeExplain', { email: revoking.email })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
