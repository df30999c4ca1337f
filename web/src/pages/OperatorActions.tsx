import { useState, type ReactNode } from 'react';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { Commune } from '../types';
import { SuspendDialog } from './SuspendDialog';

/** Changes of communes through the API, one at a time, and the dialog that asks why one is suspended. */
export interface CommuneChanges {
  /** Whether a change is under way. */
  busy: boolean;
  /** Asks the API for a change of the commune (`POST /approval`, `DELETE /suspension`…). */
  change: (commune: Commune, path: string, method: string) => Promise<void>;
  /** Opens the dialog that suspends the commune. */
  suspend: (commune: Commune) => void;
  /** The dialog, while it is open: where the page shows it. */
  dialog: ReactNode;
}

/**
 * Changing communes: before each change onStart (to clear what the last one said), then the changed commune goes to
 * onChanged, or the API's refusal to onError. A commune suspended through the dialog goes to onChanged too.
 */
export function useCommuneChanges({
  onStart,
  onChanged,
  onError,
}: {
  onStart: () => void;
  onChanged: (commune: Commune) => void;
  onError: (error: unknown) => void;
}): CommuneChanges {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [suspending, setSuspending] = useState<Commune>();

  async function change(commune: Commune, path: string, method: string) {
    setBusy(true);
    onStart();
    try {
      onChanged(await api<Commune>(session.token, `/api/communes/${commune.slug}${path}`, { method }));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  }

  const dialog = suspending ? (
    <SuspendDialog
      commune={suspending}
      onDone={(suspended) => {
        onChanged(suspended);
        setSuspending(undefined);
      }}
      onCancel={() => setSuspending(undefined)}
    />
  ) : null;
  return { busy, change, suspend: setSuspending, dialog };
}

/**
 * An operator's buttons for a commune: approve it while it awaits approval, suspend it while active, reinstate it while
 * suspended.
 */
export function OperatorActions({
  commune,
  changes,
  className,
  small = false,
}: {
  commune: Commune;
  changes: CommuneChanges;
  className: string;
  small?: boolean;
}) {
  const { t } = useI18n();
  const button = small ? 'button small' : 'button';
  const changeButton = (label: MessageKey, path: string, method: string) => (
    <button
      type="button"
      className={button}
      disabled={changes.busy}
      onClick={() => void changes.change(commune, path, method)}
    >
      {t(label)}
    </button>
  );
  return (
    <div className={className}>
      {commune.status === 'AWAITING_APPROVAL' ? changeButton('operator.approve', '/approval', 'POST') : null}
      {commune.status === 'ACTIVE' ? (
        <button type="button" className={`${button} danger`} onClick={() => changes.suspend(commune)}>
          {t('operator.suspend')}
        </button>
      ) : null}
      {commune.status === 'SUSPENDED' ? changeButton('operator.reinstate', '/suspension', 'DELETE') : null}
    </div>
  );
}
