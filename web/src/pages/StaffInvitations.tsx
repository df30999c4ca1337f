import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { invitationStatuses, staffRoles, type Page, type StaffInvitation, type StaffRole } from '../types';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';
import { PagedTable } from './PagedTable';

const PAGE_SIZE = 20;

/**
 * Inviting people to the commune's staff by email, and the invitations sent, newest first, for its administrators.
 * Shows nothing to anyone else (the page around it says why), nor before the invitations are known.
 */
export function StaffInvitations({ slug }: { slug: string }) {
  const { t, language } = useI18n();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('FACILITATOR');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [page, setPage] = useState(0);
  const [version, setVersion] = useState(0);
  const [invitations, setInvitations] = useState<Page<StaffInvitation>>();
  const [forbidden, setForbidden] = useState(false);
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<StaffInvitation>();

  useEffect(() => {
    const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
    let current = true; // a page answering late must not replace the one asked for since
    api<Page<StaffInvitation>>(session.token, `/api/communes/${slug}/invitations?${params}`).then(
      (answer) => current && setInvitations(answer),
      (e: unknown) => {
        if (!current) return;
        if (e instanceof ApiError && e.status === 403) {
          setForbidden(true);
        } else {
          setError(e);
        }
      },
    );
    return () => {
      current = false;
    };
  }, [slug, session, page, version]);

  /** Asks for the invitations again, keeping those on screen until they come. */
  function reload(firstPage: boolean) {
    if (firstPage) setPage(0);
    setVersion((current) => current + 1);
  }

  async function invite(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    setStatus('');
    try {
      const sent = await api<StaffInvitation>(session.token, `/api/communes/${slug}/invitations`, {
        method: 'POST',
        body: { email: email.trim(), role },
      });
      setEmail('');
      setStatus(t('invite.sent', { email: sent.email }));
      // The newest invitation comes first (a renewed one moves up): show it there.
      reload(true);
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
        setFieldErrors(e.fields);
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  }

  async function revoke(invitation: StaffInvitation) {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const revoked = await api<StaffInvitation>(
        session.token,
        `/api/communes/${slug}/invitations/${encodeURIComponent(invitation.id)}`,
        { method: 'DELETE' },
      );
      setInvitations(
        (current) => current && { ...current, items: current.items.map((i) => (i.id === revoked.id ? revoked : i)) },
      );
      setStatus(t('invitations.revoked', { email: revoked.email }));
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.kind === 'invitation-not-open') {
        reload(false); // accepted or expired meanwhile: show what it has become
      }
    } finally {
      setBusy(false);
      setRevoking(undefined);
    }
  }

  if (forbidden || (!invitations && !error)) {
    return null;
  }
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  // A status added to the API before the app knows it still shows, by its name.
  const describeStatus = (value: string) =>
    (invitationStatuses as readonly string[]).includes(value) ? t(`invitation.status.${value}` as MessageKey) : value;
  const expires = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return (
    <>
      <section className="staff" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('invite.title')}</h2>
        <p>{t('invite.lead')}</p>
        {hasFieldErrors ? (
          <p className="error" role="alert">
            {t('create.fixFields')}
          </p>
        ) : null}
        <form className="form" onSubmit={invite} noValidate>
          <Field id="invite-email" label={t('invite.email')} hint={t('invite.emailHint')} error={fieldErrors.email}>
            {(describedBy) => (
              <input
                id="invite-email"
                name="email"
                type="email"
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="none"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={Boolean(fieldErrors.email)}
                aria-describedby={describedBy}
              />
            )}
          </Field>
          <Field id="invite-role" label={t('invite.role')} error={fieldErrors.role}>
            {(describedBy) => (
              <select
                id="invite-role"
                name="role"
                value={role}
                onChange={(e) => setRole(e.target.value as StaffRole)}
                aria-invalid={Boolean(fieldErrors.role)}
                aria-describedby={describedBy}
              >
                {staffRoles.map((option) => (
                  <option key={option} value={option}>
                    {t(`invite.role.${option}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button" disabled={busy}>
            {t('invite.submit')}
          </button>
        </form>
        {error ? <ErrorMessage error={error} /> : null}
        <p className="success" role="status">
          {status}
        </p>
      </section>
      <section className="staff" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('invitations.title')}</h2>
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
          page={invitations}
          failed={Boolean(error)}
          empty={t('invitations.empty')}
          rowKey={(invitation) => invitation.id}
          cells={(invitation) => (
            <>
              <th scope="row" id={`invitation-${invitation.id}`}>
                {invitation.email}
              </th>
              <td>{t(`role.${invitation.role}` as MessageKey)}</td>
              <td>{describeStatus(invitation.status)}</td>
              <td>{expires.format(new Date(invitation.expiresAt))}</td>
              <td>
                {invitation.status === 'OPEN' ? (
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={busy}
                    aria-describedby={`invitation-${invitation.id}`}
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
          busy={busy}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(undefined)}
        >
          <p>{t('invitations.revokeExplain', { email: revoking.email })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
