import { useCallback, useState } from 'react';
import { ErrorMessage } from './ErrorMessage';

/** Changes sent to the API from a part of a page, one at a time: whether one is under way, and what it gave. */
export interface Changes {
  busy: boolean;
  /** Why the last change failed. */
  error?: unknown;
  /** What the last change did, in words. */
  status: string;
  /** Runs a change, which gives back what to say once it is done; true when it is. */
  run: (change: () => Promise<string>) => Promise<boolean>;
}

export function useChanges(): Changes {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState('');

  const run = useCallback(async (change: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      setStatus(await change());
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, status, run };
}

/** Why the last change failed, or what it did, announced to screen readers. */
export function ChangeOutcome({ changes }: { changes: Changes }) {
  return (
    <>
      {changes.error ? <ErrorMessage error={changes.error} /> : null}
      <p className="success" role="status">
        {changes.status}
      </p>
    </>
  );
}
