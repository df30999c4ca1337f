import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { ApiError, isNotFound } from '../api/client';
import { fieldProblemText, problemText } from '../api/problems';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { usePageTitle } from '../ui/usePageTitle';
import { useSignUp, useSignUpForm } from './queries';
import type { PublicSignUp } from './types';

/**
 * The public page where whoever received a draw's letter signs up as a volunteer, signed out: the letter's code (from
 * its link, or typed), their name and address, their answer to each feature the draw stratifies on, and their
 * consent. Each field the API refuses is named beside it.
 */
export function SignUpPage() {
  const { slug = '', draw = '' } = useParams();
  const { t, dateTime } = useI18n();
  const form = useSignUpForm(slug, draw);
  usePageTitle(t('signUp.pageTitle'));
  if (isNotFound(form.error)) {
    return (
      <section>
        <h1>{t('signUp.pageTitle')}</h1>
        <p className="error" role="alert">
          {t('signUp.notFound')}
        </p>
      </section>
    );
  }
  const data = form.data;
  return (
    <section aria-labelledby="sign-up-heading">
      <h1 id="sign-up-heading">{data ? t('signUp.title', { assembly: data.assemblyName }) : t('signUp.pageTitle')}</h1>
      {form.error ? <ErrorMessage error={form.error} /> : null}
      {!data && !form.error ? <p role="status">{t('common.loading')}</p> : null}
      {data && !data.open ? (
        <p className="notice" role="status">
          {t('signUp.closed', { date: dateTime(data.signUpUntil) })}
        </p>
      ) : null}
      {data?.open ? <SignUpForm slug={slug} form={data} /> : null}
    </section>
  );
}

function SignUpForm({ slug, form }: { slug: string; form: PublicSignUp }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const signUp = useSignUp(slug, form.drawId);
  const [code, setCode] = useState(useSearchParams()[0].get('code') ?? '');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [features, setFeatures] = useState<Record<string, string>>({});
  const [consent, setConsent] = useState(false);
  const problems = signUp.error instanceof ApiError ? signUp.error.errors : [];
  const problemOf = (field: string) => {
    const problem = problems.find((each) => each.field === field);
    return problem ? fieldProblemText(i18n, problem) : undefined;
  };

  if (signUp.data) {
    return (
      <div className="success" role="status">
        <p>{t('signUp.done', { email })}</p>
        <p>{t('signUp.pseudonym', { pseudonym: signUp.data.pseudonym })}</p>
      </div>
    );
  }

  /** A field's input, its label and, if the API refused it, why. */
  const field = (id: string, label: string, input: React.ReactNode, name: string) => (
    <div className="field" key={id}>
      <label htmlFor={id}>{label}</label>
      {input}
      {problemOf(name) ? (
        <span id={`${id}-problem`} className="field-error">
          {problemOf(name)}
        </span>
      ) : null}
    </div>
  );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        signUp.mutate({ code, name, email, features, consent });
      }}
    >
      <p className="lead">{t('signUp.lead', { title: form.title })}</p>
      <p>{t('signUp.until', { date: dateTime(form.signUpUntil) })}</p>
      {signUp.error ? (
        <p className="error" role="alert">
          {problems.length > 0 ? t('signUp.fix') : problemText(i18n, signUp.error)}
        </p>
      ) : null}
      {field(
        'sign-up-code',
        t('signUp.code'),
        <input
          id="sign-up-code"
          required
          autoComplete="off"
          value={code}
          aria-invalid={problemOf('code') ? true : undefined}
          aria-describedby={problemOf('code') ? 'sign-up-code-problem' : undefined}
          onChange={(event) => setCode(event.target.value)}
        />,
        'code',
      )}
      {field(
        'sign-up-name',
        t('signUp.name'),
        <input
          id="sign-up-name"
          required
          autoComplete="name"
          value={name}
          aria-invalid={problemOf('name') ? true : undefined}
          aria-describedby={problemOf('name') ? 'sign-up-name-problem' : undefined}
          onChange={(event) => setName(event.target.value)}
        />,
        'name',
      )}
      {field(
        'sign-up-email',
        t('signUp.email'),
        <input
          id="sign-up-email"
          type="email"
          required
          autoComplete="email"
          value={email}
          aria-invalid={problemOf('email') ? true : undefined}
          aria-describedby={problemOf('email') ? 'sign-up-email-problem' : undefined}
          onChange={(event) => setEmail(event.target.value)}
        />,
        'email',
      )}
      {form.features.map(({ feature, values }, index) =>
        field(
          `sign-up-feature-${index}`,
          feature,
          <select
            id={`sign-up-feature-${index}`}
            required
            value={features[feature] ?? ''}
            aria-invalid={problemOf(`features.${feature}`) ? true : undefined}
            aria-describedby={problemOf(`features.${feature}`) ? `sign-up-feature-${index}-problem` : undefined}
            onChange={(event) => setFeatures({ ...features, [feature]: event.target.value })}
          >
            <option value="">{t('signUp.choose')}</option>
            {values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>,
          `features.${feature}`,
        ),
      )}
      <p>
        <input
          id="sign-up-consent"
          type="checkbox"
          required
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
        />{' '}
        <label htmlFor="sign-up-consent">{t('signUp.consent')}</label>
        {problemOf('consent') ? <span className="field-error">{problemOf('consent')}</span> : null}
      </p>
      <p>
        <button type="submit" className="button" disabled={signUp.isPending}>
          {t('signUp.submit')}
        </button>
      </p>
    </form>
  );
}
