import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { Commune } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';
import { useNameAndSlug } from './useNameAndSlug';

const countries = ['BE', 'FR', 'LU', 'NL', 'DE'] as const;
const workingLanguages = ['fr', 'nl', 'de', 'en'] as const;

export function CreateCommunePage() {
  const { t, language } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const { name, slug, onName, onSlug } = useNameAndSlug();
  const [country, setCountry] = useState('BE');
  const [languages, setLanguages] = useState<string[]>([language]);
  const [officialCode, setOfficialCode] = useState('');
  const [population, setPopulation] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);

  function toggleLanguage(code: string, checked: boolean) {
    setLanguages((current) => (checked ? [...current, code] : current.filter((l) => l !== code)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const commune = await api<Commune>(session.token, '/api/communes', {
        method: 'POST',
        body: {
          name,
          slug,
          country,
          languages,
          officialCode: officialCode.trim(),
          // Left empty, it goes as null so that the API names the field.
          population: population.trim() === '' ? null : Number(population),
          contactEmail: contactEmail.trim(),
        },
      });
      navigate(`/communes/${commune.slug}`);
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'official-code-taken') {
        setFieldErrors({ officialCode: e.fields.officialCode ?? e.message });
      } else if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
        setFieldErrors(e.fields);
      } else {
        setError(e);
      }
    } finally {
      setSubmitting(false);
    }
  }

  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return (
    <section>
      <h1>{t('create.title')}</h1>
      <p>{t('create.lead')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {hasFieldErrors ? (
        <p className="error" role="alert">
          {t('create.fixFields')}
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <Field id="name" label={t('create.name')} hint={t('create.nameHint')} error={fieldErrors.name}>
          {(describedBy) => (
            <input
              id="name"
              name="name"
              autoComplete="organization"
              value={name}
              onChange={(e) => onName(e.target.value)}
              aria-invalid={Boolean(fieldErrors.name)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field id="slug" label={t('create.slug')} hint={t('create.slugHint', { slug: slug || '…' })} error={fieldErrors.slug}>
          {(describedBy) => (
            <input
              id="slug"
              name="slug"
              value={slug}
              spellCheck={false}
              autoCapitalize="none"
              onChange={(e) => onSlug(e.target.value)}
              aria-invalid={Boolean(fieldErrors.slug)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field id="country" label={t('create.country')} error={fieldErrors.country}>
          {(describedBy) => (
            <select
              id="country"
              name="country"
              value={country}
              onChange={(e) => setCountry(e.target.value)}
              aria-invalid={Boolean(fieldErrors.country)}
              aria-describedby={describedBy}
            >
              {countries.map((code) => (
                <option key={code} value={code}>
                  {t(`country.${code}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="officialCode"
          label={t('create.officialCode')}
          hint={t('create.officialCodeHint')}
          error={fieldErrors.officialCode}
        >
          {(describedBy) => (
            <input
              id="officialCode"
              name="officialCode"
              value={officialCode}
              spellCheck={false}
              autoCapitalize="characters"
              maxLength={5}
              onChange={(e) => setOfficialCode(e.target.value)}
              aria-invalid={Boolean(fieldErrors.officialCode)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field
          id="population"
          label={t('create.population')}
          hint={t('create.populationHint')}
          error={fieldErrors.population}
        >
          {(describedBy) => (
            <input
              id="population"
              name="population"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={population}
              onChange={(e) => setPopulation(e.target.value)}
              aria-invalid={Boolean(fieldErrors.population)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field
          id="contactEmail"
          label={t('create.contactEmail')}
          hint={t('create.contactEmailHint')}
          error={fieldErrors.contactEmail}
        >
          {(describedBy) => (
            <input
              id="contactEmail"
              name="contactEmail"
              type="email"
              autoComplete="email"
              value={contactEmail}
              onChange={(e) => setContactEmail(e.target.value)}
              aria-invalid={Boolean(fieldErrors.contactEmail)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <fieldset
          className="field"
          aria-invalid={Boolean(fieldErrors.languages)}
          aria-describedby={fieldErrors.languages ? 'languages-error' : undefined}
        >
          <legend>{t('create.languages')}</legend>
          <div className="choices">
            {workingLanguages.map((code) => (
              <label key={code} className="choice">
                <input
                  type="checkbox"
                  name="languages"
                  value={code}
                  checked={languages.includes(code)}
                  onChange={(e) => toggleLanguage(code, e.target.checked)}
                />
                {t(`language.${code}` as MessageKey)}
              </label>
            ))}
          </div>
          {fieldErrors.languages ? (
            <p id="languages-error" className="field-error">
              {fieldErrors.languages}
            </p>
          ) : null}
        </fieldset>
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('create.submitting') : t('create.submit')}
        </button>
      </form>
    </section>
  );
}
