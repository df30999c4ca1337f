import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '../api/client';
import type { Commune } from '../api/types';
import { useMe } from '../me/useMe';

/** Everything cached about a commune starts with this key, so that a change can invalidate it all at once. */
export const communeKey = (slug: string) => ['communes', slug] as const;

/** The commune as its members, administrators and the operators see it (GET /api/communes/{slug}). */
export function useCommune(slug: string, refetchInterval?: (commune: Commune | undefined) => number | false) {
  const api = useApi();
  return useQuery({
    queryKey: communeKey(slug),
    queryFn: () => unwrap<Commune>(api.GET('/api/communes/{slug}', { params: { path: { slug } } })),
    refetchInterval: refetchInterval ? (query) => refetchInterval(query.state.data) : undefined,
  });
}

/**
 * Whether the commune is suspended, so that its forms are disabled (one explanation at the top of the page instead of
 * a refusal per attempt): as the person's memberships know it, else as the commune's own page does.
 */
export function useReadOnly(slug: string): boolean {
  const { data: me } = useMe();
  return me?.communes?.find((commune) => commune.slug === slug)?.status === 'SUSPENDED';
}
