import { Link } from 'react-router-dom';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { usePageTitle } from '../ui/usePageTitle';

const features: [MessageKey, MessageKey][] = [
  ['home.assembly.title', 'home.assembly.text'],
  ['home.plan.title', 'home.plan.text'],
  ['home.ledger.title', 'home.ledger.text'],
  ['home.networks.title', 'home.networks.text'],
];

/** The front door: citizens find their commune (or theirs, signed in); a commune's staff may register it. */
export function HomePage() {
  const { t, language } = useI18n();
  const session = useSession();
  usePageTitle(t('nav.home'));
  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p className="actions">
          <Link className="button" to="/directory">
            {t('home.findCommune')}
          </Link>
          {session.authenticated ? (
            <Link className="button secondary" to="/communes">
              {t('home.mine')}
            </Link>
          ) : null}
        </p>
        <p className="staff-door">
          {t('home.staff')}{' '}
          {session.authenticated ? (
            <Link to="/communes/new">{t('home.register')}</Link>
          ) : (
            <button type="button" className="link" onClick={() => session.signIn('/communes/new', language)}>
              {t('home.register')}
            </button>
          )}
        </p>
      </section>
      <ul className="features">
        {features.map(([title, text]) => (
          <li key={title}>
            <h2>{t(title)}</h2>
            <p>{t(text)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
