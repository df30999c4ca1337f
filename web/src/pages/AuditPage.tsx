import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { AuditEntry, Page } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { Pager } from './Pager';

const PAGE_SIZE = 50;
const actions = [
  'COMMUNE_REQUESTED',
  'COMMUNE_APPROVED',
  'COMMUNE_ACTIVATED',
  'COMMUNE_FAILED',
  'PROVISIONING_RETRIED',
  'COMMUNE_SUSPENDED',
  'COMMUNE_REINSTATED',
  'ROLE_GRANTED',
  'ROLE_REVOKED',
  'JOINING_CHANGED',
  'INVITATION_CODE_RENEWED',
  'MEMBER_JOINED',
  'MEMBER_LEFT',
];

/** What happened to the commune and who did it, newest first; for its administrators and the operators. */
export function AuditPage() {
  const { slug = '' } = useParams();
  const { t, language } = useI18n();
  const session = useSession();
  const [page, setPage] = useState(0);
  const [entries, setEntries] = useState<Page<AuditEntry>>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    api<Page<AuditEntry>>(session.token, `/api/communes/${slug}/audit?page=${page}&size=${PAGE_SIZE}`).then(
      setEntries,
      setError,
    );
  }, [slug, session, page]);

  // An action added to the API before the app knows it still shows, by its name.
  const describe = (action: string) => (actions.includes(action) ? t(`audit.action.${action}` as MessageKey) : action);
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <p>
        <Link to={`/communes/${slug}`}>{t('common.backToCommune')}</Link>
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {!entries && !error ? <p role="status">{t('common.loading')}</p> : null}
      {entries && entries.items.length === 0 ? <p className="empty">{t('audit.empty')}</p> : null}
      {entries && entries.items.length > 0 ? (
        <>
          <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
            <table>
              <caption id="audit-caption">{t('audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.what')}</th>
                  <th scope="col">{t('audit.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
                    </td>
                    <td>{entry.actorName ?? entry.actorId}</td>
                    <td>{describe(entry.action)}</td>
                    <td>
                      {Object.keys(entry.detail).length > 0 ? (
                        <dl className="detail">
                          {Object.entries(entry.detail).map(([key, value]) => (
                            <div key={key}>
                              <dt>{key}</dt>
                              <dd>{value}</dd>
                            </div>
                          ))}
                        </dl>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={entries.page} size={entries.size} total={entries.total} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}
