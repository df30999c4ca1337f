import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { unwrap, useAssemblyApi } from '../api/client';
import type { Page } from '../api/types';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PagedTable } from '../ui/PagedTable';
import { useSearch } from '../ui/useSearch';
import { drawsKey } from './queries';
import type { Draw, PoolVolunteer } from './types';

const PAGE_SIZE = 50;

/**
 * The draw's pool for its staff, a page at a time by name: searched as one types (name, address, pseudonym), each
 * volunteer's values and letter; while the draw is in preparation, a volunteer who changed their mind is taken out,
 * once confirmed.
 */
export function PoolTable({ slug, draw, editable }: { slug: string; draw: Draw; editable: boolean }) {
  const { t } = useI18n();
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(0);
  const { query, setQuery, search } = useSearch(useCallback(() => setPage(0), []));
  const [removing, setRemoving] = useState<PoolVolunteer>();
  const path = { slug, assembly: draw.assemblyId, draw: draw.id };

  const volunteers = useQuery({
    queryKey: [...drawsKey(slug, draw.assemblyId), draw.id, 'volunteers', { search, page, count: draw.volunteers }],
    queryFn: () =>
      unwrap<Page<PoolVolunteer>>(
        api.GET('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/volunteers', {
          params: { path, query: { page, size: PAGE_SIZE, q: search || undefined } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (pseudonym: string) =>
      unwrap<unknown>(
        api.DELETE('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/volunteers/{pseudonym}', {
          params: { path: { ...path, pseudonym } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: drawsKey(slug, draw.assemblyId) }),
  });
  const features = draw.quotas.map((quota) => quota.feature).filter((f, i, all) => all.indexOf(f) === i);

  if (draw.volunteers === 0) return null;
  return (
    <>
      <form role="search" className="form search-form" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="pool-search">{t('drawPool.search')}</label>
          <input id="pool-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      </form>
      {volunteers.error ? <ErrorMessage error={volunteers.error} /> : null}
      {remove.error ? <ErrorMessage error={remove.error} /> : null}
      <PagedTable
        captionId="pool-caption"
        caption={t('drawPool.caption')}
        columns={[
          t('drawResult.pseudonym'),
          t('drawResult.name'),
          t('drawResult.email'),
          ...features,
          t('drawPool.letter'),
          t('common.actions'),
        ]}
        page={volunteers.data}
        failed={Boolean(volunteers.error)}
        empty={t('drawPool.noMatch')}
        rowKey={(volunteer) => volunteer.pseudonym}
        cells={(volunteer) => (
          <>
            <th scope="row">
              <code>{volunteer.pseudonym}</code>
            </th>
            <td>{volunteer.name ?? ''}</td>
            <td>{volunteer.email ?? ''}</td>
            {features.map((feature) => (
              <td key={feature}>{volunteer.features[feature] ?? ''}</td>
            ))}
            <td>{volunteer.letter ?? t('drawPool.noLetter')}</td>
            <td>
              {editable ? (
                <button type="button" className="button secondary small" onClick={() => setRemoving(volunteer)}>
                  {t('drawPool.remove')}
                </button>
              ) : null}
            </td>
          </>
        )}
        onPage={setPage}
        pagerOnlyIfSeveralPages
      />
      {removing ? (
        <ConfirmDialog
          title={t('drawPool.removeTitle', { pseudonym: removing.pseudonym })}
          busy={remove.isPending}
          onConfirm={() => {
            remove
              .mutateAsync(removing.pseudonym)
              // The last one of a page taken out: the page before, rather than an empty one.
              .then(() => {
                if (page > 0 && volunteers.data?.items.length === 1) setPage(page - 1);
              })
              .catch(() => undefined)
              .finally(() => setRemoving(undefined));
          }}
          onCancel={() => setRemoving(undefined)}
        >
          <p>{t('drawPool.removeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
