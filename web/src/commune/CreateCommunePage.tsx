import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { unwrap, useApi } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import type { Commune } from '../api/types';
import { useI18n } from '../i18n';
import { meKey } from '../me/useMe';
import { errorOf, Field, TextField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { usePageTitle } from '../ui/usePageTitle';
import { workingLanguages } from './EditCommuneForm';
import { suggestSlug } from './slug';

const countries = ['BE', 'FR', 'LU', 'NL', 'DE'] as const;

interface Request {
  name: string;
  slug: string;
  country: string;
  officialCode: string;
  population: string;
  contactEmail: string;
  languages: string[];
}

const fields = ['name', 'slug', 'country', 'officialCode', 'population', 'contactEmail', 'languages'] as const;

/** A commune's staff register it: it awaits the operators' approval, then is set up. */
export function CreateCommunePage() {
  const i18n = useI18n();
  const { t, language, word } = i18n;
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle(t('create.title'));
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<Request>({
    defaultValues: {
      name: '',
      slug: '',
      country: 'BE',
      officialCode: '',
      population: '',
      contactEmail: '',
      languages: [language],
    },
  });
  const errors = form.formState.errors;
  const slug = useWatch({ control: form.control, name: 'slug' });

  const create = useMutation({
    mutationFn: (request: Request) =>
      unwrap<Commune>(
        api.POST('/api/communes', {
          body: {
            name: request.name,
            slug: request.slug,
            country: request.country,
            languages: request.languages,
            officialCode: request.officialCode.trim(),
            // Left empty, it goes as null so that the API names the field.
            population: (request.population.trim() === '' ? null : Number(request.population)) as number,
            contactEmail: request.contactEmail.trim(),
          },
        }),
      ),
    onSuccess: async (commune) => {
      await queryClient.invalidateQueries({ queryKey: meKey, exact: true });
      navigate(`/communes/${commune.slug}`);
    },
  });

  const submit = form.handleSubmit(async (request) => {
    setFailure(undefined);
    try {
      await create.mutateAsync(request);
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, fields)) setFailure(e);
    }
  });

  return (
    <section>
      <h1>{t('create.title')}</h1>
      <p>{t('create.lead')}</p>
      <FormProblem errors={errors} error={failure} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="name"
          label={t('create.name')}
          hint={t('create.nameHint')}
          error={errorOf(errors, 'name')}
          autoComplete="organization"
          registration={form.register('name', {
            // The web address follows the name until the person writes one of their own.
            onChange: (e: { target: { value: string } }) => {
              if (!form.getFieldState('slug').isDirty) form.setValue('slug', suggestSlug(e.target.value));
            },
          })}
        />
        <TextField
          id="slug"
          label={t('create.slug')}
          hint={t('create.slugHint', { slug: slug || '…' })}
          error={errorOf(errors, 'slug')}
          spellCheck={false}
          autoCapitalize="none"
          registration={form.register('slug')}
        />
        <Field id="country" label={t('create.country')} error={errorOf(errors, 'country')}>
          {(describedBy) => (
            <select
              id="country"
              {...form.register('country')}
              aria-invalid={Boolean(errors.country)}
              aria-describedby={describedBy}
            >
              {countries.map((code) => (
                <option key={code} value={code}>
                  {t(`country.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id="officialCode"
          label={t('create.officialCode')}
          hint={t('create.officialCodeHint')}
          error={errorOf(errors, 'officialCode')}
          spellCheck={false}
          autoCapitalize="characters"
          maxLength={5}
          registration={form.register('officialCode')}
        />
        <TextField
          id="population"
          label={t('create.population')}
          hint={t('create.populationHint')}
          error={errorOf(errors, 'population')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          registration={form.register('population')}
        />
        <TextField
          id="contactEmail"
          label={t('create.contactEmail')}
          hint={t('create.contactEmailHint')}
          error={errorOf(errors, 'contactEmail')}
          type="email"
          autoComplete="email"
          registration={form.register('contactEmail')}
        />
        <fieldset
          className="field"
          aria-invalid={Boolean(errors.languages)}
          aria-describedby={errors.languages ? 'languages-error' : undefined}
        >
          <legend>{t('create.languages')}</legend>
          <div className="choices">
            {workingLanguages.map((code) => (
              <label key={code} className="choice">
                <input type="checkbox" value={code} {...form.register('languages')} />
                <span>{word('language', code)}</span>
              </label>
            ))}
          </div>
          {errors.languages ? (
            <p id="languages-error" className="field-error">
              {errors.languages.message}
            </p>
          ) : null}
        </fieldset>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('create.submitting') : t('create.submit')}
        </button>
      </form>
    </section>
  );
}
