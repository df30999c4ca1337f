import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useAssemblyApi } from '../api/client';
import { communeKey } from '../commune/queries';
import type {
  Assembly,
  AssemblyRequest,
  AttendanceEntry,
  AttendanceVersion,
  Convocation,
  ConvocationResponse,
  ConvocationResult,
  CorrectionRequest,
  Mandate,
  Minutes,
  MandateStatus,
  RotationPlan,
  SeatRequest,
  Session,
  SessionDocument,
  SessionRequest,
  SheetLine,
  SheetResult,
} from './types';

/**
 * The commune's assemblies in the cache, under the commune's key: a change to one assembly's seats invalidates the
 * assembly, its rotation plan and mandates, and the list (which counts its active mandates).
 */
export const assembliesKey = (slug: string) => [...communeKey(slug), 'assemblies'] as const;
export const assemblyKey = (slug: string, assembly: string) => [...assembliesKey(slug), assembly] as const;

/** The commune's assemblies, which any member may read. */
export function useAssemblies(slug: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...assembliesKey(slug), 'list'],
    queryFn: () =>
      unwrap<Assembly[]>(api.GET('/api/communes/{slug}/assembly/assemblies', { params: { path: { slug } } })),
  });
}

export function useAssembly(slug: string, assembly: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...assemblyKey(slug, assembly), 'view'],
    queryFn: () =>
      unwrap<Assembly>(
        api.GET('/api/communes/{slug}/assembly/assemblies/{assembly}', { params: { path: { slug, assembly } } }),
      ),
  });
}

/** Which seats are vacant now and which fall vacant when. */
export function useRotationPlan(slug: string, assembly: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...assemblyKey(slug, assembly), 'rotation-plan'],
    queryFn: () =>
      unwrap<RotationPlan>(
        api.GET('/api/communes/{slug}/assembly/assemblies/{assembly}/rotation-plan', {
          params: { path: { slug, assembly } },
        }),
      ),
  });
}

/** Who holds or held the assembly's seats (personal data: staff only), all of them or those of one status. */
export function useMandates(slug: string, assembly: string, status: MandateStatus | '') {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...assemblyKey(slug, assembly), 'mandates', status],
    queryFn: () =>
      unwrap<Mandate[]>(
        api.GET('/api/communes/{slug}/assembly/assemblies/{assembly}/mandates', {
          params: { path: { slug, assembly }, query: { status: status || undefined } },
        }),
      ),
  });
}

export function useCreateAssembly(slug: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AssemblyRequest) =>
      unwrap<Assembly>(
        api.POST('/api/communes/{slug}/assembly/assemblies', { params: { path: { slug } }, body: request }),
      ),
    onSuccess: (created) => {
      queryClient.setQueryData([...assemblyKey(slug, created.id), 'view'], created);
      return queryClient.invalidateQueries({ queryKey: [...assembliesKey(slug), 'list'] });
    },
  });
}

/** Seats a member of the commune by hand, or withdraws a mandate: either changes the assembly's seats. */
export function useSeatChanges(slug: string, assembly: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  // The assembly (its active mandates), its plan, its mandates, and the list that counts them; after a refusal too
  // (a seat taken meanwhile, a mandate ended meanwhile), so that the page shows the seats as they are.
  const refresh = () => queryClient.invalidateQueries({ queryKey: assembliesKey(slug) });
  const path = { slug, assembly };
  const seat = useMutation({
    mutationFn: (request: SeatRequest) =>
      unwrap<Mandate>(
        api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/mandates', { params: { path }, body: request }),
      ),
    onSettled: refresh,
  });
  const withdraw = useMutation({
    mutationFn: ({ mandate, reason }: { mandate: Mandate; reason: string }) =>
      unwrap<Mandate>(
        api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/mandates/{mandate}/withdrawal', {
          params: { path: { ...path, mandate: mandate.id } },
          body: { reason },
        }),
      ),
    onSettled: refresh,
  });
  return { seat, withdraw };
}

/** The path of an assembly's page. */
export function assemblyPath(slug: string, assembly?: string): string {
  return assembly ? `/communes/${slug}/assemblies/${assembly}` : `/communes/${slug}/assemblies`;
}

/** An assembly's sessions in the cache, under the assembly: convening, answering or cancelling refreshes them all. */
export const sessionsKey = (slug: string, assembly: string) => [...assemblyKey(slug, assembly), 'sessions'] as const;
export const sessionKey = (slug: string, assembly: string, session: string) =>
  [...sessionsKey(slug, assembly), session] as const;

const SESSIONS = '/api/communes/{slug}/assembly/assemblies/{assembly}/sessions' as const;
const SESSION = '/api/communes/{slug}/assembly/assemblies/{assembly}/sessions/{session}' as const;

/** The assembly's sessions, earliest first, which any member may read. */
export function useSessions(slug: string, assembly: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...sessionsKey(slug, assembly), 'list'],
    queryFn: () => unwrap<Session[]>(api.GET(SESSIONS, { params: { path: { slug, assembly } } })),
  });
}

export function useSession(slug: string, assembly: string, session: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...sessionKey(slug, assembly, session), 'view'],
    queryFn: () => unwrap<Session>(api.GET(SESSION, { params: { path: { slug, assembly, session } } })),
  });
}

/** Who was convened to a session and what they answered (personal data: staff only). */
export function useConvocations(slug: string, assembly: string, session: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...sessionKey(slug, assembly, session), 'convocations'],
    queryFn: () =>
      unwrap<Convocation[]>(api.GET(`${SESSION}/convocations`, { params: { path: { slug, assembly, session } } })),
  });
}

/** The attendance sheet: one line per member seated on the session's day, with their current record if any. */
export function useAttendanceSheet(slug: string, assembly: string, session: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...sessionKey(slug, assembly, session), 'attendance'],
    queryFn: () =>
      unwrap<SheetLine[]>(api.GET(`${SESSION}/attendance`, { params: { path: { slug, assembly, session } } })),
  });
}

/** Every version of a member's attendance at a session, oldest first. */
export function useAttendanceHistory(slug: string, assembly: string, session: string, userId: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...sessionKey(slug, assembly, session), 'attendance', userId, 'history'],
    queryFn: () =>
      unwrap<AttendanceVersion[]>(
        api.GET(`${SESSION}/attendance/{userId}/history`, { params: { path: { slug, assembly, session, userId } } }),
      ),
  });
}

export function useCreateSession(slug: string, assembly: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SessionRequest) =>
      unwrap<Session>(api.POST(SESSIONS, { params: { path: { slug, assembly } }, body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...sessionsKey(slug, assembly), 'list'] }),
  });
}

/** What staff and members do with one session: each change refreshes the session, its list and its sheets. */
export function useSessionChanges(slug: string, assembly: string, session: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  const path = { slug, assembly, session };
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsKey(slug, assembly) });
  const convene = useMutation({
    mutationFn: () => unwrap<ConvocationResult>(api.POST(`${SESSION}/convocation`, { params: { path } })),
    onSettled: refresh,
  });
  const answer = useMutation({
    mutationFn: (body: { response: Exclude<ConvocationResponse, 'PENDING'>; note?: string }) =>
      unwrap<Convocation>(api.PUT(`${SESSION}/convocations/mine`, { params: { path }, body })),
    onSettled: refresh,
  });
  const cancel = useMutation({
    mutationFn: () => unwrap<Session>(api.POST(`${SESSION}/cancellation`, { params: { path } })),
    onSettled: refresh,
  });
  const record = useMutation({
    mutationFn: (entries: AttendanceEntry[]) =>
      unwrap<SheetResult>(api.POST(`${SESSION}/attendance`, { params: { path }, body: { entries } })),
    onSettled: refresh,
  });
  const correct = useMutation({
    mutationFn: ({ userId, ...body }: CorrectionRequest & { userId: string }) =>
      unwrap<AttendanceVersion>(
        api.POST(`${SESSION}/attendance/{userId}/corrections`, { params: { path: { ...path, userId } }, body }),
      ),
    onSettled: refresh,
  });
  return { convene, answer, cancel, record, correct };
}

/** The path of a session's page. */
export function sessionPath(slug: string, assembly: string, session: string): string {
  return `${assemblyPath(slug, assembly)}/sessions/${session}`;
}

/** The caller's active mandate in the assembly, or a 404 when they hold no seat in it. */
export function useMyMandate(slug: string, assembly: string, enabled = true) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...assemblyKey(slug, assembly), 'mandates', 'mine'],
    queryFn: () =>
      unwrap<Mandate>(
        api.GET('/api/communes/{slug}/assembly/assemblies/{assembly}/mandates/mine', {
          params: { path: { slug, assembly } },
        }),
      ),
    enabled,
  });
}

/** A session's documents, which any member may read. */
export function useDocuments(slug: string, assembly: string, session: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...sessionKey(slug, assembly, session), 'documents'],
    queryFn: () =>
      unwrap<SessionDocument[]>(api.GET(`${SESSION}/documents`, { params: { path: { slug, assembly, session } } })),
  });
}

/** The address of a session's documents, or of one of them, for a fetch with the session's token. */
export function documentsUrl(slug: string, assembly: string, session: string, document?: string): string {
  const base = `${window.location.origin}/api/communes/${slug}/assembly/assemblies/${assembly}/sessions/${session}/documents`;
  return document ? `${base}/${document}` : base;
}

/** Staff delete a session's document; the list is refreshed. */
export function useDeleteDocument(slug: string, assembly: string, session: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: string) =>
      unwrap<void>(
        api.DELETE(`${SESSION}/documents/{document}`, { params: { path: { slug, assembly, session, document } } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...sessionKey(slug, assembly, session), 'documents'] }),
  });
}

/** A session's minutes: staff read the draft, members only once published; a 404 when there are none (yet). */
export function useMinutes(slug: string, assembly: string, session: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...sessionKey(slug, assembly, session), 'minutes'],
    queryFn: () => unwrap<Minutes>(api.GET(`${SESSION}/minutes`, { params: { path: { slug, assembly, session } } })),
  });
}

/** Staff write the minutes (editing the version they read, 0 for the first) and publish them, once and for all. */
export function useMinutesChanges(slug: string, assembly: string, session: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  const path = { slug, assembly, session };
  const key = [...sessionKey(slug, assembly, session), 'minutes'];
  const save = useMutation({
    mutationFn: (body: { text: string; editing: number }) =>
      unwrap<Minutes>(api.PUT(`${SESSION}/minutes`, { params: { path }, body })),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
  const publish = useMutation({
    mutationFn: () => unwrap<Minutes>(api.POST(`${SESSION}/minutes/publication`, { params: { path } })),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
  return { save, publish };
}
