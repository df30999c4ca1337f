import { useState } from 'react';
import { ApiError, useApi } from '../api/client';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { usePageTitle } from '../ui/usePageTitle';

export const MY_DATA_FILE = 'civiclimate-my-data.json';

/** Saves a document on the person's device, as the browser saves any download. */
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the file only after the click returns: let it go a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Action = 'download' | 'delete';

/** The signed-in person's rights over their data (GDPR): a copy of it all, and erasing their account. */
export function MyDataPage() {
  const { t } = useI18n();
  const session = useSession();
  const api = useApi();
  usePageTitle(t('myData.title'));
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<{ action: Action; error: unknown }>();
  const [status, setStatus] = useState<{ action: Action; text: string }>();

  async function download() {
    setBusy(true);
    setFailure(undefined);
    setStatus(undefined);
    try {
      const { data } = await api.GET('/api/me/data', { parseAs: 'blob' });
      saveFile(data as Blob, MY_DATA_FILE);
      setStatus({ action: 'download', text: t('myData.downloaded', { file: MY_DATA_FILE }) });
    } catch (error) {
      setFailure({ action: 'download', error });
    } finally {
      setBusy(false);
    }
  }

  async function deleteAccount() {
    setBusy(true);
    setFailure(undefined);
    setStatus(undefined);
    try {
      await api.DELETE('/api/me');
      setConfirming(false);
      setStatus({ action: 'delete', text: t('myData.deleted') });
      // Stays busy: the account is gone, and signing out leads to the home page.
      session.signOut();
    } catch (error) {
      setConfirming(false);
      setFailure({ action: 'delete', error });
      setBusy(false);
    }
  }

  function problem(action: Action) {
    if (failure?.action !== action) return null;
    const { error } = failure;
    if (error instanceof ApiError && error.type === 'last-admin') {
      // Say what to do about it.
      return (
        <p className="error" role="alert">
          {t('problem.last-admin')} {t('myData.lastAdmin')}
        </p>
      );
    }
    return <ErrorMessage error={error} />;
  }

  function news(action: Action) {
    return (
      <p className="success" role="status">
        {status?.action === action ? status.text : ''}
      </p>
    );
  }

  return (
    <section>
      <h1>{t('myData.title')}</h1>
      <p>{t('myData.lead')}</p>
      <section className="panel" aria-labelledby="my-data-copy">
        <h2 id="my-data-copy">{t('myData.copy')}</h2>
        <p>{t('myData.copyExplain')}</p>
        <button type="button" className="button" disabled={busy} onClick={() => void download()}>
          {t('myData.download')}
        </button>
        {problem('download')}
        {news('download')}
      </section>
      <section className="panel danger-zone" aria-labelledby="my-data-delete">
        <h2 id="my-data-delete">{t('myData.delete')}</h2>
        <ul>
          <li>{t('myData.deleteErased')}</li>
          <li>{t('myData.deleteKept')}</li>
        </ul>
        <p>{t('myData.deleteAdmins')}</p>
        <button type="button" className="button danger" disabled={busy} onClick={() => setConfirming(true)}>
          {t('myData.delete')}
        </button>
        {problem('delete')}
        {news('delete')}
      </section>
      {confirming ? (
        <ConfirmDialog
          title={t('myData.deleteTitle')}
          busy={busy}
          onConfirm={() => void deleteAccount()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('myData.deleteErased')}</p>
          <p>{t('myData.deleteConfirmExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
