import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearch } from '../ui/useSearch';
import { useForm, useWatch } from 'react-hook-form';
import { unwrap, useApi } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import type { Member, Page } from '../api/types';
import { communeKey } from '../commune/queries';
import { useI18n } from '../i18n';
import { errorOf, Field, TextField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { useSeatChanges } from './queries';
import { cohortOf, type Assembly } from './types';

const RESULTS = 10;

interface Draft {
  seat: string;
  userId: string;
  startsOn: string;
}

const fields = ['seat', 'userId', 'startsOn'] as const;
/** Where the general words of a code would not tell what to do. */
const own = {
  'seat.too-large': 'seat.tooLarge',
  'userId.not-found': 'seat.notMember',
  'startsOn.too-small': 'seat.startsTooEarly',
  'startsOn.too-large': 'seat.startsTooLate',
} as const;

/** The commune's members that match a search, to choose whom to seat (staff may read the members' list). */
function useMemberSearch(slug: string, search: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...communeKey(slug), 'members', { page: 0, size: RESULTS, search }],
    queryFn: () =>
      unwrap<Page<Member>>(
        api.GET('/api/communes/{slug}/members', {
          params: { path: { slug }, query: { page: 0, size: RESULTS, q: search } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * Staff seat a member of the commune by hand: a vacant seat, the person (found among the commune's
 * members), and the day the mandate starts (today unless told). The mandate ends at the seat's next renewal.
 */
export function SeatForm({
  slug,
  assembly,
  vacantSeats,
  readOnly,
}: {
  slug: string;
  assembly: Assembly;
  vacantSeats: number[];
  readOnly: boolean;
}) {
  const i18n = useI18n();
  const { t, number, date } = i18n;
  const { seat } = useSeatChanges(slug, assembly.id);
  const { query, setQuery, search } = useSearch();
  const [picked, setPicked] = useState<Member>();
  const [failure, setFailure] = useState<unknown>();
  const [status, setStatus] = useState('');
  const members = useMemberSearch(slug, search);
  const form = useForm<Draft>({ defaultValues: { seat: '', userId: '', startsOn: '' } });
  const errors = form.formState.errors;
  const chosenSeat = useWatch({ control: form.control, name: 'seat' });

  // A seat taken in the meantime leaves the vacant ones: it can no longer be chosen (its error, if any, stays).
  useEffect(() => {
    if (chosenSeat && !vacantSeats.includes(Number(chosenSeat))) form.setValue('seat', '');
  }, [chosenSeat, vacantSeats, form]);

  const found = members.data?.items ?? [];
  // The person chosen stays a choice while one searches on.
  const people = picked && !found.some((m) => m.userId === picked.userId) ? [picked, ...found] : found;

  const submit = form.handleSubmit(async (draft) => {
    setFailure(undefined);
    setStatus('');
    const person = people.find((m) => m.userId === draft.userId);
    if (!person) {
      // No longer among those found (a search changed the list): choose again rather than seat no one silently.
      form.setError('userId', { message: t('seat.personRequired') });
      return;
    }
    try {
      const mandate = await seat.mutateAsync({
        userId: person.userId,
        name: person.name || person.email,
        seat: Number(draft.seat),
        startsOn: draft.startsOn || undefined,
      });
      form.reset();
      setPicked(undefined);
      setQuery('');
      setStatus(t('seat.seated', { name: mandate.name, seat: mandate.seat, date: date(mandate.endsOn, 'long') }));
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, fields, own)) setFailure(e);
    }
  });

  const userId = form.register('userId', {
    validate: (value) => value !== '' || t('seat.personRequired'),
    onChange: (e: { target: { value: string } }) => setPicked(people.find((m) => m.userId === e.target.value)),
  });
  return (
    <section className="panel" aria-labelledby="seat-heading">
      <h2 id="seat-heading">{t('seat.title')}</h2>
      <p>{t('seat.lead')}</p>
      {vacantSeats.length === 0 ? <p className="notice">{t('seat.noVacancy')}</p> : null}
      <FormProblem errors={errors} error={failure ?? members.error} />
      <p className="success" role="status">
        {status}
      </p>
      {vacantSeats.length > 0 ? (
        <form className="form" onSubmit={submit} noValidate>
          <fieldset className="plain" disabled={readOnly}>
            <Field id="seat-seat" label={t('seat.seat')} error={errorOf(errors, 'seat')}>
              {(describedBy) => (
                <select
                  id="seat-seat"
                  {...form.register('seat', { validate: (value) => value !== '' || t('seat.seatRequired') })}
                  aria-invalid={Boolean(errors.seat)}
                  aria-describedby={describedBy}
                >
                  <option value="">{t('seat.chooseSeat')}</option>
                  {vacantSeats.map((vacant) => (
                    <option key={vacant} value={vacant}>
                      {t('seat.seatOption', { seat: number(vacant), cohort: number(cohortOf(assembly, vacant)) })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="field">
              <label htmlFor="seat-search">{t('seat.search')}</label>
              <p id="seat-search-hint" className="hint">
                {t('seat.searchHint')}
              </p>
              <input
                id="seat-search"
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                aria-describedby="seat-search-hint"
                aria-controls="seat-userId"
              />
            </div>
            <Field
              id="seat-userId"
              label={t('seat.person')}
              hint={members.data && found.length === 0 ? t('seat.noMatch') : undefined}
              error={errorOf(errors, 'userId')}
            >
              {(describedBy) => (
                <select
                  id="seat-userId"
                  {...userId}
                  aria-invalid={Boolean(errors.userId)}
                  aria-describedby={describedBy}
                >
                  <option value="">{t('seat.choosePerson')}</option>
                  {people.map((member) => (
                    <option key={member.userId} value={member.userId}>
                      {t('seat.personOption', { name: member.name || member.email, email: member.email })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              id="seat-startsOn"
              label={t('seat.startsOn')}
              hint={t('seat.startsOnHint')}
              error={errorOf(errors, 'startsOn')}
              type="date"
              min={assembly.firstSittingOn}
              registration={form.register('startsOn')}
            />
            <button type="submit" className="button" disabled={seat.isPending}>
              {t('seat.submit')}
            </button>
          </fieldset>
        </form>
      ) : null}
    </section>
  );
}
