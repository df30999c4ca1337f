import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useParams } from 'react-router-dom';
import { ApiError, isNotFound } from '../api/client';
import { applyFieldProblems } from '../api/problems';
import { useReadOnly } from '../commune/queries';
import { useI18n } from '../i18n';
import { useMyCommune } from '../me/useMe';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, Field, TextField, TextAreaField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { ReadOnlyNotice } from '../ui/ReadOnlyNotice';
import { usePageTitle } from '../ui/usePageTitle';
import { assemblyPath, useMyMandate, useSessions } from './queries';
import { useRecommendation, useRecommendationChanges } from './recommendationQueries';
import { OverdueBadge, StatusBadge } from './Recommendations';
import {
  choices,
  decisions,
  followUpStatuses,
  hasStarted,
  isStaff,
  sessionTimes,
  verdicts,
  type Amendment,
  type Answer,
  type Choice,
  type Decision,
  type FollowUp,
  type FollowUpStatus,
  type Recommendation,
  type SessionKind,
  type Verdict,
  type Vote,
  type VoteResult,
} from './types';

interface Props {
  slug: string;
  recommendation: Recommendation;
  staff: boolean;
  readOnly: boolean;
}

/**
 * One recommendation of an assembly, from draft to follow-up: its text and versions, its amendments, its vote, the
 * commune's answer, the follow-up and the assembly's assessments. Members propose amendments and vote; the staff edit
 * drafts, decide amendments, open and close votes, answer, follow up and record assessments.
 */
export function RecommendationPage() {
  const { slug = '', assembly = '', id = '' } = useParams();
  const { t } = useI18n();
  const commune = useMyCommune(slug);
  const staff = isStaff(commune?.roles);
  const readOnly = useReadOnly(slug);
  const recommendation = useRecommendation(slug, assembly, id);
  usePageTitle(recommendation.data?.title ?? t('recommendations.title'));

  const back = (
    <p>
      <Link to={assemblyPath(slug, assembly)}>{t('session.back')}</Link>
    </p>
  );
  if (isNotFound(recommendation.error)) {
    return (
      <section>
        <h1>{t('recommendations.title')}</h1>
        {back}
        <p className="error" role="alert">
          {t('recommendation.notFound')}
        </p>
      </section>
    );
  }
  const data = recommendation.data;
  const props = data ? { slug, recommendation: data, staff, readOnly } : undefined;
  return (
    <section>
      <h1>{data?.title ?? t('recommendations.title')}</h1>
      {back}
      <ReadOnlyNotice readOnly={staff && readOnly} />
      {recommendation.error ? <ErrorMessage error={recommendation.error} /> : null}
      {!data && !recommendation.error ? <p role="status">{t('common.loading')}</p> : null}
      {props ? (
        <>
          <Facts recommendation={props.recommendation} />
          <Text {...props} />
          <Amendments {...props} />
          <VotePanel {...props} />
          {props.recommendation.status === 'ADOPTED' ? (
            <>
              <AnswerPanel {...props} />
              <FollowUps {...props} />
              <Assessments {...props} />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function Facts({ recommendation }: { recommendation: Recommendation }) {
  const { t, date, number } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('recommendations.status')}</dt>
      <dd>
        <StatusBadge status={recommendation.status} />
      </dd>
      <dt>{t('recommendations.topic')}</dt>
      <dd>{recommendation.topic}</dd>
      <dt>{t('recommendation.version')}</dt>
      <dd>{number(recommendation.version)}</dd>
      <dt>{t('recommendation.drafted')}</dt>
      <dd>
        <time dateTime={recommendation.createdAt}>{date(recommendation.createdAt, 'long')}</time>
      </dd>
      {recommendation.responseDueOn ? (
        <>
          <dt>{t('recommendation.dueOn')}</dt>
          <dd>
            <time dateTime={recommendation.responseDueOn}>{date(recommendation.responseDueOn, 'long')}</time>
            {recommendation.overdue ? (
              <>
                {' '}
                <OverdueBadge />
              </>
            ) : null}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** The text as it stands, its earlier versions (folded), and for the staff, editing a draft. */
function Text({ slug, recommendation, staff, readOnly }: Props) {
  const { t, dateTime, plural } = useI18n();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const [refusal, setRefusal] = useState<unknown>();
  const earlier = [...recommendation.versions].sort((a, b) => b.version - a.version);
  return (
    <section aria-labelledby="text-heading">
      <h2 id="text-heading">{t('recommendation.textVersion', { version: recommendation.version })}</h2>
      <div className="recommendation-text">{recommendation.body}</div>
      {refusal ? <ErrorMessage error={refusal} /> : null}
      <p className="success" role="status">
        {message}
      </p>
      {staff && recommendation.status === 'DRAFT' ? (
        editing ? (
          <EditForm
            slug={slug}
            recommendation={recommendation}
            readOnly={readOnly}
            onDone={(version) => {
              setEditing(false);
              setMessage(t('recommendation.edited', { version }));
            }}
            onRefused={(e) => {
              setEditing(false);
              setRefusal(e);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button secondary"
              disabled={readOnly}
              onClick={() => {
                setMessage('');
                setRefusal(undefined);
                setEditing(true);
              }}
            >
              {t('recommendation.edit')}
            </button>
          </p>
        )
      ) : null}
      {earlier.length > 0 ? (
        <details className="history-details">
          <summary>{plural('recommendation.history', earlier.length)}</summary>
          <ol className="history" reversed>
            {earlier.map((version) => (
              <li key={version.version}>
                <h3>
                  {t('recommendation.versionOf', {
                    version: version.version,
                    at: dateTime(version.changedAt),
                  })}
                </h3>
                <p>
                  <strong>{version.title}</strong>
                  {version.amendmentId ? ` (${t('recommendation.fromAmendment')})` : ''}
                </p>
                <div className="recommendation-text">{version.body}</div>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

/**
 * A draft's new text, against the version read: if someone changed it meanwhile (or put it to the vote), the form
 * closes (onRefused) and the page shows the text as it is now, to start again from.
 */
function EditForm({
  slug,
  recommendation,
  readOnly,
  onDone,
  onRefused,
  onCancel,
}: {
  slug: string;
  recommendation: Recommendation;
  readOnly: boolean;
  onDone: (version: number) => void;
  onRefused: (error: unknown) => void;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { edit } = useRecommendationChanges(slug, recommendation.assemblyId, recommendation.id);
  const [failure, setFailure] = useState<unknown>();
  const form = useForm({ defaultValues: { title: recommendation.title, body: recommendation.body } });
  const errors = form.formState.errors;
  const required = (value: string) => value.trim() !== '' || t('field.required');
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const saved = await edit.mutateAsync({
        title: values.title.trim(),
        body: values.body.trim(),
        editing: recommendation.version,
      });
      onDone(saved.version);
    } catch (e) {
      if (e instanceof ApiError && (e.type === 'recommendation-changed' || e.type === 'recommendation-not-draft')) {
        onRefused(e);
      } else if (!applyFieldProblems(i18n, e, form.setError, ['title', 'body'])) setFailure(e);
    }
  });
  return (
    <form className="form staff" onSubmit={submit} noValidate aria-labelledby="edit-heading">
      <h3 id="edit-heading">{t('recommendation.editTitle', { version: recommendation.version })}</h3>
      <FormProblem errors={errors} error={failure} />
      <fieldset className="plain" disabled={readOnly}>
        <TextField
          id="edit-title"
          label={t('recommendations.recommendationTitle')}
          error={errorOf(errors, 'title')}
          maxLength={200}
          registration={form.register('title', { validate: required })}
        />
        <TextAreaField
          id="edit-body"
          label={t('recommendation.text')}
          error={errorOf(errors, 'body')}
          rows={10}
          maxLength={20000}
          registration={form.register('body', { validate: required })}
        />
        <p className="actions">
          <button type="submit" className="button" disabled={edit.isPending}>
            {t('recommendation.saveVersion')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
        </p>
      </fieldset>
    </form>
  );
}

/** The amendments and what became of them; on a draft, proposing one, and for the staff, deciding them. */
function Amendments({ slug, recommendation, staff, readOnly }: Props) {
  const { t, word, dateTime } = useI18n();
  const { decide } = useRecommendationChanges(slug, recommendation.assemblyId, recommendation.id);
  const [deciding, setDeciding] = useState<{ amendment: Amendment; incorporate: boolean }>();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const draft = recommendation.status === 'DRAFT';
  // Only staff and the members who hold a seat propose amendments.
  const seated = Boolean(useMyMandate(slug, recommendation.assemblyId, draft && !staff).data?.id);

  const confirm = async () => {
    if (!deciding) return;
    setFailure(undefined);
    try {
      await decide.mutateAsync({
        amendment: deciding.amendment.id,
        incorporate: deciding.incorporate,
        note: note.trim() || undefined,
      });
      setMessage(t(deciding.incorporate ? 'amendments.incorporated' : 'amendments.declined'));
    } catch (e) {
      setFailure(e);
    } finally {
      setDeciding(undefined);
    }
  };

  return (
    <section aria-labelledby="amendments-heading">
      <h2 id="amendments-heading">{t('amendments.title')}</h2>
      {failure ? <ErrorMessage error={failure} /> : null}
      <p className="success" role="status">
        {message}
      </p>
      {recommendation.amendments.length === 0 ? (
        <p className="empty">{t('amendments.empty')}</p>
      ) : (
        <ul className="item-list">
          {recommendation.amendments.map((amendment) => (
            <li key={amendment.id}>
              <h3>
                {t('amendments.by', {
                  name: amendment.proposerName,
                  at: dateTime(amendment.proposedAt),
                  version: amendment.onVersion,
                })}
              </h3>
              <p>
                <span className={`badge amendment-${amendment.status.toLowerCase()}`}>
                  {word('amendmentStatus', amendment.status)}
                </span>
                {amendment.yours ? ` ${t('amendments.yours')}` : ''}
              </p>
              <div className="recommendation-text">{amendment.body}</div>
              <p>{t('common.labelValue', { label: t('amendments.rationale'), value: amendment.rationale })}</p>
              {amendment.decisionNote ? (
                <p>{t('common.labelValue', { label: t('amendments.note'), value: amendment.decisionNote })}</p>
              ) : null}
              {staff && draft && amendment.status === 'PROPOSED' ? (
                <p className="actions">
                  <button
                    type="button"
                    className="button small"
                    disabled={readOnly}
                    onClick={() => {
                      setMessage('');
                      setNote('');
                      setDeciding({ amendment, incorporate: true });
                    }}
                  >
                    {t('amendments.incorporate')}
                  </button>
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={readOnly}
                    onClick={() => {
                      setMessage('');
                      setNote('');
                      setDeciding({ amendment, incorporate: false });
                    }}
                  >
                    {t('amendments.decline')}
                  </button>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {draft && (staff || seated) ? (
        <AmendmentForm slug={slug} recommendation={recommendation} readOnly={readOnly} />
      ) : draft ? (
        <p className="notice">{t('propose.membersOnly')}</p>
      ) : null}
      {deciding ? (
        <ConfirmDialog
          title={t(deciding.incorporate ? 'amendments.incorporateTitle' : 'amendments.declineTitle', {
            name: deciding.amendment.proposerName,
          })}
          busy={decide.isPending}
          onConfirm={() => void confirm()}
          onCancel={() => setDeciding(undefined)}
        >
          <p>{t(deciding.incorporate ? 'amendments.incorporateExplain' : 'amendments.declineExplain')}</p>
          <div className="field">
            <label htmlFor="decision-note">{t('amendments.noteOptional')}</label>
            <textarea
              id="decision-note"
              rows={3}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** An amendment to the current version: the text proposed instead, and why. */
function AmendmentForm({
  slug,
  recommendation,
  readOnly,
}: {
  slug: string;
  recommendation: Recommendation;
  readOnly: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { amend } = useRecommendationChanges(slug, recommendation.assemblyId, recommendation.id);
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState('');
  const blank = { body: '', rationale: '' };
  const form = useForm({ defaultValues: blank });
  const errors = form.formState.errors;
  const required = (value: string) => value.trim() !== '' || t('field.required');
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    setMessage('');
    try {
      await amend.mutateAsync({
        body: values.body.trim(),
        rationale: values.rationale.trim(),
        onVersion: recommendation.version,
      });
      form.reset(blank);
      setMessage(t('amendments.proposed'));
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, ['body', 'rationale'])) setFailure(e);
    }
  });
  return (
    <section className="panel" aria-labelledby="amendment-form-heading">
      <h3 id="amendment-form-heading">{t('amendments.propose')}</h3>
      <p>{t('amendments.proposeLead', { version: recommendation.version })}</p>
      <FormProblem errors={errors} error={failure} />
      <p className="success" role="status">
        {message}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="plain" disabled={readOnly}>
          <TextAreaField
            id="amendment-body"
            label={t('amendments.body')}
            error={errorOf(errors, 'body')}
            rows={8}
            maxLength={20000}
            registration={form.register('body', { validate: required })}
          />
          <TextAreaField
            id="amendment-rationale"
            label={t('amendments.rationale')}
            error={errorOf(errors, 'rationale')}
            rows={3}
            maxLength={2000}
            registration={form.register('rationale', { validate: required })}
          />
          <button type="submit" className="button" disabled={amend.isPending}>
            {t('amendments.submit')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}

/** The assembly's sessions of a kind that have started: where a vote opens, or an assessment is recorded. */
function useStartedSessions(slug: string, assembly: string, kind: SessionKind) {
  const sessions = useSessions(slug, assembly);
  return { ...sessions, data: sessions.data?.filter((s) => s.kind === kind && hasStarted(s)) };
}

/** A vote's result once closed: the counts, the quorum, and whether it was adopted. */
export function ResultFacts({ result }: { result: VoteResult }) {
  const { t, number } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('vote.for')}</dt>
      <dd>{number(result.tally.votesFor)}</dd>
      <dt>{t('vote.against')}</dt>
      <dd>{number(result.tally.votesAgainst)}</dd>
      <dt>{t('vote.abstentions')}</dt>
      <dd>{number(result.tally.abstentions)}</dd>
      <dt>{t('vote.seated')}</dt>
      <dd>{number(result.seated)}</dd>
      <dt>{t('vote.quorum')}</dt>
      <dd>{t(result.quorumMet ? 'vote.quorumMet' : 'vote.quorumNotMet', { needed: result.quorumNeeded })}</dd>
      <dt>{t('vote.outcome')}</dt>
      <dd>
        <strong>{t(result.adopted ? 'vote.adopted' : 'vote.notAdopted')}</strong>
      </dd>
    </dl>
  );
}

/** The vote: opening it (staff), the ballot (members present), the count while open, the result once closed. */
function VotePanel({ slug, recommendation, staff, readOnly }: Props) {
  const { t, word, dateTime, plural } = useI18n();
  const vote = recommendation.vote;
  if (!vote && !(staff && recommendation.status === 'DRAFT')) return null;
  return (
    <section aria-labelledby="vote-heading">
      <h2 id="vote-heading">{t('vote.title')}</h2>
      {vote ? (
        <>
          <p>
            {t('vote.rule', {
              secrecy: word('secrecy', vote.secrecy),
              quorum: vote.quorumPercent,
              threshold: word('threshold', vote.threshold),
            })}
          </p>
          {vote.closedAt ? (
            <>
              <p>{t('vote.closedOn', { date: dateTime(vote.closedAt) })}</p>
              {vote.result ? <ResultFacts result={vote.result} /> : null}
            </>
          ) : (
            <>
              <p>{t('vote.openSince', { date: dateTime(vote.openedAt) })}</p>
              <p role="status">{plural('vote.ballots', vote.ballots)}</p>
            </>
          )}
          {vote.youVoted ? (
            <p className="notice">
              {vote.yourChoice
                ? t('vote.youVotedChoice', { choice: word('choice', vote.yourChoice) })
                : t('vote.youVoted')}
            </p>
          ) : null}
          {vote.youMayVote && !vote.closedAt ? (
            <Ballot slug={slug} recommendation={recommendation} readOnly={readOnly} />
          ) : null}
          {staff ? <StaffVote slug={slug} recommendation={recommendation} vote={vote} readOnly={readOnly} /> : null}
        </>
      ) : (
        <OpenVote slug={slug} recommendation={recommendation} readOnly={readOnly} />
      )}
    </section>
  );
}

/** Staff put a draft to the vote at one of the assembly's vote sessions that has started. */
function OpenVote({
  slug,
  recommendation,
  readOnly,
}: {
  slug: string;
  recommendation: Recommendation;
  readOnly: boolean;
}) {
  const { t, language } = useI18n();
  const sessions = useStartedSessions(slug, recommendation.assemblyId, 'VOTE');
  const { openVote } = useRecommendationChanges(slug, recommendation.assemblyId, recommendation.id);
  const [session, setSession] = useState('');
  const [error, setError] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const open = async () => {
    setFailure(undefined);
    if (!session) {
      setError(t('vote.chooseSession'));
      return;
    }
    setError('');
    try {
      await openVote.mutateAsync(session);
    } catch (e) {
      setFailure(e);
    }
  };
  if (sessions.error) return <ErrorMessage error={sessions.error} />;
  if (!sessions.data) return <p role="status">{t('common.loading')}</p>;
  if (sessions.data.length === 0) return <p className="notice">{t('vote.noSession')}</p>;
  return (
    <div className="staff">
      <p>{t('vote.openLead')}</p>
      {failure ? <ErrorMessage error={failure} /> : null}
      <div className="field">
        <label htmlFor="vote-session">{t('vote.session')}</label>
        <select
          id="vote-session"
          value={session}
          disabled={readOnly}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'vote-session-error' : undefined}
          onChange={(e) => setSession(e.target.value)}
        >
          <option value="">{t('vote.sessionPlaceholder')}</option>
          {sessions.data.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.title} — ${sessionTimes(language, s)}`}
            </option>
          ))}
        </select>
        {error ? (
          <p id="vote-session-error" className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <p>
        <button type="button" className="button" disabled={readOnly || openVote.isPending} onClick={() => void open()}>
          {t('vote.open')}
        </button>
      </p>
    </div>
  );
}

/** A member present at the vote session votes, once, after confirming. */
function Ballot({
  slug,
  recommendation,
  readOnly,
}: {
  slug: string;
  recommendation: Recommendation;
  readOnly: boolean;
}) {
  const { t, word } = useI18n();
  const { cast } = useRecommendationChanges(slug, recommendation.assemblyId, recommendation.id);
  const [choice, setChoice] = useState<Choice>();
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState('');
  const confirm = async () => {
    if (!choice) return;
    setFailure(undefined);
    try {
      await cast.mutateAsync(choice);
      setMessage(t('vote.cast', { choice: word('choice', choice) }));
    } catch (e) {
      setFailure(e);
    } finally {
      setChoice(undefined);
    }
  };
  return (
    <div className="panel">
      <h3>{t('vote.yourBallot')}</h3>
      <p>{t('vote.ballotLead')}</p>
      {failure ? <ErrorMessage error={failure} /> : null}
      <p className="success" role="status">
        {message}
      </p>
      <p className="actions">
        {choices.map((code) => (
          <button
            key={code}
            type="button"
            className={code === 'FOR' ? 'button' : 'button secondary'}
            disabled={readOnly || cast.isPending}
            onClick={() => {
              setMessage('');
              setChoice(code);
            }}
          >
            {t(`vote.choose.${code}`)}
          </button>
        ))}
      </p>
      {choice ? (
        <ConfirmDialog
          title={t('vote.confirmTitle', { choice: word('choice', choice) })}
          busy={cast.isPending}
          onConfirm={() => void confirm()}
          onCancel={() => setChoice(undefined)}
        >
          <p>{t('vote.confirmExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** Staff close an open vote after confirming, and see who voted (and how, in a named vote). */
function StaffVote({
  slug,
  recommendation,
  vote,
  readOnly,
}: {
  slug: string;
  recommendation: Recommendation;
  vote: Vote;
  readOnly: boolean;
}) {
  const { t, word } = useI18n();
  const { closeVote } = useRecommendationChanges(slug, recommendation.assemblyId, recommendation.id);
  const [closing, setClosing] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const close = async () => {
    setFailure(undefined);
    try {
      await closeVote.mutateAsync(undefined);
    } catch (e) {
      setFailure(e);
    } finally {
      setClosing(false);
    }
  };
  return (
    <div className="staff">
      {failure ? <ErrorMessage error={failure} /> : null}
      <h3>{t('vote.voters')}</h3>
      {vote.voters.length === 0 ? (
        <p className="empty">{t('vote.noVoters')}</p>
      ) : (
        <ul>
          {vote.voters.map((voter, index) => (
            <li key={index}>
              {voter.choice
                ? t('vote.voterChoice', { name: voter.name, choice: word('choice', voter.choice) })
                : voter.name}
            </li>
          ))}
        </ul>
      )}
      {!vote.closedAt ? (
        <p>
          <button type="button" className="button" disabled={readOnly} onClick={() => setClosing(true)}>
            {t('vote.close')}
          </button>
        </p>
      ) : null}
      {closing ? (
        <ConfirmDialog
          title={t('vote.closeTitle')}
          busy={closeVote.isPending}
          onConfirm={() => void close()}
          onCancel={() => setClosing(false)}
        >
          <p>{t('vote.closeExplain', { ballots: vote.ballots })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** The commune's answer as published: the decision, why, when, and whether it came late. */
export function AnswerFacts({ answer }: { answer: Answer }) {
  const { t, word, date } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('answer.decision')}</dt>
      <dd>
        <strong>{word('decision', answer.decision)}</strong>
      </dd>
      {answer.justification ? (
        <>
          <dt>{t('answer.justification')}</dt>
          <dd className="recommendation-text">{answer.justification}</dd>
        </>
      ) : null}
      <dt>{t('answer.published')}</dt>
      <dd>
        <time dateTime={answer.publishedAt}>{date(answer.publishedAt, 'long')}</time>
        {answer.late ? (
          <>
            {' '}
            <span className="badge warning">{t('answer.late')}</span>
          </>
        ) : null}
      </dd>
    </dl>
  );
}

/** The commune's answer; until there is one, the staff publish it (justified unless accepted whole). */
function AnswerPanel({ slug, recommendation, staff, readOnly }: Props) {
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('answer.title')}</h2>
      {recommendation.answer ? (
        <AnswerFacts answer={recommendation.answer} />
      ) : (
        <>
          <p>
            {recommendation.responseDueOn
              ? t('answer.awaited', { date: date(recommendation.responseDueOn, 'long') })
              : t('answer.none')}
            {recommendation.overdue ? (
              <>
                {' '}
                <OverdueBadge />
              </>
            ) : null}
          </p>
          {staff ? <AnswerForm slug={slug} recommendation={recommendation} readOnly={readOnly} /> : null}
        </>
      )}
    </section>
  );
}

interface AnswerDraft {
  decision: Decision | '';
  justification: string;
}

function AnswerForm({
  slug,
  recommendation,
  readOnly,
}: {
  slug: string;
  recommendation: Recommendation;
  readOnly: boolean;
}) {
  const i18n = useI18n();
  const { t, word } = i18n;
  const { answer } = useRecommendationChanges(slug, recommendation.assemblyId, recommendation.id);
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<AnswerDraft>({ defaultValues: { decision: '', justification: '' } });
  const errors = form.formState.errors;
  const decision = useWatch({ control: form.control, name: 'decision' });
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await answer.mutateAsync({
        decision: values.decision as Decision,
        justification: values.justification.trim() || undefined,
      });
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, ['decision', 'justification'])) setFailure(e);
    }
  });
  return (
    <form className="form staff" onSubmit={submit} noValidate aria-labelledby="answer-form-heading">
      <h3 id="answer-form-heading">{t('answer.formTitle')}</h3>
      <p className="hint">{t('answer.formLead')}</p>
      <FormProblem errors={errors} error={failure} />
      <fieldset className="plain" disabled={readOnly}>
        <fieldset
          className="field"
          aria-invalid={Boolean(errors.decision)}
          aria-describedby={errors.decision ? 'answer-decision-error' : undefined}
        >
          <legend>{t('answer.decision')}</legend>
          <div className="choices stacked">
            {decisions.map((code) => (
              <label key={code} className="choice">
                <input
                  type="radio"
                  value={code}
                  {...form.register('decision', { validate: (value) => value !== '' || t('answer.chooseDecision') })}
                />
                {word('decision', code)}
              </label>
            ))}
          </div>
          {errors.decision ? (
            <p id="answer-decision-error" className="field-error">
              {errors.decision.message}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField
          id="answer-justification"
          label={t(decision === 'ACCEPTED' ? 'answer.justificationOptional' : 'answer.justification')}
          hint={t('answer.justificationHint')}
          error={errorOf(errors, 'justification')}
          rows={6}
          maxLength={10000}
          registration={form.register('justification', {
            validate: (value, values) =>
              values.decision === 'ACCEPTED' || value.trim() !== '' || t('answer.justificationRequired'),
          })}
        />
        <button type="submit" className="button" disabled={answer.isPending}>
          {t('answer.submit')}
        </button>
      </fieldset>
    </form>
  );
}

/** The follow-up's steps, oldest first, as a timeline. */
export function FollowUpTimeline({ followUps }: { followUps: FollowUp[] }) {
  const { t, word, date } = useI18n();
  if (followUps.length === 0) return <p className="empty">{t('followUps.empty')}</p>;
  return (
    <ol className="timeline">
      {followUps.map((step) => (
        <li key={step.id}>
          <p>
            <time dateTime={step.on}>
              <strong>{date(step.on, 'long')}</strong>
            </time>{' '}
            —{' '}
            {t('recommendation.progressText', { status: word('followUpStatus', step.status), progress: step.progress })}
          </p>
          <progress max={100} value={step.progress} aria-label={t('followUps.progressOf', { date: date(step.on) })}>
            {`${step.progress} %`}
          </progress>
          <p>{t('common.labelValue', { label: t('followUps.department'), value: step.department })}</p>
          <p className="recommendation-text">{step.note}</p>
        </li>
      ))}
    </ol>
  );
}

/** The follow-up of what the commune accepted: its timeline, and the staff's form for another step. */
function FollowUps({ slug, recommendation, staff, readOnly }: Props) {
  const { t } = useI18n();
  const answer = recommendation.answer;
  if (!answer || answer.decision === 'REJECTED') return null;
  return (
    <section aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">{t('followUps.title')}</h2>
      <FollowUpTimeline followUps={recommendation.followUps} />
      {staff ? <FollowUpForm slug={slug} recommendation={recommendation} readOnly={readOnly} /> : null}
    </section>
  );
}

interface FollowUpDraft {
  status: FollowUpStatus;
  progress: string;
  note: string;
  on: string;
  department: string;
}

/** Today as the reader's calendar shows it (2027-03-04). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function FollowUpForm({
  slug,
  recommendation,
  readOnly,
}: {
  slug: string;
  recommendation: Recommendation;
  readOnly: boolean;
}) {
  const i18n = useI18n();
  const { t, word } = i18n;
  const { followUp } = useRecommendationChanges(slug, recommendation.assemblyId, recommendation.id);
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState('');
  const latest = recommendation.followUps.at(-1);
  const blank = (): FollowUpDraft => ({
    status: latest?.status ?? 'PLANNED',
    progress: String(latest?.progress ?? 0),
    note: '',
    on: today(),
    department: latest?.department ?? '',
  });
  const form = useForm<FollowUpDraft>({ defaultValues: blank() });
  const errors = form.formState.errors;
  const required = (value: string) => value.trim() !== '' || t('field.required');
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    setMessage('');
    try {
      await followUp.mutateAsync({
        status: values.status,
        progress: Number(values.progress),
        note: values.note.trim(),
        on: values.on,
        department: values.department.trim(),
      });
      form.reset({ ...values, note: '' });
      setMessage(t('followUps.recorded'));
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, ['status', 'progress', 'note', 'on', 'department'])) {
        setFailure(e);
      }
    }
  });
  return (
    <section className="panel" aria-labelledby="follow-up-form-heading">
      <h3 id="follow-up-form-heading">{t('followUps.formTitle')}</h3>
      <FormProblem errors={errors} error={failure} />
      <p className="success" role="status">
        {message}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="plain" disabled={readOnly}>
          <Field id="follow-up-status" label={t('followUps.status')} error={errorOf(errors, 'status')}>
            {(describedBy) => (
              <select id="follow-up-status" {...form.register('status')} aria-describedby={describedBy}>
                {followUpStatuses.map((code) => (
                  <option key={code} value={code}>
                    {word('followUpStatus', code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            id="follow-up-progress"
            label={t('followUps.progress')}
            hint={t('followUps.progressHint')}
            error={errorOf(errors, 'progress')}
            type="number"
            min={0}
            max={100}
            registration={form.register('progress', {
              validate: (value, values) => {
                const n = Number(value);
                if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 100)
                  return t('followUps.progressRange');
                return values.status !== 'DONE' || n === 100 || t('followUps.doneIs100');
              },
            })}
          />
          <TextField
            id="follow-up-on"
            label={t('followUps.on')}
            error={errorOf(errors, 'on')}
            type="date"
            max={today()}
            registration={form.register('on', {
              validate: (value) =>
                value === '' ? t('field.required') : value <= today() || t('followUps.notInFuture'),
            })}
          />
          <TextField
            id="follow-up-department"
            label={t('followUps.department')}
            error={errorOf(errors, 'department')}
            maxLength={200}
            registration={form.register('department', { validate: required })}
          />
          <TextAreaField
            id="follow-up-note"
            label={t('followUps.note')}
            error={errorOf(errors, 'note')}
            rows={4}
            maxLength={2000}
            registration={form.register('note', { validate: required })}
          />
          <button type="submit" className="button" disabled={followUp.isPending}>
            {t('followUps.submit')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}

/** The assembly's assessments at its follow-up reviews; the staff record one at a review session that started. */
function Assessments({ slug, recommendation, staff, readOnly }: Props) {
  const { t, word, dateTime } = useI18n();
  if (!recommendation.answer) return null;
  return (
    <section aria-labelledby="assessments-heading">
      <h2 id="assessments-heading">{t('assessments.title')}</h2>
      {recommendation.assessments.length === 0 ? (
        <p className="empty">{t('assessments.empty')}</p>
      ) : (
        <ul className="item-list">
          {recommendation.assessments.map((assessment) => (
            <li key={`${assessment.sessionId}-${assessment.recordedAt}`}>
              <p>
                <strong>{word('verdict', assessment.verdict)}</strong> —{' '}
                <time dateTime={assessment.recordedAt}>{dateTime(assessment.recordedAt)}</time>
              </p>
              <p className="recommendation-text">{assessment.comment}</p>
            </li>
          ))}
        </ul>
      )}
      {staff ? <AssessmentForm slug={slug} recommendation={recommendation} readOnly={readOnly} /> : null}
    </section>
  );
}

interface AssessmentDraft {
  sessionId: string;
  verdict: Verdict;
  comment: string;
}

function AssessmentForm({
  slug,
  recommendation,
  readOnly,
}: {
  slug: string;
  recommendation: Recommendation;
  readOnly: boolean;
}) {
  const i18n = useI18n();
  const { t, word, language } = i18n;
  const sessions = useStartedSessions(slug, recommendation.assemblyId, 'FOLLOW_UP_REVIEW');
  const { assess } = useRecommendationChanges(slug, recommendation.assemblyId, recommendation.id);
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState('');
  const blank: AssessmentDraft = { sessionId: '', verdict: 'SATISFIED', comment: '' };
  const form = useForm<AssessmentDraft>({ defaultValues: blank });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    setMessage('');
    try {
      await assess.mutateAsync({
        sessionId: values.sessionId,
        verdict: values.verdict,
        comment: values.comment.trim(),
      });
      form.reset(blank);
      setMessage(t('assessments.recorded'));
    } catch (e) {
      if (e instanceof ApiError && e.type === 'session-not-started') setFailure(e);
      else if (!applyFieldProblems(i18n, e, form.setError, ['sessionId', 'verdict', 'comment'])) setFailure(e);
    }
  });
  return (
    <section className="panel" aria-labelledby="assessment-form-heading">
      <h3 id="assessment-form-heading">{t('assessments.formTitle')}</h3>
      {sessions.error ? <ErrorMessage error={sessions.error} /> : null}
      {sessions.data && sessions.data.length === 0 ? (
        <p className="notice">{t('assessments.noSession')}</p>
      ) : (
        <>
          <FormProblem errors={errors} error={failure} />
          <p className="success" role="status">
            {message}
          </p>
          <form className="form" onSubmit={submit} noValidate>
            <fieldset className="plain" disabled={readOnly}>
              <Field id="assessment-session" label={t('assessments.session')} error={errorOf(errors, 'sessionId')}>
                {(describedBy) => (
                  <select
                    id="assessment-session"
                    {...form.register('sessionId', {
                      validate: (value) => value !== '' || t('vote.chooseSession'),
                    })}
                    aria-invalid={Boolean(errors.sessionId)}
                    aria-describedby={describedBy}
                  >
                    <option value="">{t('vote.sessionPlaceholder')}</option>
                    {(sessions.data ?? []).map((s) => (
                      <option key={s.id} value={s.id}>
                        {`${s.title} — ${sessionTimes(language, s)}`}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id="assessment-verdict" label={t('assessments.verdict')} error={errorOf(errors, 'verdict')}>
                {(describedBy) => (
                  <select id="assessment-verdict" {...form.register('verdict')} aria-describedby={describedBy}>
                    {verdicts.map((code) => (
                      <option key={code} value={code}>
                        {word('verdict', code)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <TextAreaField
                id="assessment-comment"
                label={t('assessments.comment')}
                error={errorOf(errors, 'comment')}
                rows={4}
                maxLength={2000}
                registration={form.register('comment', {
                  validate: (value) => value.trim() !== '' || t('field.required'),
                })}
              />
              <button type="submit" className="button" disabled={assess.isPending}>
                {t('assessments.submit')}
              </button>
            </fieldset>
          </form>
        </>
      )}
    </section>
  );
}
