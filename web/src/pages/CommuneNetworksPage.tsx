import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { useMe } from '../me';
import {
  indicatorGroups,
  type CommuneNetwork,
  type IndicatorGroup,
  type Network,
  type NetworkSharing,
  type NetworkStanding,
  type NetworkStatus,
  type Page,
} from '../types';
import { useApiGet } from '../useApiGet';
import { ChangeOutcome, useChanges } from './changes';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';
import { useNetworkWords } from './networkWords';
import { PagedTable, wholeList } from './PagedTable';

/** Enough networks for the commune to choose among (the most the API gives in one page). */
const NETWORKS_TO_CHOOSE = 100;

/** Withdrawing from a network, as its button, its confirmation and its news say it, by the commune's standing. */
const withdrawal: Record<NetworkStatus, { button: MessageKey; title: MessageKey; explain: MessageKey; done: MessageKey }> =
  {
    INVITED: {
      button: 'communeNetworks.decline',
      title: 'communeNetworks.declineTitle',
      explain: 'communeNetworks.declineExplain',
      done: 'communeNetworks.declined',
    },
    REQUESTED: {
      button: 'communeNetworks.cancel',
      title: 'communeNetworks.cancelTitle',
      explain: 'communeNetworks.cancelExplain',
      done: 'communeNetworks.cancelled',
    },
    MEMBER: {
      button: 'communeNetworks.leave',
      title: 'communeNetworks.leaveTitle',
      explain: 'communeNetworks.leaveExplain',
      done: 'communeNetworks.left',
    },
  };

/**
 * The networks of communes a commune is in, is invited to or asked to join, for its members; its administrators
 * accept or decline invitations, ask to join, leave, and choose which indicators it shares with each network.
 */
export function CommuneNetworksPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const session = useSession();
  const { me } = useMe();
  const words = useNetworkWords();
  const path = `/api/communes/${slug}/networks`;
  const networks = useApiGet<CommuneNetwork[]>(path);
  const changes = useChanges();
  const [withdrawing, setWithdrawing] = useState<CommuneNetwork>();

  const mine = me?.communes.find((commune) => commune.slug === slug);
  const admin = Boolean(mine?.roles.includes('ADMIN'));

  function update(network: string, change: Partial<CommuneNetwork>) {
    networks.setData((current) => current?.map((n) => (n.network === network ? { ...n, ...change } : n)));
  }

  function accept(network: CommuneNetwork) {
    return changes.run(async () => {
      const standing = await api<NetworkStanding>(session.token, `${path}/${network.network}`, { method: 'PUT' });
      update(network.network, { status: standing.status });
      return t(standing.status === 'MEMBER' ? 'communeNetworks.joined' : 'communeNetworks.requested', {
        network: network.name,
      });
    });
  }

  async function withdraw(network: CommuneNetwork) {
    await changes.run(async () => {
      await api<void>(session.token, `${path}/${network.network}`, { method: 'DELETE' });
      networks.setData((current) => current?.filter((n) => n.network !== network.network));
      return t(withdrawal[network.status].done, { network: network.name });
    });
    setWithdrawing(undefined);
  }

  function share(network: CommuneNetwork, group: IndicatorGroup, shared: boolean) {
    return changes.run(async () => {
      try {
        const sharing = await api<NetworkSharing>(session.token, `${path}/${network.network}/sharing/${group}`, {
          method: shared ? 'PUT' : 'DELETE',
        });
        update(network.network, { sharing: sharing.sharing });
        return t('communeNetworks.shared', { network: network.name, groups: words.sharing(sharing.sharing) });
      } catch (e) {
        if (e instanceof ApiError && e.kind === 'not-a-network-member') {
          networks.reload(); // no longer a member meanwhile: show what the commune's standing has become
        }
        throw e;
      }
    });
  }

  const rowId = (network: CommuneNetwork) => `commune-network-${network.network}`;
  return (
    <section>
      <h1>{t('communeNetworks.title', { name: mine?.name ?? slug })}</h1>
      <p>
        <Link to={`/communes/${slug}`}>{t('common.backToCommune')}</Link>
      </p>
      <p>{t('communeNetworks.lead', { name: mine?.name ?? slug })}</p>
      {networks.error ? <ErrorMessage error={networks.error} /> : null}
      {networks.forbidden ? (
        <p className="error" role="alert">
          {t('error.forbidden')}
        </p>
      ) : null}
      <ChangeOutcome changes={changes} />
      <PagedTable
        captionId="commune-networks-caption"
        caption={t('communeNetworks.caption')}
        columns={[
          t('communeNetworks.network'),
          t('mine.status'),
          t('networkCommunes.sharing'),
          ...(admin ? [t('common.actions')] : []),
        ]}
        page={wholeList(networks.data)}
        failed={Boolean(networks.error) || networks.forbidden}
        empty={t('communeNetworks.empty')}
        rowKey={(network) => network.network}
        cells={(network) => (
          <>
            <th scope="row" id={rowId(network)}>
              <Link to={`/networks/${network.network}`}>{network.name}</Link>
            </th>
            <td>{words.status(network.status)}</td>
            <td>
              {admin && network.status === 'MEMBER' ? (
                <div className="toggles">
                  {indicatorGroups.map((group) => (
                    <label key={group}>
                      <input
                        type="checkbox"
                        checked={network.sharing.includes(group)}
                        disabled={changes.busy}
                        aria-describedby={rowId(network)}
                        onChange={(e) => void share(network, group, e.target.checked)}
                      />
                      {t(`share.${group}` as MessageKey)}
                    </label>
                  ))}
                </div>
              ) : (
                words.sharing(network.sharing)
              )}
            </td>
            {admin ? (
              <td>
                <div className="row-actions">
                  {network.status === 'INVITED' ? (
                    <button
                      type="button"
                      className="button small"
                      disabled={changes.busy}
                      aria-describedby={rowId(network)}
                      onClick={() => void accept(network)}
                    >
                      {t('communeNetworks.accept')}
                    </button>
                  ) : null}
                  {network.status in withdrawal ? (
                    <button
                      type="button"
                      className="button small secondary"
                      disabled={changes.busy}
                      aria-describedby={rowId(network)}
                      onClick={() => setWithdrawing(network)}
                    >
                      {t(withdrawal[network.status].button)}
                    </button>
                  ) : null}
                </div>
              </td>
            ) : null}
          </>
        )}
      />
      {admin ? <JoinNetwork slug={slug} current={networks.data} onAsked={networks.reload} /> : null}
      {withdrawing ? (
        <ConfirmDialog
          title={t(withdrawal[withdrawing.status].title, { network: withdrawing.name })}
          busy={changes.busy}
          onConfirm={() => void withdraw(withdrawing)}
          onCancel={() => setWithdrawing(undefined)}
        >
          <p>{t(withdrawal[withdrawing.status].explain, { network: withdrawing.name })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** Asks to join a network the commune is not in yet (or accepts its invitation, if it had one). */
function JoinNetwork({
  slug,
  current,
  onAsked,
}: {
  slug: string;
  current: CommuneNetwork[] | undefined;
  onAsked: () => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const all = useApiGet<Page<Network>>(`/api/networks?page=0&size=${NETWORKS_TO_CHOOSE}`);
  const changes = useChanges();
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);

  const candidates = (all.data?.items ?? []).filter((n) => !current?.some((c) => c.network === n.slug));
  const choice = candidates.find((n) => n.slug === chosen);

  async function ask(event: FormEvent) {
    event.preventDefault();
    setMissing(!choice);
    if (!choice) return;
    const asked = await changes.run(async () => {
      const standing = await api<NetworkStanding>(session.token, `/api/communes/${slug}/networks/${choice.slug}`, {
        method: 'PUT',
      });
      onAsked();
      return t(standing.status === 'MEMBER' ? 'communeNetworks.joined' : 'communeNetworks.requested', {
        network: choice.name,
      });
    });
    if (asked) setChosen('');
  }

  const loaded = Boolean(all.data && current);
  return (
    <section className="staff" aria-labelledby="join-network-heading">
      <h2 id="join-network-heading">{t('communeNetworks.join')}</h2>
      <p>{t('communeNetworks.joinLead')}</p>
      {all.error ? <ErrorMessage error={all.error} /> : null}
      {loaded && candidates.length === 0 ? <p className="empty">{t('communeNetworks.noneToJoin')}</p> : null}
      {loaded && candidates.length > 0 ? (
        <form className="form" onSubmit={ask} noValidate aria-labelledby="join-network-heading">
          <Field
            id="join-network"
            label={t('communeNetworks.networkLabel')}
            error={missing ? t('communeNetworks.chooseMissing') : undefined}
          >
            {(describedBy) => (
              <select
                id="join-network"
                name="network"
                value={choice?.slug ?? ''}
                onChange={(e) => setChosen(e.target.value)}
                aria-invalid={missing}
                aria-describedby={describedBy}
              >
                <option value="">{t('communeNetworks.choose')}</option>
                {candidates.map((network) => (
                  <option key={network.slug} value={network.slug}>
                    {network.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button" disabled={changes.busy}>
            {t('communeNetworks.ask')}
          </button>
        </form>
      ) : null}
      <ChangeOutcome changes={changes} />
    </section>
  );
}
