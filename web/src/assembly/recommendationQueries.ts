import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useAssemblyApi } from '../api/client';
import type { Page } from '../api/types';
import { assemblyKey, assemblyPath } from './queries';
import type {
  AmendmentRequest,
  AnswerRequest,
  AnswerState,
  AssessmentRequest,
  Choice,
  DraftRequest,
  EditRequest,
  Following,
  FollowUpRequest,
  PublicRecommendation,
  Recommendation,
  RecommendationStatus,
  RecommendationSummary,
  VotingRule,
} from './types';

const ASSEMBLY = '/api/communes/{slug}/assembly/assemblies/{assembly}' as const;
const RECOMMENDATIONS = `${ASSEMBLY}/recommendations` as const;
const RECOMMENDATION = `${RECOMMENDATIONS}/{id}` as const;

/**
 * An assembly's recommendations in the cache, under the assembly: a change to one refreshes it and the list (which
 * shows its status, answer and progress).
 */
export const recommendationsKey = (slug: string, assembly: string) =>
  [...assemblyKey(slug, assembly), 'recommendations'] as const;
export const votingRuleKey = (slug: string, assembly: string) =>
  [...assemblyKey(slug, assembly), 'voting-rule'] as const;

/** How the assembly votes, which any member may read. */
export function useVotingRule(slug: string, assembly: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: votingRuleKey(slug, assembly),
    queryFn: () => unwrap<VotingRule>(api.GET(`${ASSEMBLY}/voting-rule`, { params: { path: { slug, assembly } } })),
  });
}

/** Staff change how the assembly votes from now on. */
export function useChangeVotingRule(slug: string, assembly: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: VotingRule) =>
      unwrap<VotingRule>(api.PUT(`${ASSEMBLY}/voting-rule`, { params: { path: { slug, assembly } }, body: rule })),
    onSuccess: (saved) => queryClient.setQueryData(votingRuleKey(slug, assembly), saved),
  });
}

/** The assembly's recommendations, newest first, all of them or those of one status. */
export function useRecommendations(slug: string, assembly: string, status: RecommendationStatus | '') {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...recommendationsKey(slug, assembly), 'list', status],
    queryFn: () =>
      unwrap<RecommendationSummary[]>(
        api.GET(RECOMMENDATIONS, { params: { path: { slug, assembly }, query: { status: status || undefined } } }),
      ),
  });
}

export function useRecommendation(slug: string, assembly: string, id: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...recommendationsKey(slug, assembly), id],
    queryFn: () => unwrap<Recommendation>(api.GET(RECOMMENDATION, { params: { path: { slug, assembly, id } } })),
  });
}

export function useDraftRecommendation(slug: string, assembly: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: DraftRequest) =>
      unwrap<Recommendation>(api.POST(RECOMMENDATIONS, { params: { path: { slug, assembly } }, body: request })),
    onSuccess: (created) => {
      queryClient.setQueryData([...recommendationsKey(slug, assembly), created.id], created);
      return queryClient.invalidateQueries({ queryKey: [...recommendationsKey(slug, assembly), 'list'] });
    },
  });
}

/**
 * One change to a recommendation: the API answers with the whole recommendation, which replaces the cached one; the
 * list is refreshed, after a refusal too, so that the page shows it as it is now.
 */
function useChange<T>(slug: string, assembly: string, id: string, send: (body: T) => Promise<Recommendation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved: Recommendation) => queryClient.setQueryData([...recommendationsKey(slug, assembly), id], saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: recommendationsKey(slug, assembly) }),
  });
}

/** What members and staff do with one recommendation. */
export function useRecommendationChanges(slug: string, assembly: string, id: string) {
  const api = useAssemblyApi();
  const path = { slug, assembly, id };
  const edit = useChange(slug, assembly, id, (body: EditRequest) =>
    unwrap<Recommendation>(api.PUT(RECOMMENDATION, { params: { path }, body })),
  );
  const amend = useChange(slug, assembly, id, (body: AmendmentRequest) =>
    unwrap<Recommendation>(api.POST(`${RECOMMENDATION}/amendments`, { params: { path }, body })),
  );
  const decide = useChange(
    slug,
    assembly,
    id,
    ({ amendment, ...body }: { amendment: string; incorporate: boolean; note?: string }) =>
      unwrap<Recommendation>(
        api.POST(`${RECOMMENDATION}/amendments/{amendment}/decision`, {
          params: { path: { ...path, amendment } },
          body,
        }),
      ),
  );
  const openVote = useChange(slug, assembly, id, (sessionId: string) =>
    unwrap<Recommendation>(api.POST(`${RECOMMENDATION}/vote`, { params: { path }, body: { sessionId } })),
  );
  const cast = useChange(slug, assembly, id, (choice: Choice) =>
    unwrap<Recommendation>(api.POST(`${RECOMMENDATION}/vote/ballots`, { params: { path }, body: { choice } })),
  );
  const closeVote = useChange(slug, assembly, id, () =>
    unwrap<Recommendation>(api.POST(`${RECOMMENDATION}/vote/closure`, { params: { path } })),
  );
  const answer = useChange(slug, assembly, id, (body: AnswerRequest) =>
    unwrap<Recommendation>(api.POST(`${RECOMMENDATION}/answer`, { params: { path }, body })),
  );
  const followUp = useChange(slug, assembly, id, (body: FollowUpRequest) =>
    unwrap<Recommendation>(api.POST(`${RECOMMENDATION}/follow-ups`, { params: { path }, body })),
  );
  const assess = useChange(slug, assembly, id, (body: AssessmentRequest) =>
    unwrap<Recommendation>(api.POST(`${RECOMMENDATION}/assessments`, { params: { path }, body })),
  );
  return { edit, amend, decide, openVote, cast, closeVote, answer, followUp, assess };
}

/** The path of a recommendation's page. */
export function recommendationPath(slug: string, assembly: string, id: string): string {
  return `${assemblyPath(slug, assembly)}/recommendations/${id}`;
}

/** What the public page filters on; empty means any. */
export interface PublicFilter {
  topic: string;
  answer: AnswerState | '';
  overdue: boolean;
  q: string;
}

const PUBLIC = '/api/public/communes/{slug}/assembly' as const;
const publicKey = (slug: string) => ['public-accountability', slug] as const;

/** A page of the commune's adopted recommendations with their answers, signed out. */
export function usePublicRecommendations(slug: string, filter: PublicFilter, page: number, size = 20) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...publicKey(slug), 'list', filter, page, size],
    queryFn: () =>
      unwrap<Page<PublicRecommendation>>(
        api.GET(`${PUBLIC}/recommendations`, {
          params: {
            path: { slug },
            query: {
              topic: filter.topic || undefined,
              answer: filter.answer || undefined,
              overdue: filter.overdue || undefined,
              q: filter.q.trim() || undefined,
              page,
              size,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePublicTopics(slug: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...publicKey(slug), 'topics'],
    queryFn: () => unwrap<string[]>(api.GET(`${PUBLIC}/recommendations/topics`, { params: { path: { slug } } })),
  });
}

export function usePublicRecommendation(slug: string, id: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...publicKey(slug), id],
    queryFn: () =>
      unwrap<PublicRecommendation>(api.GET(`${PUBLIC}/recommendations/{id}`, { params: { path: { slug, id } } })),
  });
}

/** The open data's addresses: every adopted recommendation as CSV or JSON, and what each column holds. */
export function openDataPaths(slug: string) {
  const base = `/api/public/communes/${slug}/assembly/open-data`;
  return { csv: `${base}/recommendations.csv`, json: `${base}/recommendations.json`, dictionary: `${base}/dictionary` };
}

/** The path of the commune's public accountability page, or of one recommendation on it. */
export function accountabilityPath(slug: string, id?: string): string {
  return id ? `/communes/${slug}/accountability/${id}` : `/communes/${slug}/accountability`;
}

/** How many follow a public recommendation and whether the caller does (false when signed out). */
export function useFollowing(slug: string, id: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...publicKey(slug), id, 'following'],
    queryFn: () =>
      unwrap<Following>(api.GET(`${PUBLIC}/recommendations/{id}/following`, { params: { path: { slug, id } } })),
  });
}

/** A signed-in person follows a public recommendation, or stops following it. */
export function useFollow(slug: string, id: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) => {
      const params = { params: { path: { slug, id } } };
      return unwrap<Following>(
        follow
          ? api.PUT(`${PUBLIC}/recommendations/{id}/following`, params)
          : api.DELETE(`${PUBLIC}/recommendations/{id}/following`, params),
      );
    },
    onSuccess: (saved) => queryClient.setQueryData([...publicKey(slug), id, 'following'], saved),
  });
}
