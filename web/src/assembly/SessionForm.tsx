import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import { useI18n } from '../i18n';
import { errorOf, Field, TextField, TextAreaField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { useCreateSession } from './queries';
import { sessionKinds, type Guest, type SessionKind, type SessionRequest } from './types';

interface Draft {
  kind: SessionKind;
  title: string;
  startsAt: string;
  endsAt: string;
  halfDays: string;
  place: string;
  onlineLink: string;
  agenda: string;
  guests: string;
}

const fields = ['kind', 'title', 'startsAt', 'endsAt', 'halfDays', 'place', 'onlineLink', 'agenda', 'guests'] as const;
/** Where the general words of a code would not tell what to do. */
const own = {
  'endsAt.too-small': 'sessionForm.endsBeforeStart',
  'endsAt.too-large': 'sessionForm.tooLong',
} as const;
const blank: Draft = {
  kind: 'DELIBERATION',
  title: '',
  startsAt: '',
  endsAt: '',
  halfDays: '',
  place: '',
  onlineLink: '',
  agenda: '',
  guests: '',
};

/** The lines of a text area that say something. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** One guest a line: "Name — Organisation — Role" (the last two optional; a hyphen or a dash between). */
export function parseGuests(text: string): Guest[] {
  return lines(text).map((line) => {
    const [name, organisation, role] = line.split(/\s+[—–-]\s+/).map((part) => part.trim());
    return { name, organisation: organisation || undefined, role: role || undefined };
  });
}

/** The API names a problem of one item ("agenda[1]", "guests[0].name"): the form shows it on the whole text area. */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const errors = error.errors.map((problem) => ({ ...problem, field: problem.field.replace(/[[.].*$/, '') }));
  return new ApiError(error.status, error.type, error.title, error.detail, errors);
}

/**
 * Staff plan a session of the assembly: its kind, title, start and end as the commune's clocks show them, where
 * (a place, an online link or both), its agenda and its guests.
 */
export function SessionForm({ slug, assembly, readOnly }: { slug: string; assembly: string; readOnly: boolean }) {
  const i18n = useI18n();
  const { t, word } = i18n;
  const create = useCreateSession(slug, assembly);
  const [failure, setFailure] = useState<unknown>();
  const [status, setStatus] = useState('');
  const form = useForm<Draft>({ defaultValues: blank });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (draft) => {
    setFailure(undefined);
    setStatus('');
    const request: SessionRequest = {
      kind: draft.kind,
      title: draft.title.trim(),
      startsAt: draft.startsAt,
      endsAt: draft.endsAt,
      halfDays: draft.halfDays ? Number(draft.halfDays) : undefined,
      place: draft.place.trim() || undefined,
      onlineLink: draft.onlineLink.trim() || undefined,
      agenda: lines(draft.agenda),
      guests: parseGuests(draft.guests),
    };
    try {
      const created = await create.mutateAsync(request);
      form.reset(blank);
      setStatus(t('sessionForm.planned', { title: created.title }));
    } catch (e) {
      const error = onFormFields(e);
      if (!applyFieldProblems(i18n, error, form.setError, fields, own)) setFailure(e);
    }
  });

  const required = (value: string) => value.trim() !== '' || t('field.required');
  return (
    <section className="panel" aria-labelledby="session-form-heading">
      <h2 id="session-form-heading">{t('sessionForm.title')}</h2>
      <p>{t('sessionForm.lead')}</p>
      <FormProblem errors={errors} error={failure} />
      <p className="success" role="status">
        {status}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="plain" disabled={readOnly}>
          <Field id="session-kind" label={t('sessions.kind')} error={errorOf(errors, 'kind')}>
            {(describedBy) => (
              <select
                id="session-kind"
                {...form.register('kind')}
                aria-invalid={Boolean(errors.kind)}
                aria-describedby={describedBy}
              >
                {sessionKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {word('sessionKind', kind)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            id="session-title"
            label={t('sessions.sessionTitle')}
            error={errorOf(errors, 'title')}
            maxLength={200}
            registration={form.register('title', { validate: required })}
          />
          <TextField
            id="session-startsAt"
            label={t('sessionForm.startsAt')}
            hint={t('sessionForm.timesHint')}
            error={errorOf(errors, 'startsAt')}
            type="datetime-local"
            registration={form.register('startsAt', { validate: required })}
          />
          <TextField
            id="session-endsAt"
            label={t('sessionForm.endsAt')}
            error={errorOf(errors, 'endsAt')}
            type="datetime-local"
            registration={form.register('endsAt', { validate: required })}
          />
          <TextField
            id="session-halfDays"
            label={t('sessionForm.halfDays')}
            hint={t('sessionForm.halfDaysHint')}
            error={errorOf(errors, 'halfDays')}
            type="number"
            min={1}
            max={4}
            registration={form.register('halfDays')}
          />
          <TextField
            id="session-place"
            label={t('sessions.place')}
            hint={t('sessionForm.placeHint')}
            error={errorOf(errors, 'place')}
            registration={form.register('place')}
          />
          <TextField
            id="session-onlineLink"
            label={t('sessions.onlineLink')}
            hint={t('sessionForm.onlineLinkHint')}
            error={errorOf(errors, 'onlineLink')}
            type="url"
            registration={form.register('onlineLink')}
          />
          <TextAreaField
            id="session-agenda"
            label={t('sessions.agenda')}
            hint={t('sessionForm.agendaHint')}
            error={errorOf(errors, 'agenda')}
            rows={4}
            registration={form.register('agenda')}
          />
          <TextAreaField
            id="session-guests"
            label={t('sessions.guests')}
            hint={t('sessionForm.guestsHint')}
            error={errorOf(errors, 'guests')}
            rows={3}
            registration={form.register('guests')}
          />
          <button type="submit" className="button" disabled={create.isPending}>
            {t('sessionForm.submit')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
