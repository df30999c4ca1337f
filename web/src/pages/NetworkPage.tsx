import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api';
import { useI18n } from '../i18n';
import { adminCommunes, isOperator, useMe } from '../me';
import type { Network } from '../types';
import { useApiGet } from '../useApiGet';
import { ErrorMessage } from './ErrorMessage';
import { NetworkCommunes } from './NetworkCommunes';
import { NetworkCoordinators } from './NetworkCoordinators';

/**
 * A network of communes: what it is, for anyone signed in; its coordinators and its communes, for its coordinators
 * (the operators see its coordinators too). A commune's administrator learns where to ask to join it.
 */
export function NetworkPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const { me } = useMe();
  const network = useApiGet<Network>(`/api/networks/${slug}`);

  const back = (
    <p>
      <Link to="/networks">{t('network.back')}</Link>
    </p>
  );
  if (network.error instanceof ApiError && network.error.status === 404) {
    return (
      <section>
        <h1>{t('networks.title')}</h1>
        <p className="error" role="alert">
          {t('network.notFound')}
        </p>
        {back}
      </section>
    );
  }
  const coordinating = Boolean(network.data?.coordinating);
  const administered = adminCommunes(me);
  return (
    <section>
      <h1>{network.data?.name ?? slug}</h1>
      {back}
      {network.error ? <ErrorMessage error={network.error} /> : null}
      {!network.data && !network.error ? <p role="status">{t('common.loading')}</p> : null}
      {network.data?.description ? <p>{network.data.description}</p> : null}
      {network.data && !coordinating && administered.length > 0 ? (
        <div className="notice">
          <p>{t('network.joinNote')}</p>
          <ul className="links">
            {administered.map((commune) => (
              <li key={commune.slug}>
                <Link to={`/communes/${commune.slug}/networks`}>{commune.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {network.data && (coordinating || isOperator(me)) ? <NetworkCoordinators slug={slug} /> : null}
      {coordinating ? <NetworkCommunes slug={slug} /> : null}
    </section>
  );
}
