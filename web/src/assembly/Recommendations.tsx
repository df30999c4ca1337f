import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { applyFieldProblems } from '../api/problems';
import { useI18n } from '../i18n';
import { errorOf, Field, TextField, TextAreaField } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { FormProblem } from '../ui/FormProblem';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { recommendationPath, useDraftRecommendation, useRecommendations } from './recommendationQueries';
import { recommendationStatuses, type Assembly, type RecommendationStatus, type RecommendationSummary } from './types';

/** A badge that says a recommendation's answer is overdue: words, not only a colour. */
export function OverdueBadge() {
  const { t } = useI18n();
  return <span className="badge warning">{t('recommendation.overdue')}</span>;
}

/** Where a recommendation stands, as a badge. */
export function StatusBadge({ status }: { status: RecommendationStatus }) {
  const { word } = useI18n();
  return <span className={`badge status-${status.toLowerCase()}`}>{word('recommendationStatus', status)}</span>;
}

/** The follow-up of a recommendation in words: its status and progress, or nothing yet. */
function followUpText(
  i18n: ReturnType<typeof useI18n>,
  summary: Pick<RecommendationSummary, 'followUpStatus' | 'progress'>,
): string {
  if (!summary.followUpStatus) return i18n.t('recommendations.noFollowUp');
  return i18n.t('recommendation.progressText', {
    status: i18n.word('followUpStatus', summary.followUpStatus),
    progress: summary.progress ?? 0,
  });
}

/**
 * An assembly's recommendations, newest first, each linking to its page, filtered by status; its members and staff
 * draft a new one.
 */
export function Recommendations({
  slug,
  assembly,
  mayDraft,
  readOnly,
}: {
  slug: string;
  assembly: Assembly;
  mayDraft: boolean;
  readOnly: boolean;
}) {
  const i18n = useI18n();
  const { t, word } = i18n;
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const recommendations = useRecommendations(slug, assembly.id, status);
  return (
    <section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{t('recommendations.title')}</h2>
      <p>{t('recommendations.lead')}</p>
      <div className="field filter">
        <label htmlFor="recommendations-status">{t('recommendations.statusFilter')}</label>
        <select
          id="recommendations-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as RecommendationStatus | '')}
        >
          <option value="">{t('recommendations.allStatuses')}</option>
          {recommendationStatuses.map((code) => (
            <option key={code} value={code}>
              {word('recommendationStatus', code)}
            </option>
          ))}
        </select>
      </div>
      {recommendations.error ? <ErrorMessage error={recommendations.error} /> : null}
      <PagedTable
        captionId="recommendations-caption"
        caption={t('recommendations.caption')}
        columns={[
          t('recommendations.recommendationTitle'),
          t('recommendations.topic'),
          t('recommendations.status'),
          t('recommendations.answer'),
          t('recommendations.followUp'),
        ]}
        page={wholeList(recommendations.data)}
        failed={Boolean(recommendations.error)}
        empty={status ? t('recommendations.emptyStatus') : t('recommendations.empty')}
        rowKey={(recommendation) => recommendation.id}
        cells={(recommendation) => (
          <>
            <th scope="row">
              <Link to={recommendationPath(slug, assembly.id, recommendation.id)}>{recommendation.title}</Link>
            </th>
            <td>{recommendation.topic}</td>
            <td>
              <StatusBadge status={recommendation.status} />
            </td>
            <td>
              {recommendation.decision
                ? word('decision', recommendation.decision)
                : recommendation.status === 'ADOPTED'
                  ? t('recommendations.unanswered')
                  : '—'}{' '}
              {recommendation.overdue ? <OverdueBadge /> : null}
            </td>
            <td>{recommendation.decision ? followUpText(i18n, recommendation) : '—'}</td>
          </>
        )}
      />
      {mayDraft ? (
        <DraftForm slug={slug} assembly={assembly} readOnly={readOnly} />
      ) : (
        <p className="notice">{t('propose.membersOnly')}</p>
      )}
    </section>
  );
}

interface Draft {
  topic: string;
  title: string;
  body: string;
}

const fields = ['topic', 'title', 'body'] as const;

/** A new recommendation: on one of the assembly's topics (any, when it has none), its title and its text. */
function DraftForm({ slug, assembly, readOnly }: { slug: string; assembly: Assembly; readOnly: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const draft = useDraftRecommendation(slug, assembly.id);
  const [failure, setFailure] = useState<unknown>();
  const [created, setCreated] = useState<{ id: string; title: string }>();
  const blank: Draft = { topic: assembly.topics.length === 1 ? assembly.topics[0] : '', title: '', body: '' };
  const form = useForm<Draft>({ defaultValues: blank });
  const errors = form.formState.errors;
  const required = (value: string) => value.trim() !== '' || t('field.required');

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    setCreated(undefined);
    try {
      const saved = await draft.mutateAsync({
        topic: values.topic.trim(),
        title: values.title.trim(),
        body: values.body.trim(),
      });
      form.reset(blank);
      setCreated({ id: saved.id, title: saved.title });
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, fields)) setFailure(e);
    }
  });

  return (
    <section className="panel" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('draft.title')}</h2>
      <p>{t('draft.lead')}</p>
      <FormProblem errors={errors} error={failure} />
      <p className="success" role="status">
        {created ? (
          <>
            {t('draft.created', { title: created.title })}{' '}
            <Link to={recommendationPath(slug, assembly.id, created.id)}>{t('draft.open')}</Link>
          </>
        ) : null}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="plain" disabled={readOnly}>
          {assembly.topics.length > 0 ? (
            <Field id="draft-topic" label={t('recommendations.topic')} error={errorOf(errors, 'topic')}>
              {(describedBy) => (
                <select
                  id="draft-topic"
                  {...form.register('topic', { validate: (value) => value !== '' || t('draft.chooseTopic') })}
                  aria-invalid={Boolean(errors.topic)}
                  aria-describedby={describedBy}
                >
                  <option value="">{t('draft.topicPlaceholder')}</option>
                  {assembly.topics.map((topic) => (
                    <option key={topic} value={topic}>
                      {topic}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <TextField
              id="draft-topic"
              label={t('recommendations.topic')}
              hint={t('draft.topicHint')}
              error={errorOf(errors, 'topic')}
              maxLength={80}
              registration={form.register('topic', { validate: required })}
            />
          )}
          <TextField
            id="draft-title"
            label={t('recommendations.recommendationTitle')}
            error={errorOf(errors, 'title')}
            maxLength={200}
            registration={form.register('title', { validate: required })}
          />
          <TextAreaField
            id="draft-body"
            label={t('recommendation.text')}
            error={errorOf(errors, 'body')}
            rows={8}
            maxLength={20000}
            registration={form.register('body', { validate: required })}
          />
          <button type="submit" className="button" disabled={draft.isPending}>
            {t('draft.submit')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
