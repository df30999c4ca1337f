import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '../api/client';
import type { Me, MyCommune } from '../api/types';
import { useSession } from '../auth/session';

export const meKey = ['me'] as const;

/** The signed-in person as the API knows them (GET /api/me), asked once for every component; nothing signed out. */
export function useMe() {
  const session = useSession();
  const api = useApi();
  return useQuery({
    queryKey: meKey,
    queryFn: () => unwrap<Me>(api.GET('/api/me')),
    enabled: session.authenticated,
    staleTime: 60_000,
  });
}

export function isOperator(me: Me | undefined): boolean {
  return Boolean(me?.roles?.includes('operator'));
}

/** The communes the person administers. */
export function adminCommunes(me: Me | undefined): MyCommune[] {
  return me?.communes?.filter((commune) => commune.roles.includes('ADMIN')) ?? [];
}

/** The commune as the person's memberships know it: its name, status and their roles. */
export function useMyCommune(slug: string): MyCommune | undefined {
  return useMe().data?.communes?.find((commune) => commune.slug === slug);
}
