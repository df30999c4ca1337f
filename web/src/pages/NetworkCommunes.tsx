import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { NetworkCommune, NetworkStanding } from '../types';
import { useApiGet } from '../useApiGet';
import { ChangeOutcome, FixFieldsAlert, useChanges } from './changes';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { TextField } from './Field';
import { useNetworkWords } from './networkWords';
import { PagedTable, wholeList } from './PagedTable';

/**
 * A network's communes, for its coordinators: what each shares, accept those that asked to join, remove one, invite
 * another by its web address.
 */
export function NetworkCommunes({ slug }: { slug: string }) {
  const { t } = useI18n();
  const session = useSession();
  const words = useNetworkWords();
  const path = `/api/networks/${slug}/communes`;
  const communes = useApiGet<NetworkCommune[]>(path);
  const changes = useChanges();
  const [commune, setCommune] = useState('');
  const [removing, setRemoving] = useState<NetworkCommune>();

  /** Invites the commune, or accepts its request to join: the network's answer says which it was. */
  function add(communeSlug: string, name: string) {
    return changes.run(async () => {
      const standing = await api<NetworkStanding>(session.token, path, {
        method: 'POST',
        body: { commune: communeSlug },
      });
      communes.reload();
      return t(standing.status === 'MEMBER' ? 'networkCommunes.joined' : 'networkCommunes.invited', { commune: name });
    }, ['commune']);
  }

  async function invite(event: FormEvent) {
    event.preventDefault();
    const wanted = commune.trim().toLowerCase();
    if (await add(wanted, wanted)) setCommune('');
  }

  async function remove(removed: NetworkCommune) {
    await changes.run(async () => {
      await api<void>(session.token, `${path}/${encodeURIComponent(removed.commune)}`, { method: 'DELETE' });
      communes.setData((current) => current?.filter((c) => c.commune !== removed.commune));
      return t('networkCommunes.removed', { name: removed.name });
    });
    setRemoving(undefined);
  }

  return (
    <section className="staff" aria-labelledby="network-communes-heading">
      <h2 id="network-communes-heading">{t('networkCommunes.title')}</h2>
      {communes.error ? <ErrorMessage error={communes.error} /> : null}
      <PagedTable
        captionId="network-communes-caption"
        caption={t('networkCommunes.caption')}
        columns={[t('networkCommunes.commune'), t('mine.status'), t('networkCommunes.sharing'), t('common.actions')]}
        page={wholeList(communes.data)}
        failed={Boolean(communes.error)}
        empty={t('networkCommunes.empty')}
        rowKey={(member) => member.commune}
        cells={(member) => (
          <>
            <th scope="row" id={`network-commune-${member.commune}`}>
              {member.name}
            </th>
            <td>{words.status(member.status)}</td>
            <td>{words.sharing(member.sharing)}</td>
            <td>
              <div className="row-actions">
                {member.status === 'REQUESTED' ? (
                  <button
                    type="button"
                    className="button small"
                    disabled={changes.busy}
                    aria-describedby={`network-commune-${member.commune}`}
                    onClick={() => void add(member.commune, member.name)}
                  >
                    {t('networkCommunes.accept')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button small secondary"
                  disabled={changes.busy}
                  aria-describedby={`network-commune-${member.commune}`}
                  onClick={() => setRemoving(member)}
                >
                  {t('networkCommunes.remove')}
                </button>
              </div>
            </td>
          </>
        )}
      />
      <h3 id="invite-commune-heading">{t('networkCommunes.inviteTitle')}</h3>
      <FixFieldsAlert changes={changes} />
      <form className="form" onSubmit={invite} noValidate aria-labelledby="invite-commune-heading">
        <TextField
          id="network-commune"
          label={t('networkCommunes.slug')}
          hint={t('mine.joinSlugHint')}
          error={changes.fieldErrors.commune}
          spellCheck={false}
          autoCapitalize="none"
          value={commune}
          onChange={setCommune}
        />
        <button type="submit" className="button" disabled={changes.busy}>
          {t('networkCommunes.invite')}
        </button>
      </form>
      <ChangeOutcome changes={changes} />
      {removing ? (
        <ConfirmDialog
          title={t('networkCommunes.removeTitle', { name: removing.name })}
          busy={changes.busy}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(undefined)}
        >
          <p>{t('networkCommunes.removeExplain', { name: removing.name })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
