import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearch } from '../ui/useSearch';
import { Link } from 'react-router-dom';
import { unwrap, useApi } from '../api/client';
import { communeStatuses, type Commune, type CommuneStatus, type Page } from '../api/types';
import { communeKey } from '../commune/queries';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PagedTable } from '../ui/PagedTable';
import { usePageTitle } from '../ui/usePageTitle';
import { OperatorActions, useCommuneChanges } from './OperatorActions';
import { mailto } from '../ui/mailto';

const PAGE_SIZE = 20;
const operatorKey = ['operator', 'communes'] as const;

/**
 * Every commune of the platform, for its operators: find one, approve or reject the new ones, suspend or reinstate
 * the others.
 */
export function OperatorCommunesPage() {
  const { t, language, word, date, number } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  usePageTitle(t('operator.title'));
  const [status, setStatus] = useState<CommuneStatus | ''>('');
  const [page, setPage] = useState(0);
  const { query, setQuery, search } = useSearch(useCallback(() => setPage(0), []));
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState('');

  const communes = useQuery({
    queryKey: [...operatorKey, { status, search, page }],
    queryFn: () =>
      unwrap<Page<Commune>>(
        api.GET('/api/communes', {
          params: { query: { page, size: PAGE_SIZE, status: status || undefined, q: search || undefined } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  /** Shows the commune as changed in its row (even if it no longer has the status filtered on), and says so. */
  function replace(changed: Commune) {
    queryClient.setQueriesData<Page<Commune>>(
      { queryKey: operatorKey },
      (current) =>
        current && { ...current, items: current.items.map((c) => (c.id === changed.id ? { ...c, ...changed } : c)) },
    );
    queryClient.setQueryData(communeKey(changed.slug), changed);
    setMessage(t('operator.changed', { name: changed.name, status: word('status', changed.status) }));
  }

  const changes = useCommuneChanges({
    onStart: () => {
      setError(undefined);
      setMessage('');
    },
    onChanged: replace,
    onError: setError,
    onOutdated: () => void queryClient.invalidateQueries({ queryKey: operatorKey }),
  });

  // Any ISO country may have communes, more than the form offers: the browser knows all their names.
  const countries = new Intl.DisplayNames([language], { type: 'region' });
  const shownError = error ?? communes.error;
  return (
    <section>
      <h1>{t('operator.title')}</h1>
      <form role="search" className="form search-form" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="communes-search">{t('operator.search')}</label>
          <input id="communes-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="status-filter">{t('mine.status')}</label>
          <select
            id="status-filter"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as CommuneStatus | '');
              setPage(0);
            }}
          >
            <option value="">{t('operator.allStatuses')}</option>
            {communeStatuses.map((code) => (
              <option key={code} value={code}>
                {t(`status.${code}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {shownError ? <ErrorMessage error={shownError} /> : null}
      <p className="success" role="status">
        {message}
      </p>
      <PagedTable
        captionId="communes-caption"
        caption={t('operator.caption')}
        columns={[
          t('create.name'),
          t('create.slug'),
          t('create.country'),
          t('mine.status'),
          t('operator.createdAt'),
          t('operator.requester'),
          t('operator.memberCount'),
          t('common.actions'),
        ]}
        page={communes.data}
        failed={Boolean(communes.error)}
        empty={t('operator.empty')}
        rowKey={(commune) => commune.id}
        cells={(commune) => (
          <>
            <th scope="row">
              <Link to={`/communes/${commune.slug}`}>{commune.name}</Link>
            </th>
            <td>{commune.slug}</td>
            <td>{countries.of(commune.country) ?? commune.country}</td>
            <td>{word('status', commune.status)}</td>
            <td>{commune.createdAt ? <time dateTime={commune.createdAt}>{date(commune.createdAt)}</time> : null}</td>
            <td>
              {commune.requester ? (
                <>
                  {commune.requester.name ? <span>{commune.requester.name} </span> : null}
                  <a href={mailto(commune.requester.email)}>{commune.requester.email}</a>
                </>
              ) : null}
            </td>
            <td className="number">{commune.memberCount === undefined ? null : number(commune.memberCount)}</td>
            <td>
              <OperatorActions commune={commune} changes={changes} className="row-actions" small />
            </td>
          </>
        )}
        onPage={setPage}
      />
      {changes.dialog}
    </section>
  );
}
