import { Link } from 'react-router-dom';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';

const features: [MessageKey, MessageKey][] = [
  ['home.assembly.title', 'home.assembly.text'],
  ['home.plan.title', 'home.plan.text'],
  ['home.ledger.title', 'home.ledger.text'],
  ['home.networks.title', 'home.networks.text'],
];

export function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p className="actions">
          {session.authenticated ? (
            <>
              <Link className="button" to="/communes/new">
                {t('home.start')}
              </Link>
              <Link className="button secondary" to="/communes">
                {t('home.mine')}
              </Link>
            </>
          ) : (
            <button type="button" className="button" onClick={() => session.signIn('/communes/new')}>
              {t('home.start')}
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
