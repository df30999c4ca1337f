import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { isNotFound, unwrap, useApi } from '../api/client';
import type { Network } from '../api/types';
import { useI18n } from '../i18n';
import { adminCommunes, isOperator, useMe } from '../me/useMe';
import { ErrorMessage } from '../ui/ErrorMessage';
import { usePageTitle } from '../ui/usePageTitle';
import { NetworkCommunes } from './NetworkCommunes';
import { NetworkCoordinators } from './NetworkCoordinators';
import { networkKey } from './queries';

/**
 * A network of communes: what it is, for anyone signed in; its coordinators and its communes, for its coordinators
 * (the operators see its coordinators too). A commune's administrator learns where to ask to join it.
 */
export function NetworkPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const { data: me } = useMe();
  const api = useApi();
  const network = useQuery({
    queryKey: networkKey(slug),
    queryFn: () => unwrap<Network>(api.GET('/api/networks/{slug}', { params: { path: { slug } } })),
  });
  usePageTitle(network.data?.name ?? t('networks.title'));

  const back = (
    <p>
      <Link to="/networks">{t('network.back')}</Link>
    </p>
  );
  if (isNotFound(network.error)) {
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
