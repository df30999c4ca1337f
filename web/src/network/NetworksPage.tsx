import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { unwrap, useApi } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import type { Network, Page } from '../api/types';
import { suggestSlug } from '../commune/slug';
import { useI18n } from '../i18n';
import { adminCommunes, isOperator, useMe } from '../me/useMe';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, TextField, TextAreaField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { PagedTable } from '../ui/PagedTable';
import { usePageTitle } from '../ui/usePageTitle';
import { networksKey } from './queries';

const PAGE_SIZE = 20;

/**
 * The networks of communes, for anyone signed in; the platform's operators and the communes' administrators may
 * create one, which they then coordinate.
 */
export function NetworksPage() {
  const { t } = useI18n();
  const api = useApi();
  const { data: me } = useMe();
  usePageTitle(t('networks.title'));
  const [page, setPage] = useState(0);
  const networks = useQuery({
    queryKey: [...networksKey, 'list', page],
    queryFn: () => unwrap<Page<Network>>(api.GET('/api/networks', { params: { query: { page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });

  return (
    <section>
      <h1>{t('networks.title')}</h1>
      <p>{t('networks.lead')}</p>
      {networks.error ? <ErrorMessage error={networks.error} /> : null}
      <PagedTable
        captionId="networks-caption"
        caption={t('networks.caption')}
        columns={[t('networks.name'), t('networks.description'), t('networks.coordination')]}
        page={networks.data}
        failed={Boolean(networks.error)}
        empty={t('networks.empty')}
        rowKey={(network) => network.slug}
        cells={(network) => (
          <>
            <th scope="row">
              <Link to={`/networks/${network.slug}`}>{network.name}</Link>
            </th>
            <td>{network.description}</td>
            <td>{network.coordinating ? t('networks.coordinating') : null}</td>
          </>
        )}
        onPage={setPage}
        pagerOnlyIfSeveralPages
      />
      {isOperator(me) || adminCommunes(me).length > 0 ? <CreateNetwork /> : null}
    </section>
  );
}

interface NewNetwork {
  name: string;
  slug: string;
  description: string;
}

/** Creates a network, coordinated by whoever creates it, and goes to its page. */
function CreateNetwork() {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<NewNetwork>({ defaultValues: { name: '', slug: '', description: '' } });
  const errors = form.formState.errors;
  const slug = useWatch({ control: form.control, name: 'slug' });

  const create = useMutation({
    mutationFn: (network: NewNetwork) =>
      unwrap<Network>(
        api.POST('/api/networks', {
          body: { slug: network.slug.trim(), name: network.name.trim(), description: network.description.trim() },
        }),
      ),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: networksKey });
      navigate(`/networks/${created.slug}`);
    },
  });

  const submit = form.handleSubmit(async (network) => {
    setFailure(undefined);
    try {
      await create.mutateAsync(network);
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, ['slug', 'name', 'description'])) setFailure(e);
    }
  });

  return (
    <section className="panel" aria-labelledby="create-network-heading">
      <h2 id="create-network-heading">{t('networks.create')}</h2>
      <p>{t('networks.createLead')}</p>
      <FormProblem errors={errors} error={failure} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="name"
          label={t('networks.name')}
          hint={t('networks.nameHint')}
          error={errorOf(errors, 'name')}
          autoComplete="off"
          registration={form.register('name', {
            onChange: (e: { target: { value: string } }) => {
              if (!form.getFieldState('slug').isDirty) form.setValue('slug', suggestSlug(e.target.value));
            },
          })}
        />
        <TextField
          id="slug"
          label={t('create.slug')}
          hint={t('networks.slugHint', { slug: slug || '…' })}
          error={errorOf(errors, 'slug')}
          spellCheck={false}
          autoCapitalize="none"
          registration={form.register('slug')}
        />
        <TextAreaField
          id="description"
          label={t('networks.description')}
          hint={t('networks.descriptionHint')}
          error={errorOf(errors, 'description')}
          rows={4}
          registration={form.register('description')}
        />
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('create.submitting') : t('networks.submit')}
        </button>
      </form>
    </section>
  );
}
