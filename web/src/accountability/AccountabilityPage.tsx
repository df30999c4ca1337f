import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { isNotFound } from '../api/client';
import { AnswerFacts, FollowUpTimeline, ResultFacts } from '../assembly/RecommendationPage';
import { OverdueBadge } from '../assembly/Recommendations';
import {
  useFollow,
  useFollowing,
  accountabilityPath,
  openDataPaths,
  usePublicRecommendation,
  usePublicRecommendations,
  usePublicTopics,
  type PublicFilter,
} from '../assembly/recommendationQueries';
import { answerStates, type AnswerState, type PublicRecommendation } from '../assembly/types';
import { useSession } from '../auth/session';
import { usePublicCommune } from '../directory/CommuneAboutPage';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Pager } from '../ui/Pager';
import { usePageTitle } from '../ui/usePageTitle';

const PAGE_SIZE = 20;

/** The filter as the page's address holds it, so that a filtered list can be shared. */
function filterOf(search: URLSearchParams): PublicFilter {
  const answer = search.get('answer') ?? '';
  return {
    topic: search.get('topic') ?? '',
    answer: (answerStates as readonly string[]).includes(answer) ? (answer as AnswerState) : '',
    overdue: search.get('overdue') === 'true',
    q: search.get('q') ?? '',
  };
}

/** The vote's score in a line: "14 for, 3 against, 2 abstentions". */
function useScore() {
  const { t } = useI18n();
  return (recommendation: PublicRecommendation) =>
    t('accountability.score', {
      for: recommendation.result.tally.votesFor,
      against: recommendation.result.tally.votesAgainst,
      abstentions: recommendation.result.tally.abstentions,
    });
}

/**
 * The commune's public account of its assemblies' adopted recommendations, signed out: filtered by topic, answer,
 * lateness and words, a page at a time, each with its vote, the commune's answer and the latest follow-up; and the
 * open data to download.
 */
export function AccountabilityPage() {
  const { slug = '' } = useParams();
  const { t, word, plural } = useI18n();
  const commune = usePublicCommune(slug);
  const name = commune.data?.name ?? slug;
  usePageTitle(t('accountability.title', { name }));
  const [search, setSearch] = useSearchParams();
  const filter = filterOf(search);
  const page = Math.max(0, Number(search.get('page') ?? 0) || 0);
  const [words, setWords] = useState(filter.q);
  const topics = usePublicTopics(slug);
  const recommendations = usePublicRecommendations(slug, filter, page, PAGE_SIZE);

  const change = (next: Partial<PublicFilter> & { page?: number }) => {
    const merged = { ...filter, page: 0, ...next };
    const params = new URLSearchParams();
    if (merged.topic) params.set('topic', merged.topic);
    if (merged.answer) params.set('answer', merged.answer);
    if (merged.overdue) params.set('overdue', 'true');
    if (merged.q.trim()) params.set('q', merged.q.trim());
    if (merged.page > 0) params.set('page', String(merged.page));
    setSearch(params);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change({ q: words });
  };

  if (isNotFound(commune.error)) {
    return (
      <section>
        <h1>{slug}</h1>
        <p className="error" role="alert">
          {t('commune.notFound')}
        </p>
        <p>
          <Link to="/directory">{t('about.back')}</Link>
        </p>
      </section>
    );
  }
  const data = recommendations.data;
  const links = openDataPaths(slug);
  return (
    <section>
      <h1>{t('accountability.title', { name })}</h1>
      <p>
        <Link to={`/communes/${slug}/about`}>{t('accountability.aboutLink', { name })}</Link>
      </p>
      <p className="lead">{t('accountability.lead')}</p>
      <form className="form search-form" role="search" onSubmit={submit} aria-label={t('accountability.filters')}>
        <div className="field">
          <label htmlFor="accountability-topic">{t('recommendations.topic')}</label>
          <select id="accountability-topic" value={filter.topic} onChange={(e) => change({ topic: e.target.value })}>
            <option value="">{t('accountability.allTopics')}</option>
            {(topics.data ?? []).map((topic) => (
              <option key={topic} value={topic}>
                {topic}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="accountability-answer">{t('accountability.answerState')}</label>
          <select
            id="accountability-answer"
            value={filter.answer}
            onChange={(e) => change({ answer: e.target.value as AnswerState | '' })}
          >
            <option value="">{t('accountability.allAnswers')}</option>
            {answerStates.map((state) => (
              <option key={state} value={state}>
                {word('answerState', state)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="choice">
            <input type="checkbox" checked={filter.overdue} onChange={(e) => change({ overdue: e.target.checked })} />
            {t('accountability.overdueOnly')}
          </label>
        </div>
        <div className="field">
          <label htmlFor="accountability-q">{t('accountability.search')}</label>
          <input
            id="accountability-q"
            type="search"
            maxLength={100}
            value={words}
            onChange={(e) => setWords(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('accountability.searchSubmit')}
        </button>
      </form>
      {recommendations.error ? <ErrorMessage error={recommendations.error} /> : null}
      {!data && !recommendations.error ? <p role="status">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <p role="status">{plural('accountability.found', data.total)}</p>
          {data.items.length === 0 ? (
            <p className="empty">{t('accountability.empty')}</p>
          ) : (
            <ul className="cards accountability-list">
              {data.items.map((recommendation) => (
                <PublicCard key={recommendation.id} slug={slug} recommendation={recommendation} />
              ))}
            </ul>
          )}
          {data.total > data.size ? (
            <Pager page={data.page} size={data.size} total={data.total} onPage={(next) => change({ page: next })} />
          ) : null}
        </>
      ) : null}
      <OpenData links={links} />
    </section>
  );
}

/** One adopted recommendation in the list: what it asks, its vote, the commune's answer and where the work stands. */
function PublicCard({ slug, recommendation }: { slug: string; recommendation: PublicRecommendation }) {
  const { t, word, date } = useI18n();
  const score = useScore();
  const latest = recommendation.followUps.at(-1);
  return (
    <li className="card">
      <h2>
        <Link to={accountabilityPath(slug, recommendation.id)}>{recommendation.title}</Link>
      </h2>
      {recommendation.overdue ? (
        <p>
          <OverdueBadge />
        </p>
      ) : null}
      <dl className="detail">
        <div>
          <dt>{t('accountability.assembly')}</dt>
          <dd>{recommendation.assembly}</dd>
        </div>
        <div>
          <dt>{t('recommendations.topic')}</dt>
          <dd>{recommendation.topic}</dd>
        </div>
        <div>
          <dt>{t('accountability.adoptedOn')}</dt>
          <dd>
            <time dateTime={recommendation.adoptedOn}>{date(recommendation.adoptedOn, 'long')}</time>
          </dd>
        </div>
        <div>
          <dt>{t('accountability.vote')}</dt>
          <dd>{score(recommendation)}</dd>
        </div>
        <div>
          <dt>{t('answer.decision')}</dt>
          <dd>
            {recommendation.answer
              ? word('decision', recommendation.answer.decision)
              : t('accountability.unansweredDue', { date: date(recommendation.responseDueOn, 'long') })}
          </dd>
        </div>
        {recommendation.answer?.justification ? (
          <div>
            <dt>{t('answer.justification')}</dt>
            <dd>{recommendation.answer.justification}</dd>
          </div>
        ) : null}
        {latest ? (
          <div>
            <dt>{t('followUps.title')}</dt>
            <dd>
              {t('recommendation.progressText', {
                status: word('followUpStatus', latest.status),
                progress: latest.progress,
              })}
            </dd>
          </div>
        ) : null}
        {recommendation.assessment ? (
          <div>
            <dt>{t('accountability.assessment')}</dt>
            <dd>{word('verdict', recommendation.assessment.verdict)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

/** The open data: every adopted recommendation as CSV or JSON, and the dictionary of its columns. */
function OpenData({ links }: { links: ReturnType<typeof openDataPaths> }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">{t('accountability.openData')}</h2>
      <p>{t('accountability.openDataLead')}</p>
      <ul className="links">
        <li>
          <a href={links.csv} download>
            {t('accountability.csv')}
          </a>
        </li>
        <li>
          <a href={links.json}>{t('accountability.json')}</a>
        </li>
        <li>
          <a href={links.dictionary}>{t('accountability.dictionary')}</a>
        </li>
      </ul>
    </section>
  );
}

/** One adopted recommendation at its stable address, signed out: its text, vote, answer, follow-up and assessment. */
export function PublicRecommendationPage() {
  const { slug = '', id = '' } = useParams();
  const { t, word, date, dateTime } = useI18n();
  const recommendation = usePublicRecommendation(slug, id);
  const data = recommendation.data;
  usePageTitle(data?.title ?? t('accountability.title', { name: slug }));
  const back = (
    <p>
      <Link to={accountabilityPath(slug)}>{t('accountability.back')}</Link>
    </p>
  );
  if (isNotFound(recommendation.error)) {
    return (
      <section>
        <h1>{t('accountability.title', { name: slug })}</h1>
        {back}
        <p className="error" role="alert">
          {t('recommendation.notFound')}
        </p>
      </section>
    );
  }
  return (
    <section>
      <h1>{data?.title ?? t('accountability.title', { name: slug })}</h1>
      {back}
      {recommendation.error ? <ErrorMessage error={recommendation.error} /> : null}
      {!data && !recommendation.error ? <p role="status">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <dl className="facts">
            <dt>{t('accountability.assembly')}</dt>
            <dd>{data.assembly}</dd>
            <dt>{t('recommendations.topic')}</dt>
            <dd>{data.topic}</dd>
            <dt>{t('accountability.adoptedOn')}</dt>
            <dd>
              <time dateTime={data.adoptedOn}>{date(data.adoptedOn, 'long')}</time>
            </dd>
            <dt>{t('recommendation.dueOn')}</dt>
            <dd>
              <time dateTime={data.responseDueOn}>{date(data.responseDueOn, 'long')}</time>
              {data.overdue ? (
                <>
                  {' '}
                  <OverdueBadge />
                </>
              ) : null}
            </dd>
          </dl>
          <section aria-labelledby="public-text-heading">
            <h2 id="public-text-heading">{t('accountability.text')}</h2>
            <div className="recommendation-text">{data.body}</div>
          </section>
          <section aria-labelledby="public-vote-heading">
            <h2 id="public-vote-heading">{t('vote.title')}</h2>
            <p>
              {t('common.labelValue', { label: t('votingRule.threshold'), value: word('threshold', data.threshold) })}
            </p>
            <ResultFacts result={data.result} />
          </section>
          <section aria-labelledby="public-answer-heading">
            <h2 id="public-answer-heading">{t('answer.title')}</h2>
            {data.answer ? (
              <AnswerFacts answer={data.answer} />
            ) : (
              <p>{t('answer.awaited', { date: date(data.responseDueOn, 'long') })}</p>
            )}
          </section>
          <section aria-labelledby="public-follow-ups-heading">
            <h2 id="public-follow-ups-heading">{t('followUps.title')}</h2>
            <FollowUpTimeline followUps={data.followUps} />
          </section>
          <FollowPanel slug={slug} id={data.id} />
          {data.assessment ? (
            <section aria-labelledby="public-assessment-heading">
              <h2 id="public-assessment-heading">{t('accountability.assessment')}</h2>
              <p>
                <strong>{word('verdict', data.assessment.verdict)}</strong> —{' '}
                <time dateTime={data.assessment.recordedAt}>{dateTime(data.assessment.recordedAt)}</time>
              </p>
              <p className="recommendation-text">{data.assessment.comment}</p>
            </section>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** How many follow the recommendation; a signed-in person follows it or stops, anyone else is offered to sign in. */
function FollowPanel({ slug, id }: { slug: string; id: string }) {
  const { t, plural, language } = useI18n();
  const session = useSession();
  const location = useLocation();
  const following = useFollowing(slug, id);
  const follow = useFollow(slug, id);
  const data = following.data;
  return (
    <section className="panel" aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t('follow.title')}</h2>
      <p>{t('follow.explain')}</p>
      {following.error ? <ErrorMessage error={following.error} /> : null}
      {follow.error ? <ErrorMessage error={follow.error} /> : null}
      {data ? (
        <p role="status">
          {plural('follow.count', data.followers)}
          {data.following ? ` — ${t('follow.youFollow')}` : ''}
        </p>
      ) : null}
      {session.authenticated ? (
        <p className="actions">
          <button
            type="button"
            className={data?.following ? 'button secondary' : 'button'}
            disabled={!data || follow.isPending}
            onClick={() => follow.mutate(!data?.following)}
          >
            {data?.following ? t('follow.unfollow') : t('follow.follow')}
          </button>
        </p>
      ) : (
        <p className="actions">
          <button
            type="button"
            className="button"
            onClick={() => session.signIn(location.pathname + location.search, language)}
          >
            {t('follow.signIn')}
          </button>
        </p>
      )}
    </section>
  );
}
