import { Outlet, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n';
import { usePageTitle } from '../ui/usePageTitle';
import { useSession } from './session';

/** The layout route of the signed-in pages: shows them to a signed-in person, and a way to sign in to anyone else. */
export function RequireSignIn() {
  const session = useSession();
  if (session.authenticated) {
    return <Outlet />;
  }
  return <SignInNotice />;
}

function SignInNotice() {
  const { t, language } = useI18n();
  const session = useSession();
  const location = useLocation();
  usePageTitle(t('auth.signIn'));
  return (
    <section className="notice">
      <h1>{t('auth.requiredTitle')}</h1>
      <p>{t('auth.required')}</p>
      <button
        type="button"
        className="button"
        onClick={() => session.signIn(location.pathname + location.search, language)}
      >
        {t('auth.signIn')}
      </button>
    </section>
  );
}
