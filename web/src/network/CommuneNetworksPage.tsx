import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router-dom';
import { ApiError, isForbidden, unwrap, useApi } from '../api/client';
import {
  indicatorGroups,
  type CommuneNetwork,
  type IndicatorGroup,
  type Network,
  type NetworkSharing,
  type NetworkStanding,
  type NetworkStatus,
  type Page,
} from '../api/types';
import { communeKey, useReadOnly } from '../commune/queries';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { useMyCommune } from '../me/useMe';
import { ChangeOutcome, useChanges } from '../ui/changes';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, Field } from '../ui/Field';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { ReadOnlyNotice } from '../ui/ReadOnlyNotice';
import { usePageTitle } from '../ui/usePageTitle';
import { useNetworkWords } from './networkWords';
import { networksKey } from './queries';

/** Enough networks for the commune to choose among (the most the API gives in one page). */
const NETWORKS_TO_CHOOSE = 100;

/** Withdrawing from a network, as its button, its confirmation and its news say it, by the commune's standing. */
const withdrawal: Record<
  NetworkStatus,
  { button: MessageKey; name: MessageKey; title: MessageKey; explain: MessageKey; done: MessageKey }
> = {
  INVITED: {
    button: 'communeNetworks.decline',
    name: 'communeNetworks.declineName',
    title: 'communeNetworks.declineTitle',
    explain: 'communeNetworks.declineExplain',
    done: 'communeNetworks.declined',
  },
  REQUESTED: {
    button: 'communeNetworks.cancel',
    name: 'communeNetworks.cancelName',
    title: 'communeNetworks.cancelTitle',
    explain: 'communeNetworks.cancelExplain',
    done: 'communeNetworks.cancelled',
  },
  MEMBER: {
    button: 'communeNetworks.leave',
    name: 'communeNetworks.leaveName',
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
  const api = useApi();
  const queryClient = useQueryClient();
  const words = useNetworkWords();
  const key = [...communeKey(slug), 'networks'];
  const networks = useQuery({
    queryKey: key,
    queryFn: () => unwrap<CommuneNetwork[]>(api.GET('/api/communes/{slug}/networks', { params: { path: { slug } } })),
  });
  const changes = useChanges();
  const [withdrawing, setWithdrawing] = useState<CommuneNetwork>();
  const readOnly = useReadOnly(slug);

  const mine = useMyCommune(slug);
  const admin = Boolean(mine?.roles.includes('ADMIN'));
  usePageTitle(t('communeNetworks.title', { name: mine?.name ?? slug }));
  const reload = () => void queryClient.invalidateQueries({ queryKey: key });

  function update(network: string, change: Partial<CommuneNetwork>) {
    queryClient.setQueryData<CommuneNetwork[]>(key, (current) =>
      current?.map((n) => (n.network === network ? { ...n, ...change } : n)),
    );
  }

  function accept(network: CommuneNetwork) {
    return changes.run(async () => {
      const standing = await unwrap<NetworkStanding>(
        api.PUT('/api/communes/{slug}/networks/{network}', { params: { path: { slug, network: network.network } } }),
      );
      update(network.network, { status: standing.status });
      return t(standing.status === 'MEMBER' ? 'communeNetworks.joined' : 'communeNetworks.requested', {
        network: network.name,
      });
    });
  }

  async function withdraw(network: CommuneNetwork) {
    await changes.run(async () => {
      await api.DELETE('/api/communes/{slug}/networks/{network}', {
        params: { path: { slug, network: network.network } },
      });
      queryClient.setQueryData<CommuneNetwork[]>(key, (current) =>
        current?.filter((n) => n.network !== network.network),
      );
      return t(withdrawal[network.status].done, { network: network.name });
    });
    setWithdrawing(undefined);
  }

  function share(network: CommuneNetwork, group: IndicatorGroup, shared: boolean) {
    return changes.run(async () => {
      try {
        const params = { path: { slug, network: network.network, group } };
        const sharing = await unwrap<NetworkSharing>(
          shared
            ? api.PUT('/api/communes/{slug}/networks/{network}/sharing/{group}', { params })
            : api.DELETE('/api/communes/{slug}/networks/{network}/sharing/{group}', { params }),
        );
        update(network.network, { sharing: sharing.sharing });
        return t('communeNetworks.shared', { network: network.name, groups: words.sharing(sharing.sharing) });
      } catch (e) {
        if (e instanceof ApiError && e.type === 'not-a-network-member') {
          reload(); // no longer a member meanwhile: show what the commune's standing has become
        }
        throw e;
      }
    });
  }

  return (
    <section>
      <h1>{t('communeNetworks.title', { name: mine?.name ?? slug })}</h1>
      <p>
        <Link to={`/communes/${slug}`}>{t('common.backToCommune')}</Link>
      </p>
      <p>{t('communeNetworks.lead', { name: mine?.name ?? slug })}</p>
      <ReadOnlyNotice readOnly={readOnly} />
      {networks.error ? <ErrorMessage error={networks.error} /> : null}
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
        failed={Boolean(networks.error)}
        empty={t('communeNetworks.empty')}
        rowKey={(network) => network.network}
        cells={(network) => (
          <>
            <th scope="row">
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
                        disabled={changes.busy || readOnly}
                        aria-label={t('communeNetworks.shareWith', {
                          what: t(`share.${group}`),
                          network: network.name,
                        })}
                        onChange={(e) => void share(network, group, e.target.checked)}
                      />
                      <span>{t(`share.${group}`)}</span>
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
                      disabled={changes.busy || readOnly}
                      aria-label={t('communeNetworks.acceptName', { network: network.name })}
                      onClick={() => void accept(network)}
                    >
                      {t('communeNetworks.accept')}
                    </button>
                  ) : null}
                  {network.status in withdrawal ? (
                    <button
                      type="button"
                      className="button small secondary"
                      disabled={changes.busy || readOnly}
                      aria-label={t(withdrawal[network.status].name, { network: network.name })}
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
      {admin && !isForbidden(networks.error) ? (
        <JoinNetwork slug={slug} current={networks.data} readOnly={readOnly} onAsked={reload} />
      ) : null}
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
  readOnly,
  onAsked,
}: {
  slug: string;
  current: CommuneNetwork[] | undefined;
  readOnly: boolean;
  onAsked: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const all = useQuery({
    queryKey: [...networksKey, 'list', 'to-choose'],
    queryFn: () =>
      unwrap<Page<Network>>(api.GET('/api/networks', { params: { query: { page: 0, size: NETWORKS_TO_CHOOSE } } })),
  });
  const changes = useChanges();
  const form = useForm<{ network: string }>({ defaultValues: { network: '' } });
  const errors = form.formState.errors;

  const candidates = (all.data?.items ?? []).filter((n) => !current?.some((c) => c.network === n.slug));

  const ask = form.handleSubmit(async ({ network }) => {
    const choice = candidates.find((n) => n.slug === network);
    if (!choice) {
      form.setError('network', { message: t('communeNetworks.chooseMissing') }, { shouldFocus: true });
      return;
    }
    const asked = await changes.run(async () => {
      const standing = await unwrap<NetworkStanding>(
        api.PUT('/api/communes/{slug}/networks/{network}', { params: { path: { slug, network: choice.slug } } }),
      );
      onAsked();
      return t(standing.status === 'MEMBER' ? 'communeNetworks.joined' : 'communeNetworks.requested', {
        network: choice.name,
      });
    });
    if (asked) form.reset();
  });

  const loaded = Boolean(all.data && current);
  return (
    <section className="staff" aria-labelledby="join-network-heading">
      <h2 id="join-network-heading">{t('communeNetworks.join')}</h2>
      <p>{t('communeNetworks.joinLead')}</p>
      {all.error ? <ErrorMessage error={all.error} /> : null}
      {loaded && candidates.length === 0 ? <p className="empty">{t('communeNetworks.noneToJoin')}</p> : null}
      {loaded && candidates.length > 0 ? (
        <form className="form" onSubmit={ask} noValidate aria-labelledby="join-network-heading">
          <fieldset className="plain" disabled={readOnly}>
            <Field id="join-network" label={t('communeNetworks.networkLabel')} error={errorOf(errors, 'network')}>
              {(describedBy) => (
                <select
                  id="join-network"
                  {...form.register('network')}
                  aria-invalid={Boolean(errors.network)}
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
          </fieldset>
        </form>
      ) : null}
      <ChangeOutcome changes={changes} />
    </section>
  );
}
