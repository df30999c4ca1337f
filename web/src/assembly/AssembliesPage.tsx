import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router-dom';
import { applyFieldProblems } from '../api/problems';
import { useReadOnly } from '../commune/queries';
import { useI18n } from '../i18n';
import { useMyCommune } from '../me/useMe';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, Field, TextField, TextAreaField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { ReadOnlyNotice } from '../ui/ReadOnlyNotice';
import { usePageTitle } from '../ui/usePageTitle';
import { assemblyPath, useAssemblies, useCreateAssembly } from './queries';
import { assemblyKinds, isStaff, type AssemblyKind } from './types';

/**
 * A commune's assemblies, for its members: name, kind, seats and how many are held, mandate length, status; and for
 * its staff, creating one.
 */
export function AssembliesPage() {
  const { slug = '' } = useParams();
  const { t, word, number, plural } = useI18n();
  const commune = useMyCommune(slug);
  const staff = isStaff(commune?.roles);
  const readOnly = useReadOnly(slug);
  usePageTitle(t('assemblies.title'));
  const assemblies = useAssemblies(slug);

  return (
    <section>
      <h1>{t('assemblies.title')}</h1>
      <p>
        <Link to={`/communes/${slug}`}>{t('common.backToCommune')}</Link>
      </p>
      <p>{t('assemblies.lead')}</p>
      <ReadOnlyNotice readOnly={staff && readOnly} />
      {assemblies.error ? <ErrorMessage error={assemblies.error} /> : null}
      <PagedTable
        captionId="assemblies-caption"
        caption={t('assemblies.caption')}
        columns={[
          t('assemblies.name'),
          t('assemblies.kind'),
          t('assemblies.seats'),
          t('assemblies.activeMandates'),
          t('assemblies.mandateLength'),
          t('assemblies.status'),
        ]}
        page={wholeList(assemblies.data)}
        failed={Boolean(assemblies.error)}
        empty={staff && !readOnly ? t('assemblies.emptyStaff') : t('assemblies.empty')}
        rowKey={(assembly) => assembly.id}
        cells={(assembly) => (
          <>
            <th scope="row">
              <Link to={assemblyPath(slug, assembly.id)}>{assembly.name}</Link>
            </th>
            <td>{word('assemblyKind', assembly.kind)}</td>
            <td className="number">{number(assembly.seats)}</td>
            <td className="number">{number(assembly.activeMandates)}</td>
            <td>{plural('assemblies.months', assembly.mandateMonths)}</td>
            <td>{word('assemblyStatus', assembly.status)}</td>
          </>
        )}
      />
      {staff ? <CreateAssemblyForm slug={slug} readOnly={readOnly} /> : null}
    </section>
  );
}

interface Draft {
  name: string;
  kind: AssemblyKind;
  seats: string;
  mandateMonths: string;
  cohorts: string;
  firstSittingOn: string;
  topics: string;
}

const fields = ['name', 'kind', 'seats', 'mandateMonths', 'cohorts', 'firstSittingOn', 'topics'] as const;

/** A number field as the API takes it: left empty, null, so that the API names the field. */
function count(value: string): number {
  return (value.trim() === '' ? null : Number(value)) as number;
}

/** The topics, one per line or separated by commas. */
export function topicsOf(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((topic) => topic.trim())
    .filter((topic) => topic !== '');
}

/** Staff create an assembly; the API's objections go next to their fields. */
function CreateAssemblyForm({ slug, readOnly }: { slug: string; readOnly: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const create = useCreateAssembly(slug);
  const [failure, setFailure] = useState<unknown>();
  const [status, setStatus] = useState('');
  // Ostbelgien's permanent council as the example: 24 seats, 18-month mandates, a third renewed every 6 months.
  const form = useForm<Draft>({
    defaultValues: {
      name: '',
      kind: 'PERMANENT_COUNCIL',
      seats: '24',
      mandateMonths: '18',
      cohorts: '3',
      firstSittingOn: '',
      topics: '',
    },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (draft) => {
    setFailure(undefined);
    setStatus('');
    try {
      const created = await create.mutateAsync({
        name: draft.name.trim(),
        kind: draft.kind,
        seats: count(draft.seats),
        mandateMonths: count(draft.mandateMonths),
        cohorts: count(draft.cohorts),
        // Left empty, it goes as null so that the API names the field.
        firstSittingOn: (draft.firstSittingOn || null) as string,
        topics: topicsOf(draft.topics),
      });
      form.reset();
      setStatus(t('newAssembly.created', { name: created.name }));
    } catch (e) {
      const own = {
        'cohorts.invalid': 'newAssembly.cohortsDivide',
        'cohorts.too-large': 'newAssembly.cohortsTooMany',
      } as const;
      if (!applyFieldProblems(i18n, e, form.setError, fields, own)) setFailure(e);
    }
  });

  return (
    <section className="panel" aria-labelledby="new-assembly-heading">
      <h2 id="new-assembly-heading">{t('newAssembly.title')}</h2>
      <p>{t('newAssembly.lead')}</p>
      <FormProblem errors={errors} error={failure} />
      <p className="success" role="status">
        {status}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="plain" disabled={readOnly}>
          <TextField
            id="assembly-name"
            label={t('newAssembly.name')}
            hint={t('newAssembly.nameHint')}
            error={errorOf(errors, 'name')}
            maxLength={120}
            registration={form.register('name')}
          />
          <Field id="assembly-kind" label={t('newAssembly.kind')} error={errorOf(errors, 'kind')}>
            {(describedBy) => (
              <select
                id="assembly-kind"
                {...form.register('kind')}
                aria-invalid={Boolean(errors.kind)}
                aria-describedby={describedBy}
              >
                {assemblyKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`assemblyKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            id="assembly-seats"
            label={t('newAssembly.seats')}
            hint={t('newAssembly.seatsHint')}
            error={errorOf(errors, 'seats')}
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            step={1}
            registration={form.register('seats')}
          />
          <TextField
            id="assembly-mandateMonths"
            label={t('newAssembly.mandateMonths')}
            hint={t('newAssembly.mandateMonthsHint')}
            error={errorOf(errors, 'mandateMonths')}
            type="number"
            inputMode="numeric"
            min={1}
            max={72}
            step={1}
            registration={form.register('mandateMonths')}
          />
          <TextField
            id="assembly-cohorts"
            label={t('newAssembly.cohorts')}
            hint={t('newAssembly.cohortsHint')}
            error={errorOf(errors, 'cohorts')}
            type="number"
            inputMode="numeric"
            min={1}
            max={12}
            step={1}
            registration={form.register('cohorts')}
          />
          <TextField
            id="assembly-firstSittingOn"
            label={t('newAssembly.firstSittingOn')}
            hint={t('newAssembly.firstSittingOnHint')}
            error={errorOf(errors, 'firstSittingOn')}
            type="date"
            registration={form.register('firstSittingOn')}
          />
          <TextAreaField
            id="assembly-topics"
            label={t('newAssembly.topics')}
            hint={t('newAssembly.topicsHint')}
            error={errorOf(errors, 'topics')}
            rows={4}
            registration={form.register('topics')}
          />
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('newAssembly.submitting') : t('newAssembly.submit')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
