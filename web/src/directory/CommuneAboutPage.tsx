import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { isNotFound, unwrap, useApi } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import type { Membership, PublicCommune } from '../api/types';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import { meKey, useMe } from '../me/useMe';
import { errorOf, TextField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { usePageTitle } from '../ui/usePageTitle';

/** A commune's public page (GET /api/public/communes/{slug}), signed in or not. */
export function usePublicCommune(slug: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['public-commune', slug],
    queryFn: () => unwrap<PublicCommune>(api.GET('/api/public/communes/{slug}', { params: { path: { slug } } })),
  });
}

/**
 * A commune's public page: what it is, what it runs, and how to join it as a citizen. Public, so that a shared link
 * (with its ?invitation= code) works before signing in. Not ?code=: Keycloak refuses that in a redirect URI, as
 * OAuth's own parameter.
 */
export function CommuneAboutPage() {
  const { slug = '' } = useParams();
  const { t, language, plural, word } = useI18n();
  const commune = usePublicCommune(slug);
  const name = commune.data?.name ?? slug;
  usePageTitle(name);

  if (isNotFound(commune.error)) {
    return (
      <section>
        <h1>{slug}</h1>
        <p className="error" role="alert">
          {t('commune.notFound')}
        </p>
        <p>
          <Link to="/directory">{t('about.back')}</Link>
        </p>
      </section>
    );
  }
  const data = commune.data;
  const countries = new Intl.DisplayNames([language], { type: 'region' });
  return (
    <section>
      <h1>{name}</h1>
      <p>
        <Link to="/directory">{t('about.back')}</Link>
      </p>
      <FormProblem errors={{}} error={commune.error} />
      {!data && !commune.error ? <p role="status">{t('common.loading')}</p> : null}
      {data ? (
        <>
          {data.description ? <p className="lead">{data.description}</p> : null}
          <dl className="facts">
            <dt>{t('create.country')}</dt>
            <dd>{countries.of(data.country) ?? data.country}</dd>
            {data.postalCodes && data.postalCodes.length > 0 ? (
              <>
                <dt>{t('directory.postalCodes')}</dt>
                <dd>{data.postalCodes.join(', ')}</dd>
              </>
            ) : null}
            <dt>{t('directory.languages')}</dt>
            <dd>{data.languages.map((code) => word('language', code)).join(', ')}</dd>
            {'population' in data && typeof data.population === 'number' ? (
              <>
                <dt>{t('create.population')}</dt>
                <dd>{plural('inhabitants', data.population)}</dd>
              </>
            ) : null}
          </dl>
          <h2>{t('about.runs')}</h2>
          <ul className="features">
            <li>
              <h3>{t('home.assembly.title')}</h3>
              <p>{t('home.assembly.text')}</p>
              <p>
                <Link to={`/communes/${slug}/accountability`}>{t('accountability.link')}</Link>
              </p>
            </li>
            <li>
              <h3>{t('home.plan.title')}</h3>
              <p>{t('home.plan.text')}</p>
            </li>
          </ul>
          <h2>{t('about.join')}</h2>
          <p>{t('common.labelValue', { label: t('directory.joining'), value: word('joinPolicy', data.joinPolicy) })}</p>
          <JoinCommune commune={data} />
        </>
      ) : null}
    </section>
  );
}

/** Joining the commune as a citizen: sign in first; then with its invitation code, if it asks for one. */
function JoinCommune({ commune }: { commune: PublicCommune }) {
  const { slug } = commune;
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const i18n = useI18n();
  const { t, language } = i18n;
  const session = useSession();
  const api = useApi();
  const queryClient = useQueryClient();
  const me = useMe();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<{ code: string }>({ defaultValues: { code: search.get('invitation') ?? '' } });
  const withCode = commune.joinPolicy === 'INVITATION_CODE';

  const join = useMutation({
    mutationFn: (code: string) =>
      unwrap<Membership>(
        api.POST('/api/communes/{slug}/membership', {
          params: { path: { slug } },
          body: withCode ? { code: code.trim() } : {},
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meKey });
      navigate(`/communes/${slug}`);
    },
  });

  const submit = form.handleSubmit(async ({ code }) => {
    setFailure(undefined);
    try {
      await join.mutateAsync(code);
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, ['code'])) setFailure(e);
    }
  });

  if (!session.authenticated) {
    return (
      <div className="notice">
        <p>{t('join.signInFirst', { name: commune.name })}</p>
        <button
          type="button"
          className="button"
          onClick={() => session.signIn(location.pathname + location.search, language)}
        >
          {t('join.signIn')}
        </button>
      </div>
    );
  }
  const member = me.data?.communes?.some((c) => c.slug === slug);
  if (member) {
    return (
      <p className="notice">
        {t('join.already', { name: commune.name })} <Link to={`/communes/${slug}`}>{t('join.open')}</Link>
      </p>
    );
  }
  if (commune.status !== 'ACTIVE') {
    return <p className="notice">{t('join.notActive')}</p>;
  }
  // Without /api/me the form still shows: joining twice is harmless.
  if (me.isPending && !me.error) {
    return null;
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t(withCode ? 'join.leadCode' : 'join.leadOpen', { name: commune.name })}</p>
      <FormProblem errors={form.formState.errors} error={failure} />
      {withCode ? (
        <TextField
          id="code"
          label={t('join.code')}
          hint={t('join.codeHint')}
          error={errorOf(form.formState.errors, 'code')}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          registration={form.register('code')}
        />
      ) : null}
      <button type="submit" className="button" disabled={join.isPending}>
        {t('join.submit')}
      </button>
    </form>
  );
}
