import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { communeStatuses, type Commune, type CommuneStatus, type Page } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { OperatorActions, useCommuneChanges } from './OperatorActions';
import { PagedTable } from './PagedTable';

const PAGE_SIZE = 20;

/**
 * Every commune of the platform, for its operators: approve or reject the new ones, suspend or reinstate the others.
 */
export function OperatorCommunesPage() {
  const { t, language } = useI18n();
  const session = useSession();
  const [status, setStatus] = useState<CommuneStatus | ''>('');
  const [page, setPage] = useState(0);
  const [communes, setCommunes] = useState<Page<Commune>>();
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState('');
  // Counts the reloads asked for, so that the list is asked for again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
    if (status) params.set('status', status);
    api<Page<Commune>>(session.token, `/api/communes?${params}`).then(setCommunes, setError);
  }, [session, status, page, version]);

  /** Shows the commune as changed in its row (even if it no longer has the status filtered on), and says so. */
  function replace(changed: Commune) {
    setCommunes(
      (current) => current && { ...current, items: current.items.map((c) => (c.id === changed.id ? changed : c)) },
    );
    setMessage(t('operator.changed', { name: changed.name, status: t(`status.${changed.status}` as MessageKey) }));
  }

  const changes = useCommuneChanges({
    onStart: () => {
      setError(undefined);
      setMessage('');
    },
    onChanged: replace,
    onError: setError,
    onOutdated: () => setVersion((current) => current + 1),
  });

  // Any ISO country may have communes, more than the form offers: the browser knows all their names.
  const countries = new Intl.DisplayNames([language], { type: 'region' });
  return (
    <section>
      <h1>{t('operator.title')}</h1>
      <div className="form">
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
                {t(`status.${code}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <p className="success" role="status">
        {message}
      </p>
      <PagedTable
        captionId="communes-caption"
        caption={t('operator.caption')}
        columns={[t('create.name'), t('create.slug'), t('create.country'), t('mine.status'), t('common.actions')]}
        page={communes}
        failed={Boolean(error)}
        empty={t('operator.empty')}
        rowKey={(commune) => commune.id}
        cells={(commune) => (
          <>
            <th scope="row">
              <Link to={`/communes/${commune.slug}`}>{commune.name}</Link>
            </th>
            <td>{commune.slug}</td>
            <td>{countries.of(commune.country) ?? commune.country}</td>
            <td>{t(`status.${commune.status}` as MessageKey)}</td>
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
