import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { api, ApiError } from './api';
import { useSession } from './auth';

/** What the API answers at a path, as a page shows it. */
export interface Remote<T> {
  /** The answer once it came; kept on screen while asking again. */
  data?: T;
  /** Why asking failed, unless the API refused the caller. */
  error?: unknown;
  /** Whether the API refused to answer the caller (403): the page then leaves out what needs it. */
  forbidden: boolean;
  /** Shows another answer, e.g. the one a change gave back. */
  setData: Dispatch<SetStateAction<T | undefined>>;
  /** Asks again, keeping what is on screen until the answer comes. */
  reload: () => void;
}

/** Asks the API for what is at a path, again whenever the path changes or reload is called. */
export function useApiGet<T>(path: string): Remote<T> {
  const session = useSession();
  const [data, setData] = useState<T>();
  const [failure, setFailure] = useState<{ error?: unknown; forbidden: boolean }>({ forbidden: false });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true; // an answer coming late must not replace the one asked for since
    api<T>(session.token, path).then(
      (answer) => {
        if (!current) return;
        setData(answer);
        setFailure({ forbidden: false });
      },
      (error: unknown) => {
        if (!current) return;
        setFailure(error instanceof ApiError && error.status === 403 ? { forbidden: true } : { error, forbidden: false });
      },
    );
    return () => {
      current = false;
    };
  }, [session, path, version]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { data, ...failure, setData, reload };
}
