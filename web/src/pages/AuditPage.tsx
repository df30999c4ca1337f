import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { AuditEntry, Page } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { PagedTable } from './PagedTable';

const PAGE_SIZE = 50;
const actions = [
  'COMMUNE_REQUESTED',
  'COMMUNE_APPROVED',
  'COMMUNE_ACTIVATED',
  'COMMUNE_FAILED',
  'PROVISIONING_RETRIED',
  'COMMUNE_SUSPENDED',
  'COMMUNE_REJECTED',
  'COMMUNE_REINSTATED',
  'ROLE_GRANTED',
  'ROLE_REVOKED',
  'JOINING_CHANGED',
  'INVITATION_CODE_RENEWED',
  'STAFF_INVITED',
  'INVITATION_ACCEPTED',
  'INVITATION_REVOKED',
  'MEMBER_JOINED',
  'MEMBER_LEFT',
  'NETWORK_INVITED',
  'NETWORK_JOIN_REQUESTED',
  'NETWORK_JOINED',
  'NETWORK_LEFT',
  'SHARING_GRANTED',
  'SHARING_WITHDRAWN',
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
      <PagedTable
        captionId="audit-caption"
        caption={t('audit.caption')}
        columns={[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.detail')]}
        page={entries}
        failed={Boolean(error)}
        empty={t('audit.empty')}
        rowKey={(entry) => entry.id}
        cells={(entry) => (
          <>
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
          </>
        )}
        onPage={setPage}
      />
    </section>
  );
}
