import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { isNotFound, toApiError } from '../api/client';
import { useSession as useSignIn } from '../auth/session';
import { useReadOnly } from '../commune/queries';
import { useI18n } from '../i18n';
import { useMyCommune } from '../me/useMe';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { ReadOnlyNotice } from '../ui/ReadOnlyNotice';
import { usePageTitle } from '../ui/usePageTitle';
import { AttendanceSheet } from './AttendanceSheet';
import { Documents, SessionMinutes } from './SessionFiles';
import { assemblyPath, useConvocations, useSession, useSessionChanges } from './queries';
import { isStaff, sessionTimes, type Session } from './types';

/**
 * One session of an assembly: its facts, agenda and guests, and its calendar file for everyone; a convened member
 * answers whether they come; its staff convene the members, see the answers, cancel it and keep its attendance.
 */
export function SessionPage() {
  const { slug = '', assembly = '', session: id = '' } = useParams();
  const { t } = useI18n();
  const commune = useMyCommune(slug);
  const staff = isStaff(commune?.roles);
  const readOnly = useReadOnly(slug);
  const session = useSession(slug, assembly, id);
  usePageTitle(session.data?.title ?? t('sessions.title'));

  const back = (
    <p>
      <Link to={assemblyPath(slug, assembly)}>{t('session.back')}</Link>
    </p>
  );
  if (isNotFound(session.error)) {
    return (
      <section>
        <h1>{t('sessions.title')}</h1>
        {back}
        <p className="error" role="alert">
          {t('session.notFound')}
        </p>
      </section>
    );
  }
  const data = session.data;
  return (
    <section>
      <h1>{data?.title ?? t('sessions.title')}</h1>
      {back}
      <ReadOnlyNotice readOnly={staff && readOnly} />
      {session.error ? <ErrorMessage error={session.error} /> : null}
      {!data && !session.error ? <p role="status">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <Facts session={data} />
          <CalendarDownload slug={slug} session={data} />
          {data.myResponse && data.status === 'PLANNED' ? <MyAnswer slug={slug} session={data} /> : null}
          <Documents slug={slug} session={data} staff={staff} readOnly={readOnly} />
          <SessionMinutes slug={slug} session={data} staff={staff} readOnly={readOnly} />
          {staff ? <Staff slug={slug} session={data} readOnly={readOnly} /> : null}
        </>
      ) : null}
    </section>
  );
}

function Facts({ session }: { session: Session }) {
  const { t, word, language, plural } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('sessions.when')}</dt>
        <dd>
          <time dateTime={session.startsAt}>{sessionTimes(language, session)}</time>
        </dd>
        <dt>{t('sessions.kind')}</dt>
        <dd>{word('sessionKind', session.kind)}</dd>
        <dt>{t('sessions.status')}</dt>
        <dd>{word('sessionStatus', session.status)}</dd>
        <dt>{t('sessions.where')}</dt>
        <dd>
          {session.place || t('sessions.online')}
          {session.onlineLink ? (
            <>
              {' '}
              <a href={session.onlineLink}>{t('session.join')}</a>
            </>
          ) : null}
        </dd>
        <dt>{t('session.length')}</dt>
        <dd>{plural('session.halfDays', session.halfDays)}</dd>
        <dt>{t('session.answers')}</dt>
        <dd>
          {t('session.answersText', {
            convened: session.convocations.convened,
            confirmed: session.convocations.confirmed,
            excused: session.convocations.excused,
          })}
        </dd>
      </dl>
      <h2>{t('sessions.agenda')}</h2>
      {session.agenda.length > 0 ? (
        <ol>
          {session.agenda.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ol>
      ) : (
        <p>{t('session.noAgenda')}</p>
      )}
      <h2>{t('sessions.guests')}</h2>
      {session.guests.length > 0 ? (
        <ul>
          {session.guests.map((guest, index) => (
            <li key={index}>{[guest.name, guest.organisation, guest.role].filter(Boolean).join(' — ')}</li>
          ))}
        </ul>
      ) : (
        <p>{t('session.noGuests')}</p>
      )}
      {session.status === 'CANCELLED' ? <p className="notice">{t('session.cancelledNotice')}</p> : null}
    </>
  );
}

/** The session as a calendar file: fetched with the session's token, then saved as a file. */
function CalendarDownload({ slug, session }: { slug: string; session: Session }) {
  const { t } = useI18n();
  const signIn = useSignIn();
  const [failure, setFailure] = useState<unknown>();
  const download = async () => {
    setFailure(undefined);
    try {
      const token = await signIn.token();
      const response = await fetch(
        `${window.location.origin}/api/communes/${slug}/assembly/assemblies/${session.assemblyId}/sessions/${session.id}/calendar.ics`,
        { headers: { Accept: 'text/calendar', ...(token ? { Authorization: `Bearer ${token}` } : {}) } },
      );
      if (!response.ok) throw await toApiError(response);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${session.startsAt.slice(0, 10)}-${session.kind.toLowerCase()}.ics`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <p>
      <button type="button" className="button secondary" onClick={() => void download()}>
        {t('session.calendar')}
      </button>
      {failure ? <ErrorMessage error={failure} /> : null}
    </p>
  );
}

/** A convened member says whether they will come, with a note if they wish. */
function MyAnswer({ slug, session }: { slug: string; session: Session }) {
  const { t, word } = useI18n();
  const { answer } = useSessionChanges(slug, session.assemblyId, session.id);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const send = async (response: 'CONFIRMED' | 'EXCUSED') => {
    setFailure(undefined);
    setMessage('');
    try {
      const saved = await answer.mutateAsync({ response, note: note.trim() || undefined });
      setMessage(t('session.answered', { response: word('convocationResponse', saved.response) }));
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <section className="panel" aria-labelledby="my-answer-heading">
      <h2 id="my-answer-heading">{t('session.myAnswer')}</h2>
      <p>
        {t('common.labelValue', {
          label: t('sessions.myResponse'),
          value: word('convocationResponse', session.myResponse ?? 'PENDING'),
        })}
      </p>
      {failure ? <ErrorMessage error={failure} /> : null}
      <p className="success" role="status">
        {message}
      </p>
      <div className="field">
        <label htmlFor="answer-note">{t('session.note')}</label>
        <textarea id="answer-note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <p className="actions">
        <button type="button" className="button" disabled={answer.isPending} onClick={() => void send('CONFIRMED')}>
          {t('session.willCome')}
        </button>{' '}
        <button
          type="button"
          className="button secondary"
          disabled={answer.isPending}
          onClick={() => void send('EXCUSED')}
        >
          {t('session.cannotCome')}
        </button>
      </p>
    </section>
  );
}

/** Staff convene the members, read their answers, cancel the session and keep its attendance. */
function Staff({ slug, session, readOnly }: { slug: string; session: Session; readOnly: boolean }) {
  const { t, word, plural } = useI18n();
  const { convene, cancel } = useSessionChanges(slug, session.assemblyId, session.id);
  const convocations = useConvocations(slug, session.assemblyId, session.id);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [cancelling, setCancelling] = useState(false);
  const planned = session.status === 'PLANNED';

  const conveneAll = async () => {
    setFailure(undefined);
    setMessage('');
    try {
      const result = await convene.mutateAsync();
      setMessage(
        t('session.convenedText', {
          newly: plural('session.newlyConvened', result.newlyConvened),
          convened: result.convened,
        }),
      );
    } catch (e) {
      setFailure(e);
    }
  };
  const cancelSession = async () => {
    setFailure(undefined);
    setMessage('');
    try {
      await cancel.mutateAsync();
      setMessage(t('session.cancelled'));
    } catch (e) {
      setFailure(e);
    } finally {
      setCancelling(false);
    }
  };

  return (
    <>
      <section className="staff" aria-labelledby="convocations-heading">
        <h2 id="convocations-heading">{t('session.convocations')}</h2>
        {failure ? <ErrorMessage error={failure} /> : null}
        <p className="success" role="status">
          {message}
        </p>
        {planned ? (
          <p className="actions">
            <button
              type="button"
              className="button"
              disabled={readOnly || convene.isPending}
              onClick={() => void conveneAll()}
            >
              {t('session.convene')}
            </button>{' '}
            <button
              type="button"
              className="button secondary"
              disabled={readOnly}
              onClick={() => {
                setMessage('');
                setCancelling(true);
              }}
            >
              {t('session.cancel')}
            </button>
          </p>
        ) : null}
        {convocations.error ? <ErrorMessage error={convocations.error} /> : null}
        <PagedTable
          captionId="convocations-caption"
          caption={t('session.convocationsCaption')}
          columns={[t('attendance.member'), t('session.answer'), t('session.note')]}
          page={wholeList(convocations.data)}
          failed={Boolean(convocations.error)}
          empty={t('session.noConvocations')}
          rowKey={(convocation) => convocation.userId}
          cells={(convocation) => (
            <>
              <th scope="row">{convocation.name}</th>
              <td>{word('convocationResponse', convocation.response)}</td>
              <td>{convocation.note ?? ''}</td>
            </>
          )}
        />
      </section>
      {planned ? <AttendanceSheet slug={slug} session={session} readOnly={readOnly} /> : null}
      {cancelling ? (
        <ConfirmDialog
          title={t('session.cancelTitle', { title: session.title })}
          busy={cancel.isPending}
          onConfirm={() => void cancelSession()}
          onCancel={() => setCancelling(false)}
        >
          <p>{t('session.cancelExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
