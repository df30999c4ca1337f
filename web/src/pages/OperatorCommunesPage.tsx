import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { communeStatuses, type Commune, type CommuneStatus, type Page } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { Pager } from './Pager';
import { SuspendDialog } from './SuspendDialog';

const PAGE_SIZE = 20;

/** Every commune of the platform, for its operators: approve the new ones, suspend or reinstate the others. */
export function OperatorCommunesPage() {
  const { t, language } = useI18n();
  const session = useSession();
  const [status, setStatus] = useState<CommuneStatus | ''>('');
  const [page, setPage] = useState(0);
  const [communes, setCommunes] = useState<Page<Commune>>();
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [suspending, setSuspending] = useState<Commune>();

  useEffect(() => {
    const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
    if (status) params.set('status', status);
    api<Page<Commune>>(session.token, `/api/communes?${params}`).then(setCommunes, setError);
  }, [session, status, page]);

  /** Shows the commune as changed in its row (even if it no longer has the status filtered on), and says so. */
  function replace(changed: Commune) {
    setCommunes(
      (current) => current && { ...current, items: current.items.map((c) => (c.id === changed.id ? changed : c)) },
    );
    setMessage(t('operator.changed', { name: changed.name, status: t(`status.${changed.status}` as MessageKey) }));
  }

  async function change(commune: Commune, path: string, method: string) {
    setBusy(true);
    setError(undefined);
    setMessage('');
    try {
      replace(await api<Commune>(session.token, `/api/communes/${commune.slug}${path}`, { method }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

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
      {!communes && !error ? <p role="status">{t('common.loading')}</p> : null}
      {communes && communes.items.length === 0 ? <p className="empty">{t('operator.empty')}</p> : null}
      {communes && communes.items.length > 0 ? (
        <>
          <div className="table-wrap" role="region" aria-labelledby="communes-caption" tabIndex={0}>
            <table>
              <caption id="communes-caption">{t('operator.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('create.name')}</th>
                  <th scope="col">{t('create.slug')}</th>
                  <th scope="col">{t('create.country')}</th>
                  <th scope="col">{t('mine.status')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {communes.items.map((commune) => (
                  <tr key={commune.id}>
                    <th scope="row">
                      <Link to={`/communes/${commune.slug}`}>{commune.name}</Link>
                    </th>
                    <td>{commune.slug}</td>
                    <td>{countries.of(commune.country) ?? commune.country}</td>
                    <td>{t(`status.${commune.status}` as MessageKey)}</td>
                    <td>
                      <div className="row-actions">
                        {commune.status === 'AWAITING_APPROVAL' ? (
                          <button
                            type="button"
                            className="button small"
                            disabled={busy}
                            onClick={() => void change(commune, '/approval', 'POST')}
                          >
                            {t('operator.approve')}
                          </button>
                        ) : null}
                        {commune.status === 'ACTIVE' ? (
                          <button type="button" className="button small danger" onClick={() => setSuspending(commune)}>
                            {t('operator.suspend')}
                          </button>
                        ) : null}
                        {commune.status === 'SUSPENDED' ? (
                          <button
                            type="button"
                            className="button small"
                            disabled={busy}
                            onClick={() => void change(commune, '/suspension', 'DELETE')}
                          >
                            {t('operator.reinstate')}
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={communes.page} size={communes.size} total={communes.total} onPage={setPage} />
        </>
      ) : null}
      {suspending ? (
        <SuspendDialog
          commune={suspending}
          onDone={(suspended) => {
            replace(suspended);
            setSuspending(undefined);
          }}
          onCancel={() => setSuspending(undefined)}
        />
      ) : null}
    </section>
  );
}
