import { useCallback, useEffect, useState } from 'react';
import { api } from './api';
import { useSession } from './auth';
import type { Me, MyCommune } from './types';

/** The signed-in person as the API knows them (GET /api/me); nothing while signed out. */
export function useMe(): { me?: Me; error?: unknown; reload: () => void } {
  const session = useSession();
  const [state, setState] = useState<{ me?: Me; error?: unknown }>({});
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!session.authenticated) return;
    api<Me>(session.token, '/api/me').then(
      (me) => setState({ me }),
      (error: unknown) => setState({ error }),
    );
  }, [session, version]);
  // Asks again, keeping what is known on screen until the answer comes.
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { ...state, reload };
}

export function isOperator(me: Me | undefined): boolean {
  return Boolean(me?.roles.includes('operator'));
}

/** The communes the person administers. */
export function adminCommunes(me: Me | undefined): MyCommune[] {
  return me?.communes.filter((commune) => commune.roles.includes('ADMIN')) ?? [];
}
