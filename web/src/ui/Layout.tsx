import { NavLink, Outlet } from 'react-router-dom';
import { useSession } from '../auth/session';
import { languages, useI18n, type Language } from '../i18n';
import { useUnreadCount } from '../me/notifications';
import { isOperator, useMe } from '../me/useMe';

/** Every page's frame: the skip link, the header with the navigation, the page, the footer. */
export function Layout() {
  const { t, plural, language, setLanguage } = useI18n();
  const session = useSession();
  const { data: me } = useMe();
  const unread = useUnreadCount();
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="header">
        <NavLink to="/" className="brand">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('nav.main')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/directory">{t('nav.directory')}</NavLink>
            </li>
            {session.authenticated ? (
              <>
                <li>
                  <NavLink to="/communes" end>
                    {t('nav.myCommunes')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/networks">{t('nav.networks')}</NavLink>
                </li>
              </>
            ) : null}
            {isOperator(me) ? (
              <li>
                <NavLink to="/operator/communes">{t('nav.operator')}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="tools">
          <label className="language">
            <span>{t('nav.language')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              {languages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {code.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
          {session.authenticated ? (
            <>
              <span className="who">{t('auth.signedInAs', { name: session.name ?? '' })}</span>
              <NavLink
                to="/notifications"
                className="my-data"
                aria-label={unread > 0 ? plural('notifications.navUnread', unread) : undefined}
              >
                {t('nav.notifications')}
                {unread > 0 ? (
                  <span className="count" aria-hidden="true">
                    {unread > 99 ? '99+' : unread}
                  </span>
                ) : null}
              </NavLink>
              <NavLink to="/me" className="my-data">
                {t('nav.myData')}
              </NavLink>
              <button type="button" className="button secondary" onClick={session.signOut}>
                {t('auth.signOut')}
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => session.signIn(undefined, language)}>
              {t('auth.signIn')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
