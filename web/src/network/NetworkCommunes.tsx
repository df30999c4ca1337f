import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { unwrap, useApi } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import type { NetworkCommune, NetworkStanding } from '../api/types';
import { useI18n } from '../i18n';
import { ChangeOutcome, useChanges } from '../ui/changes';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, TextField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { useNetworkWords } from './networkWords';
import { networkKey } from './queries';

/**
 * A network's communes, for its coordinators: what each shares, accept those that asked to join, remove one, invite
 * another by its web address.
 */
export function NetworkCommunes({ slug }: { slug: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const queryClient = useQueryClient();
  const words = useNetworkWords();
  const key = [...networkKey(slug), 'communes'];
  const communes = useQuery({
    queryKey: key,
    queryFn: () => unwrap<NetworkCommune[]>(api.GET('/api/networks/{slug}/communes', { params: { path: { slug } } })),
  });
  const changes = useChanges();
  const form = useForm<{ commune: string }>({ defaultValues: { commune: '' } });
  const [removing, setRemoving] = useState<NetworkCommune>();

  /** Invites the commune, or accepts its request to join: the network's answer says which it was. */
  function add(communeSlug: string, name: string) {
    return changes.run(async () => {
      const standing = await unwrap<NetworkStanding>(
        api.POST('/api/networks/{slug}/communes', { params: { path: { slug } }, body: { commune: communeSlug } }),
      );
      void queryClient.invalidateQueries({ queryKey: key });
      return t(standing.status === 'MEMBER' ? 'networkCommunes.joined' : 'networkCommunes.invited', { commune: name });
    });
  }

  const invite = form.handleSubmit(async ({ commune }) => {
    const wanted = commune.trim().toLowerCase();
    try {
      const standing = await unwrap<NetworkStanding>(
        api.POST('/api/networks/{slug}/communes', { params: { path: { slug } }, body: { commune: wanted } }),
      );
      form.reset();
      void queryClient.invalidateQueries({ queryKey: key });
      await changes.run(async () =>
        t(standing.status === 'MEMBER' ? 'networkCommunes.joined' : 'networkCommunes.invited', { commune: wanted }),
      );
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, ['commune'])) await changes.run(() => Promise.reject(e));
    }
  });

  async function remove(removed: NetworkCommune) {
    await changes.run(async () => {
      await api.DELETE('/api/networks/{slug}/communes/{commune}', {
        params: { path: { slug, commune: removed.commune } },
      });
      queryClient.setQueryData<NetworkCommune[]>(key, (current) =>
        current?.filter((c) => c.commune !== removed.commune),
      );
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
            <th scope="row">{member.name}</th>
            <td>{words.status(member.status)}</td>
            <td>{words.sharing(member.sharing)}</td>
            <td>
              <div className="row-actions">
                {member.status === 'REQUESTED' ? (
                  <button
                    type="button"
                    className="button small"
                    disabled={changes.busy}
                    aria-label={t('networkCommunes.acceptName', { name: member.name })}
                    onClick={() => void add(member.commune, member.name)}
                  >
                    {t('networkCommunes.accept')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button small secondary"
                  disabled={changes.busy}
                  aria-label={t('networkCommunes.removeName', { name: member.name })}
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
      <FormProblem errors={form.formState.errors} />
      <form className="form" onSubmit={invite} noValidate aria-labelledby="invite-commune-heading">
        <TextField
          id="network-commune"
          label={t('networkCommunes.slug')}
          hint={t('mine.joinSlugHint')}
          error={errorOf(form.formState.errors, 'commune')}
          spellCheck={false}
          autoCapitalize="none"
          registration={form.register('commune')}
        />
        <button type="submit" className="button" disabled={changes.busy || form.formState.isSubmitting}>
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
