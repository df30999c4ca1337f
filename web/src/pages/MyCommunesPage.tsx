import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { Me } from '../types';
import { ErrorMessage } from './ErrorMessage';

export function MyCommunesPage() {
  const { t } = useI18n();
  const session = useSession();
  const [me, setMe] = useState<Me>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    api<Me>(session.token, '/api/me').then(setMe, setError);
  }, [session]);

  return (
    <section>
      <h1>{t('mine.title')}</h1>
      {error ? <ErrorMessage error={error} /> : null}
      {!me && !error ? <p role="status">{t('mine.loading')}</p> : null}
      {me && me.communes.length === 0 ? (
        <div className="empty">
          <p>{t('mine.empty')}</p>
          <p>{t('mine.emptyHint')}</p>
          <Link className="button" to="/communes/new">
            {t('nav.createCommune')}
          </Link>
        </div>
      ) : null}
      {me && me.communes.length > 0 ? (
        <ul className="cards" aria-label={t('mine.title')}>
          {me.communes.map((commune) => (
            <li key={commune.slug} className="card">
              <h2>
                <Link to={`/communes/${commune.slug}`}>{commune.name}</Link>
              </h2>
              <p>
                {t('mine.roles')}:{' '}
                {commune.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}
              </p>
              {commune.status !== 'ACTIVE' ? (
                <p>
                  {t('mine.status')}: {t(`status.${commune.status}` as MessageKey)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
