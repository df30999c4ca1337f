import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n, type I18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Pager } from '../ui/Pager';
import { usePageTitle } from '../ui/usePageTitle';
import { useMarkRead, useNotifications, type InboxNotice } from './notifications';

const SIZE = 20;

/** What a notification says, in the reader's language, from its kind, its subject's title and its detail. */
export function noticeText(notice: InboxNotice, { t, word, date, dateTime }: I18n): string {
  const values = { title: notice.title, commune: notice.communeName };
  const detail = notice.detail ?? '';
  switch (notice.kind) {
    case 'CONVOCATION':
      return t('notice.CONVOCATION', { ...values, date: detail ? dateTime(detail) : '' });
    case 'SESSION_CHANGED':
      return t('notice.SESSION_CHANGED', { ...values, date: detail ? dateTime(detail) : '' });
    case 'SESSION_CANCELLED':
      return t('notice.SESSION_CANCELLED', { ...values, date: detail ? dateTime(detail) : '' });
    case 'ANSWER':
      return t('notice.ANSWER', { ...values, decision: word('decision', detail).toLowerCase() });
    case 'FOLLOW_UP': {
      const [status = '', progress = '0'] = detail.split(' ');
      return t('notice.FOLLOW_UP', { ...values, status: word('followUpStatus', status).toLowerCase(), progress });
    }
    case 'OVERDUE':
      return t('notice.OVERDUE', { ...values, date: detail ? date(detail, 'long') : '' });
    default:
      return notice.title;
  }
}

/** Whether the link is a page of this app (a path), never another site's ("//host", "/\\host"). */
function inApp(link: string): boolean {
  return /^\/[a-z]/.test(link) && !link.includes('\\');
}

/** The signed-in person's notifications from every commune: convocations, answers, follow-ups, overdue answers. */
export function NotificationsPage() {
  const i18n = useI18n();
  const { t, plural, dateTime } = i18n;
  usePageTitle(t('notifications.title'));
  const [page, setPage] = useState(0);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const notices = useNotifications(page, SIZE, unreadOnly);
  const markRead = useMarkRead();
  const data = notices.data;
  return (
    <section aria-labelledby="notifications-heading">
      <h1 id="notifications-heading">{t('notifications.title')}</h1>
      <p className="lead">{t('notifications.lead')}</p>
      <div className="toolbar">
        <label className="choice">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => {
              setUnreadOnly(e.target.checked);
              setPage(0);
            }}
          />
          {t('notifications.unreadOnly')}
        </label>
        {data && data.unread > 0 ? (
          <>
            <p role="status">{plural('notifications.unread', data.unread)}</p>
            <button
              type="button"
              className="button secondary"
              disabled={markRead.isPending}
              onClick={() => {
                markRead.mutate(undefined);
                setPage(0);
              }}
            >
              {t('notifications.readAll')}
            </button>
          </>
        ) : null}
      </div>
      {notices.error ? <ErrorMessage error={notices.error} /> : null}
      {markRead.error ? <ErrorMessage error={markRead.error} /> : null}
      {notices.isPending ? <p>{t('common.loading')}</p> : null}
      {data && data.items.length === 0 ? (
        <p className="empty">{unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}</p>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <ul className="notice-list">
            {data.items.map((notice) => (
              <li key={notice.id} className={notice.readAt ? 'read' : 'unread'}>
                {notice.readAt ? null : <span className="badge">{t('notifications.new')}</span>}
                {inApp(notice.link) ? (
                  <Link
                    to={notice.link}
                    onClick={() => {
                      if (!notice.readAt) markRead.mutate(notice.id);
                    }}
                  >
                    {noticeText(notice, i18n)}
                  </Link>
                ) : (
                  <span>{noticeText(notice, i18n)}</span>
                )}
                <p className="meta">
                  {notice.communeName} · <time dateTime={notice.createdAt}>{dateTime(notice.createdAt)}</time>
                </p>
                {notice.readAt ? null : (
                  <button
                    type="button"
                    className="button link"
                    disabled={markRead.isPending}
                    onClick={() => markRead.mutate(notice.id)}
                  >
                    {t('notifications.markRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <Pager page={page} size={SIZE} total={data.total} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}
