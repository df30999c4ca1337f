import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import { useMe } from '../me';
import type { Membership, PublicCommune } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';

/**
 * Joining a commune as a citizen; public, so that a shared link (with its ?invitation= code) works before signing
 * in. Not ?code=: Keycloak refuses that in a redirect URI, as OAuth's own parameter.
 */
export function JoinPage() {
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useI18n();
  const session = useSession();
  const { me, error: meError } = useMe();
  const [commune, setCommune] = useState<PublicCommune>();
  const [missing, setMissing] = useState(false);
  const [code, setCode] = useState(search.get('invitation') ?? '');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    api<PublicCommune>(session.token, `/api/public/communes/${slug}`).then(setCommune, (e: unknown) => {
      if (e instanceof ApiError && e.status === 404) {
        setMissing(true);
      } else {
        setError(e);
      }
    });
  }, [slug, session]);

  async function join(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const body = commune?.joinPolicy === 'INVITATION_CODE' ? { code: code.trim() } : {};
      await api<Membership>(session.token, `/api/communes/${slug}/membership`, { method: 'POST', body });
      navigate(`/communes/${slug}`);
    } catch (e) {
      if (e instanceof ApiError && e.fields.code) {
        setFieldErrors(e.fields);
      } else {
        setError(e);
      }
      setSubmitting(false);
    }
  }

  if (missing) {
    return (
      <section>
        <h1>{t('join.title', { name: slug })}</h1>
        <p className="error" role="alert">
          {t('commune.notFound')}
        </p>
      </section>
    );
  }
  const member = me?.communes.some((c) => c.slug === slug);
  // Without /api/me the form still shows: joining twice is harmless.
  const meKnown = me !== undefined || meError !== undefined;
  return (
    <section>
      <h1>{t('join.title', { name: commune?.name ?? slug })}</h1>
      {error ? <ErrorMessage error={error} /> : null}
      {!commune && !error ? <p role="status">{t('common.loading')}</p> : null}
      {commune && !session.authenticated ? (
        <div className="notice">
          <p>{t('join.signInFirst', { name: commune.name })}</p>
          <button type="button" className="button" onClick={() => session.signIn(location.pathname + location.search)}>
            {t('join.signIn')}
          </button>
        </div>
      ) : null}
      {commune && member ? (
        <p className="notice">
          {t('join.already', { name: commune.name })} <Link to={`/communes/${slug}`}>{t('join.open')}</Link>
        </p>
      ) : null}
      {commune && session.authenticated && !member && commune.status !== 'ACTIVE' ? (
        <p className="notice">{t('join.notActive')}</p>
      ) : null}
      {commune && session.authenticated && meKnown && !member && commune.status === 'ACTIVE' ? (
        <form className="form" onSubmit={join} noValidate>
          <p>
            {t(commune.joinPolicy === 'INVITATION_CODE' ? 'join.leadCode' : 'join.leadOpen', { name: commune.name })}
          </p>
          {commune.joinPolicy === 'INVITATION_CODE' ? (
            <Field id="code" label={t('join.code')} hint={t('join.codeHint')} error={fieldErrors.code}>
              {(describedBy) => (
                <input
                  id="code"
                  name="code"
                  value={code}
                  spellCheck={false}
                  autoCapitalize="none"
                  autoComplete="off"
                  onChange={(e) => setCode(e.target.value)}
                  aria-invalid={Boolean(fieldErrors.code)}
                  aria-describedby={describedBy}
                />
              )}
            </Field>
          ) : null}
          <button type="submit" className="button" disabled={submitting}>
            {t('join.submit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
