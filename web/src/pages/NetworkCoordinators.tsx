import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import type { Coordinator } from '../types';
import { useApiGet } from '../useApiGet';
import { ChangeOutcome, FixFieldsAlert, useChanges } from './changes';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { TextField } from './Field';
import { PagedTable, wholeList } from './PagedTable';

/**
 * A network's coordinators: dismiss one (the last one stays), appoint another by the email address they signed in
 * with. Shows nothing to those the API refuses (the page around it says what they may do).
 */
export function NetworkCoordinators({ slug }: { slug: string }) {
  const { t } = useI18n();
  const session = useSession();
  const path = `/api/networks/${slug}/coordinators`;
  const coordinators = useApiGet<Coordinator[]>(path);
  const changes = useChanges();
  const [email, setEmail] = useState('');
  const [dismissing, setDismissing] = useState<Coordinator>();

  async function appoint(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    const appointed = await changes.run(async () => {
      coordinators.setData(await api<Coordinator[]>(session.token, path, { method: 'POST', body: { email: address } }));
      return t('coordinators.appointed', { email: address });
    }, ['email']);
    if (appointed) setEmail('');
  }

  async function dismiss(coordinator: Coordinator) {
    await changes.run(async () => {
      const url = `${path}/${encodeURIComponent(coordinator.userId)}`;
      coordinators.setData(await api<Coordinator[]>(session.token, url, { method: 'DELETE' }));
      return t('coordinators.dismissed', { name: coordinator.name });
    });
    setDismissing(undefined);
  }

  if (coordinators.forbidden) {
    return null;
  }
  return (
    <section className="staff" aria-labelledby="coordinators-heading">
      <h2 id="coordinators-heading">{t('coordinators.title')}</h2>
      {coordinators.error ? <ErrorMessage error={coordinators.error} /> : null}
      <PagedTable
        captionId="coordinators-caption"
        caption={t('coordinators.caption')}
        columns={[t('members.name'), t('members.email'), t('common.actions')]}
        page={wholeList(coordinators.data)}
        failed={Boolean(coordinators.error)}
        empty={t('coordinators.empty')}
        rowKey={(coordinator) => coordinator.userId}
        cells={(coordinator) => (
          <>
            <th scope="row" id={`coordinator-${coordinator.userId}`}>
              {coordinator.name}
            </th>
            <td>{coordinator.email}</td>
            <td>
              <button
                type="button"
                className="button small secondary"
                disabled={changes.busy}
                aria-describedby={`coordinator-${coordinator.userId}`}
                onClick={() => setDismissing(coordinator)}
              >
                {t('coordinators.dismiss')}
              </button>
            </td>
          </>
        )}
      />
      <h3 id="appoint-heading">{t('coordinators.appointTitle')}</h3>
      <FixFieldsAlert changes={changes} />
      <form className="form" onSubmit={appoint} noValidate aria-labelledby="appoint-heading">
        <TextField
          id="coordinator-email"
          label={t('invite.email')}
          hint={t('coordinators.emailHint')}
          error={changes.fieldErrors.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onChange={setEmail}
        />
        <button type="submit" className="button" disabled={changes.busy}>
          {t('coordinators.appoint')}
        </button>
      </form>
      <ChangeOutcome changes={changes} />
      {dismissing ? (
        <ConfirmDialog
          title={t('coordinators.dismissTitle', { name: dismissing.name })}
          busy={changes.busy}
          onConfirm={() => void dismiss(dismissing)}
          onCancel={() => setDismissing(undefined)}
        >
          <p>{t('coordinators.dismissExplain', { name: dismissing.name })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
