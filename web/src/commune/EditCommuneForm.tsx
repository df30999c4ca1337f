import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { unwrap, useApi } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import type { Commune, CommuneChange } from '../api/types';
import { useI18n } from '../i18n';
import { meKey } from '../me/useMe';
import { errorOf, TextField, TextAreaField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { communeKey } from './queries';

export const workingLanguages = ['fr', 'nl', 'de', 'en'] as const;

interface Details {
  name: string;
  population: string;
  contactEmail: string;
  languages: string[];
  postalCodes: string;
  description: string;
}

const fields = ['name', 'population', 'contactEmail', 'languages', 'postalCodes', 'description'] as const;

function detailsOf(commune: Commune): Details {
  return {
    name: commune.name,
    population: String(commune.population),
    contactEmail: commune.contactEmail,
    languages: commune.languages,
    postalCodes: (commune.postalCodes ?? []).join(', '),
    description: commune.description ?? '',
  };
}

/** The change of the details an administrator made: only the fields they changed (PATCH). */
function changeOf(details: Details, dirty: Partial<Record<keyof Details, unknown>>): CommuneChange {
  const change: CommuneChange = {};
  if (dirty.name) change.name = details.name.trim();
  if (dirty.population) change.population = Number(details.population);
  if (dirty.contactEmail) change.contactEmail = details.contactEmail.trim();
  if (dirty.languages) change.languages = details.languages;
  if (dirty.postalCodes)
    change.postalCodes = details.postalCodes
      .split(/[,;\s]+/)
      .map((code) => code.trim())
      .filter(Boolean);
  if (dirty.description) change.description = details.description.trim();
  return change;
}

/** The commune's details, for its administrators to change (PATCH /api/communes/{slug}); disabled while suspended. */
export function EditCommuneForm({ commune, readOnly }: { commune: Commune; readOnly: boolean }) {
  const i18n = useI18n();
  const { t, word } = i18n;
  const api = useApi();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>();
  const [status, setStatus] = useState('');
  const form = useForm<Details>({ defaultValues: detailsOf(commune) });
  // Read while rendering, so that react-hook-form keeps track of them (its form state is a subscription).
  const { errors, dirtyFields } = form.formState;

  const save = useMutation({
    mutationFn: (change: CommuneChange) =>
      unwrap<Commune>(api.PATCH('/api/communes/{slug}', { params: { path: { slug: commune.slug } }, body: change })),
    onSuccess: (changed) => {
      queryClient.setQueryData(communeKey(commune.slug), changed);
      void queryClient.invalidateQueries({ queryKey: ['public-commune', commune.slug] });
      void queryClient.invalidateQueries({ queryKey: meKey, exact: true });
      form.reset(detailsOf(changed));
      setStatus(t('edit.saved'));
    },
  });

  const submit = form.handleSubmit(async (details) => {
    setFailure(undefined);
    setStatus('');
    try {
      await save.mutateAsync(changeOf(details, dirtyFields));
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, fields)) setFailure(e);
    }
  });

  return (
    <section className="panel" aria-labelledby="edit-commune-heading">
      <h2 id="edit-commune-heading">{t('edit.title')}</h2>
      <FormProblem errors={errors} error={failure} />
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="plain" disabled={readOnly}>
          <TextField
            id="edit-name"
            label={t('create.name')}
            error={errorOf(errors, 'name')}
            autoComplete="organization"
            registration={form.register('name')}
          />
          <TextField
            id="edit-population"
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
            id="edit-contactEmail"
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
            aria-describedby={errors.languages ? 'edit-languages-error' : undefined}
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
              <p id="edit-languages-error" className="field-error">
                {errors.languages.message}
              </p>
            ) : null}
          </fieldset>
          <TextField
            id="edit-postalCodes"
            label={t('edit.postalCodes')}
            hint={t('edit.postalCodesHint')}
            error={errorOf(errors, 'postalCodes')}
            registration={form.register('postalCodes')}
          />
          <TextAreaField
            id="edit-description"
            label={t('edit.description')}
            hint={t('edit.descriptionHint')}
            error={errorOf(errors, 'description')}
            rows={4}
            registration={form.register('description')}
          />
          <button type="submit" className="button" disabled={save.isPending}>
            {t('edit.submit')}
          </button>
        </fieldset>
      </form>
      <p className="success" role="status">
        {status}
      </p>
    </section>
  );
}
