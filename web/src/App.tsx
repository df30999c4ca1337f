import { NavLink, Route, Routes } from 'react-router-dom';
import { useSession } from './auth';
import { languages, useI18n, type Language } from './i18n';
import { isOperator, useMe } from './me';
import { AuditPage } from './pages/AuditPage';
import { CommuneNetworksPage } from './pages/CommuneNetworksPage';
import { CommunePage } from './pages/CommunePage';
import { CreateCommunePage } from './pages/CreateCommunePage';
import { HomePage } from './pages/HomePage';
import { JoiningPage } from './pages/JoiningPage';
import { JoinPage } from './pages/JoinPage';
import { MembersPage } from './pages/MembersPage';
import { MyCommunesPage } from './pages/MyCommunesPage';
import { MyDataPage } from './pages/MyDataPage';
import { NetworkPage } from './pages/NetworkPage';
import { NetworksPage } from './pages/NetworksPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OperatorCommunesPage } from './pages/OperatorCommunesPage';
import { SignInRequired } from './pages/SignInRequired';

export function App() {
  const { t, language, setLanguage } = useI18n();
  const session = useSession();
  const { me } = useMe();
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
              <NavLink to="/communes" end>
                {t('nav.myCommunes')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/communes/new">{t('nav.createCommune')}</NavLink>
            </li>
            {session.authenticated ? (
              <li>
                <NavLink to="/networks">{t('nav.networks')}</NavLink>
              </li>
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
                <option key={code} value={code}>
                  {code.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
          {session.authenticated ? (
            <>
              <span className="who">{t('auth.signedInAs', { name: session.name ?? '' })}</span>
              <NavLink to="/me" className="my-data">
                {t('nav.myData')}
              </NavLink>
              <button type="button" className="button secondary" onClick={session.signOut}>
                {t('auth.signOut')}
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => session.signIn()}>
              {t('auth.signIn')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route
            path="/communes"
            element={
              <SignInRequired>
                <MyCommunesPage />
              </SignInRequired>
            }
          />
          <Route
            path="/communes/new"
            element={
              <SignInRequired>
                <CreateCommunePage />
              </SignInRequired>
            }
          />
          <Route
            path="/communes/:slug"
            element={
              <SignInRequired>
                <CommunePage />
              </SignInRequired>
            }
          />
          <Route path="/communes/:slug/join" element={<JoinPage />} />
          <Route
            path="/communes/:slug/members"
            element={
              <SignInRequired>
                <MembersPage />
              </SignInRequired>
            }
          />
          <Route
            path="/communes/:slug/joining"
            element={
              <SignInRequired>
                <JoiningPage />
              </SignInRequired>
            }
          />
          <Route
            path="/communes/:slug/audit"
            element={
              <SignInRequired>
                <AuditPage />
              </SignInRequired>
            }
          />
          <Route
            path="/communes/:slug/networks"
            element={
              <SignInRequired>
                <CommuneNetworksPage />
              </SignInRequired>
            }
          />
          <Route
            path="/networks"
            element={
              <SignInRequired>
                <NetworksPage />
              </SignInRequired>
            }
          />
          <Route
            path="/networks/:slug"
            element={
              <SignInRequired>
                <NetworkPage />
              </SignInRequired>
            }
          />
          <Route
            path="/me"
            element={
              <SignInRequired>
                <MyDataPage />
              </SignInRequired>
            }
          />
          <Route
            path="/operator/communes"
            element={
              <SignInRequired>
                <OperatorCommunesPage />
              </SignInRequired>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <footer className="footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
