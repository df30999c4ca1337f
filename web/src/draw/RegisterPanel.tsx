import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { saveFile } from '../api/download';
import { problemText } from '../api/problems';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProblemList } from '../ui/ProblemList';
import { drawsKey, mailMergeUrl, registerUrl, useDeleteRegister } from './queries';
import { isEditable, type Draw } from './types';
import { CsvUploadField, useCsvUpload } from './CsvUpload';

/**
 * A draw's register, for its staff, when the letters are drawn by the platform: upload it (household, name, address,
 * optional district), draw the letters from it (the letters panel), download the mail merge, then delete the names
 * and addresses once the letters are printed (the draw cannot run before). What stays (the file's hash, its counts per
 * district) is shown here and published.
 */
export function RegisterPanel({ slug, draw, readOnly }: { slug: string; draw: Draw; readOnly: boolean }) {
  const i18n = useI18n();
  const { t, plural, dateTime } = i18n;
  const session = useSession();
  const queryClient = useQueryClient();
  const register = draw.register;
  const url = registerUrl(slug, draw.assemblyId, draw.id);
  const upload = useCsvUpload(slug, draw, url, (saved) => plural('register.uploaded', saved.register?.households ?? 0));
  const remove = useDeleteRegister(slug, draw.assemblyId, draw.id);
  const [confirming, setConfirming] = useState(false);
  const [downloaded, setDownloaded] = useState(false);
  const [exportError, setExportError] = useState<unknown>();
  const editable = isEditable(draw.status);
  const drawn = register?.lettersByDistrict != null;
  const deleted = register?.deletedAt != null;

  if (!register && (!editable || draw.letters > 0)) return null;

  const download = async () => {
    setExportError(undefined);
    try {
      await saveFile(mailMergeUrl(slug, draw.assemblyId, draw.id), `mail-merge-${draw.id}.csv`, await session.token());
      setDownloaded(true);
    } catch (e) {
      setExportError(e);
      await queryClient.invalidateQueries({ queryKey: drawsKey(slug, draw.assemblyId) });
    }
  };

  return (
    <section className="panel" aria-labelledby="register-heading">
      <h2 id="register-heading">{t('register.title')}</h2>
      <p>{t('register.lead')}</p>
      {register ? (
        <>
          <p role="status">
            {plural('register.rows', register.rows)} {plural('register.households', register.households)}{' '}
            {deleted
              ? t('register.deleted', { date: dateTime(register.deletedAt!) })
              : drawn
                ? t('register.drawn')
                : t('register.notDrawn')}
          </p>
          <p>
            {t('register.hash')} <code className="hash">{register.sha256}</code>
          </p>
          {register.districts.length > 1 || register.districts[0]?.district !== '' ? (
            <table className="table">
              <caption>
                {drawn && register.lettersByDistrict ? t('register.byDistrict') : t('register.districts')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('register.district')}</th>
                  <th scope="col" className="number">
                    {t('register.householdsColumn')}
                  </th>
                  <th scope="col" className="number">
                    {t('register.lettersColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {register.districts.map((row) => (
                  <tr key={row.district}>
                    <th scope="row">{row.district || t('register.noDistrict')}</th>
                    <td className="number">{row.households}</td>
                    <td className="number">{row.letters}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {exportError ? (
            <p className="error" role="alert">
              {problemText(i18n, exportError)}
            </p>
          ) : null}
          {remove.error ? <ProblemList error={remove.error} /> : null}
          {!deleted ? (
            <>
              {drawn ? (
                <p className="notice">{downloaded ? t('register.downloaded') : t('register.deleteBeforeRun')}</p>
              ) : null}
              <p className="actions">
                {drawn ? (
                  <button type="button" className="button" onClick={() => void download()}>
                    {t('register.download')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button secondary"
                  disabled={readOnly}
                  onClick={() => setConfirming(true)}
                >
                  {t('register.delete')}
                </button>
              </p>
            </>
          ) : null}
        </>
      ) : (
        <p className="empty">{t('register.none')}</p>
      )}
      {editable && draw.letters === 0 ? (
        <CsvUploadField
          upload={upload}
          id="register-file"
          label={t('register.file')}
          hint={t('register.fileHint')}
          button={t('register.upload')}
          disabled={readOnly}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('register.deleteTitle')}
          busy={remove.isPending}
          onConfirm={() => {
            remove
              .mutateAsync()
              .catch(() => undefined)
              .finally(() => setConfirming(false));
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>{drawn ? t('register.deleteDrawnExplain') : t('register.deleteExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
