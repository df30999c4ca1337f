import { Link } from 'react-router-dom';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { sessionPath, useSessions } from './queries';
import { SessionForm } from './SessionForm';
import { sessionTimes, type Session } from './types';

/** Where a session takes place: its place, online, or both. */
export function whereText(t: ReturnType<typeof useI18n>['t'], session: Pick<Session, 'place' | 'onlineLink'>): string {
  if (session.place && session.onlineLink) return t('sessions.placeAndOnline', { place: session.place });
  return session.place || t('sessions.online');
}

/** An assembly's sessions, earliest first, each linking to its page; for its staff, planning another. */
export function Sessions({
  slug,
  assembly,
  staff,
  readOnly,
}: {
  slug: string;
  assembly: string;
  staff: boolean;
  readOnly: boolean;
}) {
  const { t, word, language } = useI18n();
  const sessions = useSessions(slug, assembly);
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions.title')}</h2>
      {sessions.error ? <ErrorMessage error={sessions.error} /> : null}
      <PagedTable
        captionId="sessions-caption"
        caption={t('sessions.caption')}
        columns={[
          t('sessions.when'),
          t('sessions.sessionTitle'),
          t('sessions.kind'),
          t('sessions.where'),
          t('sessions.status'),
          t('sessions.myResponse'),
        ]}
        page={wholeList(sessions.data)}
        failed={Boolean(sessions.error)}
        empty={t('sessions.empty')}
        rowKey={(session) => session.id}
        cells={(session) => (
          <>
            <td>
              <time dateTime={session.startsAt}>{sessionTimes(language, session)}</time>
            </td>
            <th scope="row">
              <Link to={sessionPath(slug, assembly, session.id)}>{session.title}</Link>
            </th>
            <td>{word('sessionKind', session.kind)}</td>
            <td>{whereText(t, session)}</td>
            <td>{word('sessionStatus', session.status)}</td>
            <td>{session.myResponse ? word('convocationResponse', session.myResponse) : t('sessions.notConvened')}</td>
          </>
        )}
      />
      {staff ? <SessionForm slug={slug} assembly={assembly} readOnly={readOnly} /> : null}
    </section>
  );
}
