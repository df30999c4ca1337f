import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { unwrap, useApi } from '../api/client';
import type { Member, Page, Role } from '../api/types';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PagedTable } from '../ui/PagedTable';
import { ReadOnlyNotice } from '../ui/ReadOnlyNotice';
import { usePageTitle } from '../ui/usePageTitle';
import { communeKey, useReadOnly } from './queries';
import { StaffInvitations } from './StaffInvitations';

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;
const managedRoles = ['ADMIN', 'FACILITATOR'] as const satisfies readonly Role[];
type ManagedRole = (typeof managedRoles)[number];
/** Each button's visible words, and its name that says whom it is for. */
const grantLabel: Record<ManagedRole, [MessageKey, MessageKey]> = {
  ADMIN: ['members.grantAdmin', 'members.grantAdminTo'],
  FACILITATOR: ['members.grantFacilitator', 'members.grantFacilitatorTo'],
};
const revokeLabel: Record<ManagedRole, [MessageKey, MessageKey]> = {
  ADMIN: ['members.revokeAdmin', 'members.revokeAdminFrom'],
  FACILITATOR: ['members.revokeFacilitator', 'members.revokeFacilitatorFrom'],
};

/**
 * The commune's members, for its administrators: find them, grant or revoke administrator and facilitator, and invite
 * staff by email.
 */
export function MembersPage() {
  const { slug = '' } = useParams();
  const { t, date, word } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const readOnly = useReadOnly(slug);
  usePageTitle(t('members.title'));
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [status, setStatus] = useState('');
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

  const membersKey = [...communeKey(slug), 'members'];
  const members = useQuery({
    queryKey: [...membersKey, { page, search }],
    queryFn: () =>
      unwrap<Page<Member>>(
        api.GET('/api/communes/{slug}/members', {
          params: { path: { slug }, query: { page, size: PAGE_SIZE, q: search } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const change = useMutation({
    mutationFn: ({ member, role, method }: { member: Member; role: ManagedRole; method: 'PUT' | 'DELETE' }) => {
      const path = { slug, userId: member.userId, role };
      return unwrap<Member>(
        method === 'PUT'
          ? api.PUT('/api/communes/{slug}/members/{userId}/roles/{role}', { params: { path } })
          : api.DELETE('/api/communes/{slug}/members/{userId}/roles/{role}', { params: { path } }),
      );
    },
    onMutate: () => setStatus(''),
    onSuccess: (changed) => {
      queryClient.setQueriesData<Page<Member>>(
        { queryKey: membersKey },
        (current) =>
          current && { ...current, items: current.items.map((m) => (m.userId === changed.userId ? changed : m)) },
      );
      setStatus(t('members.changed', { name: changed.name }));
    },
    onSettled: () => setRevoking(undefined),
  });

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    setSearch(query.trim());
    setPage(0);
  }

  const error = members.error ?? change.error;
  const busy = change.isPending || readOnly;
  return (
    <section>
      <h1>{t('members.title')}</h1>
      <p>
        <Link to={`/communes/${slug}`}>{t('common.backToCommune')}</Link>
      </p>
      <ReadOnlyNotice readOnly={readOnly} />
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
        page={members.data}
        failed={Boolean(members.error)}
        empty={search ? t('members.noMatch') : t('members.empty')}
        rowKey={(member) => member.userId}
        cells={(member) => (
          <>
            <th scope="row">{member.name}</th>
            <td>{member.email}</td>
            <td>{member.roles.map((role) => word('role', role)).join(', ')}</td>
            <td>{date(member.since)}</td>
            <td>
              <div className="row-actions">
                {managedRoles.map((role) => {
                  const has = member.roles.includes(role);
                  const [label, name] = has ? revokeLabel[role] : grantLabel[role];
                  return (
                    <button
                      key={role}
                      type="button"
                      className={has ? 'button small secondary' : 'button small'}
                      disabled={busy}
                      aria-label={t(name, { name: member.name })}
                      onClick={() =>
                        has ? setRevoking({ member, role }) : change.mutate({ member, role, method: 'PUT' })
                      }
                    >
                      {t(label)}
                    </button>
                  );
                })}
              </div>
            </td>
          </>
        )}
        onPage={setPage}
      />
      <StaffInvitations slug={slug} readOnly={readOnly} />
      {revoking ? (
        <ConfirmDialog
          title={t('members.confirmRevoke', { role: word('role', revoking.role), name: revoking.member.name })}
          busy={change.isPending}
          onConfirm={() => change.mutate({ ...revoking, method: 'DELETE' })}
          onCancel={() => setRevoking(undefined)}
        />
      ) : null}
    </section>
  );
}
