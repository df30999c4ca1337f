import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import { adminCommunes, isOperator, useMe } from '../me';
import type { Network, Page } from '../types';
import { useApiGet } from '../useApiGet';
import { ChangeOutcome, FixFieldsAlert, useChanges } from './changes';
import { ErrorMessage } from './ErrorMessage';
import { Field, TextField } from './Field';
import { PagedTable } from './PagedTable';
import { useNameAndSlug } from './useNameAndSlug';

const PAGE_SIZE = 20;

/**
 * The networks of communes, for anyone signed in; the platform's operators and the communes' administrators may
 * create one, which they then coordinate.
 */
export function NetworksPage() {
  const { t } = useI18n();
  const { me } = useMe();
  const [page, setPage] = useState(0);
  const networks = useApiGet<Page<Network>>(`/api/networks?page=${page}&size=${PAGE_SIZE}`);

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

/** Creates a network, coordinated by whoever creates it, and goes to its page. */
function CreateNetwork() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const { name, slug, onName, onSlug } = useNameAndSlug();
  const [description, setDescription] = useState('');
  const changes = useChanges();
  const errors = changes.fieldErrors;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await changes.run(
      async () => {
        const created = await api<Network>(session.token, '/api/networks', {
          method: 'POST',
          body: { slug: slug.trim(), name: name.trim(), description: description.trim() },
        });
        navigate(`/networks/${created.slug}`);
        return '';
      },
      ['slug', 'name', 'description'],
    );
  }

  return (
    <section className="panel" aria-labelledby="create-network-heading">
      <h2 id="create-network-heading">{t('networks.create')}</h2>
      <p>{t('networks.createLead')}</p>
      <FixFieldsAlert changes={changes} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="name"
          label={t('networks.name')}
          hint={t('networks.nameHint')}
          error={errors.name}
          autoComplete="off"
          value={name}
          onChange={onName}
        />
        <TextField
          id="slug"
          label={t('create.slug')}
          hint={t('networks.slugHint', { slug: slug || '…' })}
          error={errors.slug}
          spellCheck={false}
          autoCapitalize="none"
          value={slug}
          onChange={onSlug}
        />
        <Field id="description" label={t('networks.description')} hint={t('networks.descriptionHint')} error={errors.description}>
          {(describedBy) => (
            <textarea
              id="description"
              name="description"
              rows={4}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              aria-invalid={Boolean(errors.description)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={changes.busy}>
          {changes.busy ? t('create.submitting') : t('networks.submit')}
        </button>
      </form>
      <ChangeOutcome changes={changes} />
    </section>
  );
}
