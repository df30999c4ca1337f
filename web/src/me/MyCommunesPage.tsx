import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, TextField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { MyInvitations } from './MyInvitations';
import { useMe } from './useMe';

export function MyCommunesPage() {
  const { t, word } = useI18n();
  const { data: me, error } = useMe();
  usePageTitle(t('mine.title'));

  return (
    <section>
      <h1>{t('mine.title')}</h1>
      <MyInvitations />
      {error ? <ErrorMessage error={error} /> : null}
      {!me && !error ? <p role="status">{t('mine.loading')}</p> : null}
      {me && me.communes.length === 0 ? (
        <div className="empty">
          <p>{t('mine.empty')}</p>
          <p>{t('mine.emptyHint')}</p>
          <Link className="button" to="/directory">
            {t('home.findCommune')}
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
                {t('common.labelValue', {
                  label: t('mine.roles'),
                  value: commune.roles.map((role) => word('role', role)).join(', '),
                })}
              </p>
              {commune.status !== 'ACTIVE' ? (
                <p>{t('common.labelValue', { label: t('mine.status'), value: word('status', commune.status) })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <JoinForm />
    </section>
  );
}

/** Goes to a commune's public page from its web address. */
function JoinForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useForm<{ slug: string }>({ defaultValues: { slug: '' } });

  const submit = form.handleSubmit(({ slug }) => {
    const wanted = slug.trim().toLowerCase();
    if (wanted === '') {
      form.setError('slug', { message: t('mine.joinSlugMissing') }, { shouldFocus: true });
      return;
    }
    navigate(`/communes/${encodeURIComponent(wanted)}/about`);
  });

  return (
    <form className="form join-form" onSubmit={submit} noValidate aria-labelledby="join-heading">
      <h2 id="join-heading">{t('mine.join')}</h2>
      <TextField
        id="join-slug"
        label={t('mine.joinSlug')}
        hint={t('mine.joinSlugHint')}
        error={errorOf(form.formState.errors, 'slug')}
        spellCheck={false}
        autoCapitalize="none"
        registration={form.register('slug')}
      />
      <button type="submit" className="button secondary">
        {t('mine.joinGo')}
      </button>
    </form>
  );
}
