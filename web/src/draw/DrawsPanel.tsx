import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { applyFieldProblems } from '../api/problems';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, Field, TextField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { useCreateDraw, useDraws } from './queries';
import { algorithms, type Algorithm } from './types';

export function drawPath(slug: string, assembly: string, draw: string): string {
  return `/communes/${slug}/assemblies/${assembly}/draws/${draw}`;
}

/** The assembly's draws for its staff, newest first, and the form that prepares a new one. */
export function DrawsPanel({ slug, assembly, readOnly }: { slug: string; assembly: string; readOnly: boolean }) {
  const { t, word, dateTime, number } = useI18n();
  const draws = useDraws(slug, assembly);
  return (
    <section className="panel" aria-labelledby="draws-heading">
      <h2 id="draws-heading">{t('draws.title')}</h2>
      <p>{t('draws.lead')}</p>
      {draws.error ? <ErrorMessage error={draws.error} /> : null}
      <PagedTable
        captionId="draws-caption"
        caption={t('draws.caption')}
        columns={[t('draws.drawTitle'), t('draws.panel'), t('draws.algorithm'), t('draws.status'), t('draws.created')]}
        page={wholeList(draws.data)}
        failed={Boolean(draws.error)}
        empty={t('draws.empty')}
        rowKey={(draw) => draw.id}
        cells={(draw) => (
          <>
            <th scope="row">
              <Link to={drawPath(slug, assembly, draw.id)}>{draw.title}</Link>
            </th>
            <td className="number">{number(draw.panelSize)}</td>
            <td>{word('drawAlgorithm', draw.algorithm)}</td>
            <td>{word('drawStatus', draw.status)}</td>
            <td>
              <time dateTime={draw.createdAt}>{dateTime(draw.createdAt)}</time>
            </td>
          </>
        )}
      />
      <CreateDrawForm slug={slug} assembly={assembly} readOnly={readOnly} />
    </section>
  );
}

interface Draft {
  title: string;
  panelSize: string;
  reserveCount: string;
  algorithm: Algorithm;
  seed: string;
  seedSource: string;
}

const fields = ['title', 'panelSize', 'reserveCount', 'algorithm', 'seed', 'seedSource'] as const;

function count(value: string): number {
  return (value.trim() === '' ? null : Number(value)) as number;
}

function CreateDrawForm({ slug, assembly, readOnly }: { slug: string; assembly: string; readOnly: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const create = useCreateDraw(slug, assembly);
  const [failure, setFailure] = useState<unknown>();
  const [created, setCreated] = useState<{ id: string; title: string }>();
  const form = useForm<Draft>({
    defaultValues: { title: '', panelSize: '24', reserveCount: '8', algorithm: 'LEXIMIN', seed: '', seedSource: '' },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (draft) => {
    setFailure(undefined);
    setCreated(undefined);
    try {
      const draw = await create.mutateAsync({
        title: draft.title.trim(),
        panelSize: count(draft.panelSize),
        reserveCount: count(draft.reserveCount),
        algorithm: draft.algorithm,
        seed: draft.seed.trim(),
        seedSource: draft.seedSource.trim(),
      });
      form.reset();
      setCreated({ id: draw.id, title: draw.title });
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, fields)) setFailure(e);
    }
  });
  return (
    <div>
      <h3>{t('newDraw.title')}</h3>
      <FormProblem errors={errors} error={failure} />
      <p className="success" role="status">
        {created ? (
          <Link to={drawPath(slug, assembly, created.id)}>{t('newDraw.created', { title: created.title })}</Link>
        ) : null}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="plain" disabled={readOnly}>
          <TextField
            id="draw-title"
            label={t('newDraw.name')}
            error={errorOf(errors, 'title')}
            maxLength={200}
            registration={form.register('title')}
          />
          <TextField
            id="draw-panelSize"
            label={t('newDraw.panelSize')}
            error={errorOf(errors, 'panelSize')}
            type="number"
            inputMode="numeric"
            min={1}
            max={1000}
            registration={form.register('panelSize')}
          />
          <TextField
            id="draw-reserveCount"
            label={t('newDraw.reserveCount')}
            hint={t('newDraw.reserveCountHint')}
            error={errorOf(errors, 'reserveCount')}
            type="number"
            inputMode="numeric"
            min={0}
            max={1000}
            registration={form.register('reserveCount')}
          />
          <Field
            id="draw-algorithm"
            label={t('newDraw.algorithm')}
            hint={t('newDraw.algorithmHint')}
            error={errorOf(errors, 'algorithm')}
          >
            {(describedBy) => (
              <select id="draw-algorithm" {...form.register('algorithm')} aria-describedby={describedBy}>
                {algorithms.map((algorithm) => (
                  <option key={algorithm} value={algorithm}>
                    {i18n.word('drawAlgorithm', algorithm)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            id="draw-seed"
            label={t('newDraw.seed')}
            hint={t('newDraw.seedHint')}
            error={errorOf(errors, 'seed')}
            maxLength={500}
            registration={form.register('seed')}
          />
          <TextField
            id="draw-seedSource"
            label={t('newDraw.seedSource')}
            hint={t('newDraw.seedSourceHint')}
            error={errorOf(errors, 'seedSource')}
            maxLength={500}
            registration={form.register('seedSource')}
          />
          <button type="submit" className="button" disabled={create.isPending}>
            {t('newDraw.submit')}
          </button>
        </fieldset>
      </form>
    </div>
  );
}
