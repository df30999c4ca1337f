import { useState, type ReactNode } from 'react';
import { ApiError, unwrap, useApi } from '../api/client';
import type { Commune } from '../api/types';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { ReasonDialog } from './ReasonDialog';

/** The changes made at once, without a reason. */
type Change = '/approval' | '/suspension' | '/provisioning/retry';

/** The decisions an operator gives a reason for, each through a dialog. */
type Decision = 'suspend' | 'reject';

/** Changes of communes through the API, one at a time, and the dialog that asks why one is suspended or rejected. */
export interface CommuneChanges {
  /** Whether a change is under way. */
  busy: boolean;
  /** Asks the API for a change of the commune: approve it, reinstate it, retry setting it up. */
  change: (commune: Commune, path: Change) => Promise<void>;
  /** Opens the dialog that suspends the commune, or rejects its request. */
  decide: (commune: Commune, decision: Decision) => void;
  /** The dialog, while it is open: where the page shows it. */
  dialog: ReactNode;
}

/**
 * Whether the API refused because the commune is no longer what the page shows: its status changed (409), or its
 * request was rejected and it left the directory (404), e.g. another operator decided first.
 */
function outdated(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 409 || error.type === 'commune-not-found');
}

/**
 * Changing communes: before each change onStart (to clear what the last one said), then the changed commune goes to
 * onChanged, or the API's refusal to onError. A commune suspended or rejected through the dialog goes to onChanged
 * too. A refusal because the commune changed meanwhile goes to onError, then onOutdated shows it as it is now.
 */
export function useCommuneChanges({
  onStart,
  onChanged,
  onError,
  onOutdated,
}: {
  onStart: () => void;
  onChanged: (commune: Commune) => void;
  onError: (error: unknown) => void;
  onOutdated: () => void;
}): CommuneChanges {
  const { t } = useI18n();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [deciding, setDeciding] = useState<{ commune: Commune; decision: Decision }>();

  function refused(error: unknown) {
    onError(error);
    if (outdated(error)) onOutdated();
  }

  async function change(commune: Commune, path: Change) {
    setBusy(true);
    onStart();
    const params = { path: { slug: commune.slug } };
    try {
      onChanged(
        await unwrap<Commune>(
          path === '/approval'
            ? api.POST('/api/communes/{slug}/approval', { params })
            : path === '/suspension'
              ? api.DELETE('/api/communes/{slug}/suspension', { params })
              : api.POST('/api/communes/{slug}/provisioning/retry', { params }),
        ),
      );
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
    }
  }

  let dialog: ReactNode = null;
  if (deciding) {
    const { commune, decision } = deciding;
    const close = () => setDeciding(undefined);
    const common = {
      id: `${decision}-reason`,
      slug: commune.slug,
      decision,
      onDone: (changed: Commune) => {
        onStart();
        onChanged(changed);
        close();
      },
      onCancel: close,
    };
    dialog =
      decision === 'suspend' ? (
        <ReasonDialog
          {...common}
          title={t('suspend.title', { name: commune.name })}
          explain={t('suspend.explain')}
          hint={t('suspend.reasonHint')}
        />
      ) : (
        <ReasonDialog
          {...common}
          title={t('reject.title', { name: commune.name })}
          explain={t('reject.explain', { slug: commune.slug, code: commune.officialCode })}
          hint={t('reject.reasonHint')}
          onRefused={(error) => {
            if (!outdated(error)) return false;
            close();
            onStart();
            refused(error);
            return true;
          }}
        />
      );
  }
  return { busy, change, decide: (commune, decision) => setDeciding({ commune, decision }), dialog };
}

/**
 * An operator's buttons for a commune: approve or reject it while it awaits approval, suspend it while active,
 * reinstate it while suspended.
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
  // Each button is named with the commune, as a list shows one per row: "Suspend Namur".
  const changeButton = (label: MessageKey, name: MessageKey, path: Change) => (
    <button
      type="button"
      className={button}
      disabled={changes.busy}
      aria-label={t(name, { name: commune.name })}
      onClick={() => void changes.change(commune, path)}
    >
      {t(label)}
    </button>
  );
  const decisionButton = (label: MessageKey, name: MessageKey, decision: Decision) => (
    <button
      type="button"
      className={`${button} danger`}
      disabled={changes.busy}
      aria-label={t(name, { name: commune.name })}
      onClick={() => changes.decide(commune, decision)}
    >
      {t(label)}
    </button>
  );
  return (
    <div className={className}>
      {commune.status === 'AWAITING_APPROVAL' ? (
        <>
          {changeButton('operator.approve', 'operator.approveName', '/approval')}
          {decisionButton('operator.reject', 'operator.rejectName', 'reject')}
        </>
      ) : null}
      {commune.status === 'ACTIVE' ? decisionButton('operator.suspend', 'operator.suspendName', 'suspend') : null}
      {commune.status === 'SUSPENDED'
        ? changeButton('operator.reinstate', 'operator.reinstateName', '/suspension')
        : null}
    </div>
  );
}
