import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { unwrap, useApi } from '../api/client';
import type { AuditEntry, Page } from '../api/types';
import { useI18n, type I18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PagedTable } from '../ui/PagedTable';
import { usePageTitle } from '../ui/usePageTitle';
import { communeKey } from './queries';

const PAGE_SIZE = 50;

/** Where the words for an audit detail's values are, by the detail's key. */
const valueWords: Record<string, string> = {
  role: 'role',
  policy: 'joinPolicy',
  group: 'indicatorGroup',
  status: 'status',
};

/** An audit detail's value in words: roles, policies, indicator groups and statuses translated, the rest as it is. */
export function auditValue({ t, word }: Pick<I18n, 't' | 'word'>, key: string, value: string): string {
  if (key === 'reason' && value === 'account deleted') return t('auditValue.accountDeleted');
  const prefix = valueWords[key];
  return prefix ? word(prefix, value) : value;
}

/** What happened to the commune and who did it, newest first; for its administrators and the operators. */
export function AuditPage() {
  const { slug = '' } = useParams();
  const i18n = useI18n();
  const { t, word, dateTime } = i18n;
  const api = useApi();
  usePageTitle(t('audit.title'));
  const [page, setPage] = useState(0);
  const entries = useQuery({
    queryKey: [...communeKey(slug), 'audit', page],
    queryFn: () =>
      unwrap<Page<AuditEntry>>(
        api.GET('/api/communes/{slug}/audit', { params: { path: { slug }, query: { page, size: PAGE_SIZE } } }),
      ),
    placeholderData: keepPreviousData,
  });
  const error = entries.error;
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
        page={entries.data}
        failed={Boolean(error)}
        empty={t('audit.empty')}
        rowKey={(entry) => entry.id}
        cells={(entry) => (
          <>
            <td>
              <time dateTime={entry.at}>{dateTime(entry.at)}</time>
            </td>
            <td>{entry.actorName ?? entry.actorId}</td>
            <td>{word('audit.action', entry.action)}</td>
            <td>
              {Object.keys(entry.detail).length > 0 ? (
                <dl className="detail">
                  {Object.entries(entry.detail).map(([key, value]) => (
                    <div key={key}>
                      <dt>{word('auditDetail', key)}</dt>
                      <dd>{auditValue(i18n, key, value)}</dd>
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
