import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { useMe } from '../me';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';
import { MyInvitations } from './MyInvitations';

export function MyCommunesPage() {
  const { t } = useI18n();
  const { me, error, reload } = useMe();

  return (
    <section>
      <h1>{t('mine.title')}</h1>
      <MyInvitations onAccepted={reload} />
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
      <JoinForm />
    </section>
  );
}

/** Goes to a commune's join page from its web address. */
function JoinForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [slug, setSlug] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const wanted = slug.trim().toLowerCase();
    setMissing(wanted === '');
    if (wanted !== '') {
      navigate(`/communes/${encodeURIComponent(wanted)}/join`);
    }
  }

  return (
    <form className="form join-form" onSubmit={submit} noValidate aria-labelledby="join-heading">
      <h2 id="join-heading">{t('mine.join')}</h2>
      <Field
        id="join-slug"
        label={t('mine.joinSlug')}
        hint={t('mine.joinSlugHint')}
        error={missing ? t('mine.joinSlugMissing') : undefined}
      >
        {(describedBy) => (
          <input
            id="join-slug"
            name="slug"
            value={slug}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(e) => setSlug(e.target.value)}
            aria-invalid={missing}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <button type="submit" className="button secondary">
        {t('mine.joinGo')}
      </button>
    </form>
  );
}
