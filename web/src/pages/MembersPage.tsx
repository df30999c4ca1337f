import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { Member, Page, Role } from '../types';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { PagedTable } from './PagedTable';
import { StaffInvitations } from './StaffInvitations';

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;
const managedRoles = ['ADMIN', 'FACILITATOR'] as const satisfies readonly Role[];
type ManagedRole = (typeof managedRoles)[number];
const grantLabel: Record<ManagedRole, MessageKey> = {
  ADMIN: 'members.grantAdmin',
  FACILITATOR: 'members.grantFacilitator',
};
const revokeLabel: Record<ManagedRole, MessageKey> = {
  ADMIN: 'members.revokeAdmin',
  FACILITATOR: 'members.revokeFacilitator',
};

/**
 * The commune's members, for its administrators: find them, grant or revoke administrator and facilitator, and invite
 * staff by email.
 */
export function MembersPage() {
  const { slug = '' } = useParams();
  const { t, language } = useI18n();
  const session = useSession();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [members, setMembers] = useState<Page<Member>>();
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<{ member: Member; role: ManagedRole }>();

  // Searching as one types, once typing pauses; a query that changed nothing (the first render's) keeps the page.
  useEffect(() => {
    const wanted = query.trim();
    if (wanted === search) {
      return undefined;
    }
    const timer = window.setTimeout(() => {
      setSearch(wanted);
      setPage(0);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, search]);

  useEffect(() => {
    const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE), q: search });
    let current = true; // an older search answering late must not replace a newer one
    api<Page<Member>>(session.token, `/api/communes/${slug}/members?${params}`).then(
      (answer) => current && setMembers(answer),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [slug, session, page, search]);

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    setSearch(query.trim());
    setPage(0);
  }

  async function changeRole(member: Member, role: ManagedRole, method: 'PUT' | 'DELETE') {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const changed = await api<Member>(
        session.token,
        `/api/communes/${slug}/members/${encodeURIComponent(member.userId)}/roles/${role}`,
        { method },
      );
      setMembers((current) =>
        current && { ...current, items: current.items.map((m) => (m.userId === changed.userId ? changed : m)) },
      );
      setStatus(t('members.changed', { name: changed.name }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setRevoking(undefined);
    }
  }

  const since = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return (
    <section>
      <h1>{t('members.title')}</h1>
      <p>
        <Link to={`/communes/${slug}`}>{t('common.backToCommune')}</Link>
      </p>
      <form role="search" className="form" onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor="members-search">{t('members.search')}</label>
          <p id="members-search-hint" className="hint">
            {t('members.searchHint')}
          </p>
          <input
            id="members-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="members-search-hint"
          />
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      <p className="success" role="status">
        {status}
      </p>
      <PagedTable
        captionId="members-caption"
        caption={t('members.caption')}
        columns={[t('members.name'), t('members.email'), t('members.roles'), t('members.since'), t('common.actions')]}
        page={members}
        failed={Boolean(error)}
        empty={search ? t('members.noMatch') : t('members.empty')}
        rowKey={(member) => member.userId}
        cells={(member) => (
          <>
            <th scope="row">{member.name}</th>
            <td>{member.email}</td>
            <td>{member.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}</td>
            <td>{since.format(new Date(member.since))}</td>
            <td>
              <div className="row-actions">
                {managedRoles.map((role) =>
                  member.roles.includes(role) ? (
                    <button
                      key={role}
                      type="button"
                      className="button small secondary"
                      disabled={busy}
                      onClick={() => setRevoking({ member, role })}
                    >
                      {t(revokeLabel[role])}
                    </button>
                  ) : (
                    <button
                      key={role}
                      type="button"
                      className="button small"
                      disabled={busy}
                      onClick={() => void changeRole(member, role, 'PUT')}
                    >
                      {t(grantLabel[role])}
                    </button>
                  ),
                )}
              </div>
            </td>
          </>
        )}
        onPage={setPage}
      />
      <StaffInvitations slug={slug} />
      {revoking ? (
        <ConfirmDialog
          title={t('members.confirmRevoke', {
            role: t(`role.${revoking.role}` as MessageKey),
            name: revoking.member.name,
          })}
          busy={busy}
          onConfirm={() => void changeRole(revoking.member, revoking.role, 'DELETE')}
          onCancel={() => setRevoking(undefined)}
        />
      ) : null}
    </section>
  );
}
