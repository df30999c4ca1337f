import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useAssemblyApi } from '../api/client';
import { communeKey } from '../commune/queries';
import type { Assembly, AssemblyRequest, Mandate, MandateStatus, RotationPlan, SeatRequest } from './types';

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
