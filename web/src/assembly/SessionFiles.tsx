import { useRef, useState } from 'react';
import { ApiError, isNotFound, toApiError } from '../api/client';
import { saveFile } from '../api/download';
import { fieldProblemText, problemText } from '../api/problems';
import { useSession as useSignIn } from '../auth/session';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { useQueryClient } from '@tanstack/react-query';
import { documentsUrl, sessionKey, useDeleteDocument, useDocuments, useMinutes, useMinutesChanges } from './queries';
import { documentTypes, maxDocumentBytes, type Session, type SessionDocument } from './types';

/** A size as people read it: kilobytes under a megabyte, else megabytes, to one decimal. */
function useSize() {
  const { t } = useI18n();
  return (bytes: number) => {
    const round = (n: number) => Math.round(n * 10) / 10;
    return bytes < 1024 * 1024
      ? t('documents.kb', { size: round(Math.max(bytes, 1) / 1024) })
      : t('documents.mb', { size: round(bytes / (1024 * 1024)) });
  };
}

/** A session's documents for its members; its staff upload and delete them. */
/** A document's format as people name it, the same in every language; the media type itself for one not listed. */
const formats: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/vnd.oasis.opendocument.text': 'ODT (OpenDocument)',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS (OpenDocument)',
  'application/vnd.oasis.opendocument.presentation': 'ODP (OpenDocument)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX (Word)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX (Excel)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX (PowerPoint)',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
};

function formatOf(mediaType: string): string {
  return formats[mediaType.split(';')[0].trim().toLowerCase()] ?? mediaType;
}

export function Documents({
  slug,
  session,
  staff,
  readOnly,
}: {
  slug: string;
  session: Session;
  staff: boolean;
  readOnly: boolean;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const size = useSize();
  const [problem, setProblem] = useState('');
  const signIn = useSignIn();
  const queryClient = useQueryClient();
  const documents = useDocuments(slug, session.assemblyId, session.id);
  const remove = useDeleteDocument(slug, session.assemblyId, session.id);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<SessionDocument>();
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<unknown>();

  const download = async (doc: SessionDocument) => {
    setFailure(undefined);
    try {
      await saveFile(documentsUrl(slug, session.assemblyId, session.id, doc.id), doc.name, await signIn.token());
    } catch (e) {
      setFailure(e);
    }
  };
  const upload = async () => {
    if (!file) return;
    setFailure(undefined);
    setMessage('');
    setProblem('');
    if (file.size > maxDocumentBytes) {
      setProblem(t('documents.tooLarge'));
      return;
    }
    setUploading(true);
    try {
      const token = await signIn.token();
      const response = await fetch(
        `${documentsUrl(slug, session.assemblyId, session.id)}?name=${encodeURIComponent(file.name)}`,
        {
          method: 'POST',
          headers: {
            'Content-Type': file.type || 'application/octet-stream',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          // The file's bytes as they are (not a form): the API reads the type from Content-Type.
          body: file,
        },
      );
      if (!response.ok) throw await toApiError(response);
      const saved = (await response.json()) as SessionDocument;
      setMessage(t(response.status === 201 ? 'documents.uploaded' : 'documents.alreadyThere', { name: saved.name }));
      setFile(undefined);
      if (input.current) input.current.value = '';
    } catch (e) {
      // A refusal of the file or its name (400) says what is wrong with it; a format (415) or size (413) by its type.
      const fields = e instanceof ApiError ? e.errors.filter((p) => p.field === 'file' || p.field === 'name') : [];
      setProblem(fields.length > 0 ? fields.map((p) => fieldProblemText(i18n, p)).join(' ') : problemText(i18n, e));
    } finally {
      setUploading(false);
      await queryClient.invalidateQueries({
        queryKey: [...sessionKey(slug, session.assemblyId, session.id), 'documents'],
      });
    }
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    setFailure(undefined);
    setMessage('');
    try {
      await remove.mutateAsync(deleting.id);
      setMessage(t('documents.deleted'));
    } catch (e) {
      setFailure(e);
    } finally {
      setDeleting(undefined);
    }
  };

  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('documents.title')}</h2>
      {failure ? <ErrorMessage error={failure} /> : null}
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="success" role="status">
        {message}
      </p>
      {documents.error ? <ErrorMessage error={documents.error} /> : null}
      <PagedTable
        captionId="documents-caption"
        caption={t('documents.caption')}
        columns={[
          t('documents.name'),
          t('documents.type'),
          t('documents.size'),
          t('documents.date'),
          ...(staff ? [t('common.actions')] : []),
        ]}
        page={wholeList(documents.data)}
        failed={Boolean(documents.error)}
        empty={t('documents.empty')}
        rowKey={(doc) => doc.id}
        cells={(doc) => (
          <>
            <th scope="row">
              <button type="button" className="link" onClick={() => void download(doc)}>
                {doc.name}
              </button>
            </th>
            <td>{formatOf(doc.mediaType)}</td>
            <td>{size(doc.sizeBytes)}</td>
            <td>
              <time dateTime={doc.uploadedAt}>{dateTime(doc.uploadedAt)}</time>
            </td>
            {staff ? (
              <td>
                <button
                  type="button"
                  className="button secondary"
                  disabled={readOnly}
                  onClick={() => {
                    setMessage('');
                    setDeleting(doc);
                  }}
                >
                  {t('documents.delete')}
                </button>
              </td>
            ) : null}
          </>
        )}
      />
      {staff ? (
        <div className="panel">
          <div className="field">
            <label htmlFor="document-file">{t('documents.file')}</label>
            <input
              id="document-file"
              ref={input}
              type="file"
              accept={documentTypes}
              aria-describedby="document-limits"
              disabled={readOnly}
              onChange={(e) => setFile(e.target.files?.[0])}
            />
            <p id="document-limits" className="hint">
              {t('documents.limits')}
            </p>
          </div>
          <p className="actions">
            <button
              type="button"
              className="button"
              disabled={readOnly || !file || uploading}
              onClick={() => void upload()}
            >
              {t('documents.upload')}
            </button>
          </p>
        </div>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('documents.deleteTitle', { name: deleting.name })}
          busy={remove.isPending}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(undefined)}
        >
          <p>{t('documents.deleteExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** A session's minutes: published, for everyone; staff write the draft and publish it, once and for all. */
export function SessionMinutes({
  slug,
  session,
  staff,
  readOnly,
}: {
  slug: string;
  session: Session;
  staff: boolean;
  readOnly: boolean;
}) {
  const { t, dateTime } = useI18n();
  const minutes = useMinutes(slug, session.assemblyId, session.id);
  const { save: saveMinutes, publish } = useMinutesChanges(slug, session.assemblyId, session.id);
  const [text, setText] = useState<string>();
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [publishing, setPublishing] = useState(false);
  const none = isNotFound(minutes.error);
  const data = none ? undefined : minutes.data;
  const published = data?.status === 'PUBLISHED';
  const shown = text ?? data?.text ?? '';

  const saveDraft = async () => {
    setFailure(undefined);
    setMessage('');
    try {
      await saveMinutes.mutateAsync({ text: shown.trim(), editing: data?.version ?? 0 });
      setText(undefined);
      setMessage(t('minutes.saved'));
    } catch (e) {
      setFailure(e);
      // Someone else saved meanwhile: show their version (the problem says so), the typed text kept.
      await minutes.refetch();
    }
  };
  const confirmPublish = async () => {
    setFailure(undefined);
    setMessage('');
    try {
      await publish.mutateAsync();
      setText(undefined);
      setMessage(t('minutes.published'));
    } catch (e) {
      setFailure(e);
      await minutes.refetch();
    } finally {
      setPublishing(false);
    }
  };

  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('minutes.title')}</h2>
      {minutes.error && !none ? <ErrorMessage error={minutes.error} /> : null}
      {failure ? <ErrorMessage error={failure} /> : null}
      <p className="success" role="status">
        {message}
      </p>
      {published && data ? (
        <>
          <p>{t('minutes.publishedOn', { date: dateTime(data.publishedAt ?? data.writtenAt) })}</p>
          <div className="recommendation-text" style={{ whiteSpace: 'pre-wrap' }}>
            {data.text}
          </div>
        </>
      ) : !staff && (none || data) ? (
        <p>{t('minutes.none')}</p>
      ) : null}
      {staff && !published && (none || data) ? (
        <div className="staff">
          {data ? <p>{t('minutes.draft', { date: dateTime(data.writtenAt) })}</p> : <p>{t('minutes.none')}</p>}
          <div className="field">
            <label htmlFor="minutes-text">{t('minutes.text')}</label>
            <textarea
              id="minutes-text"
              rows={12}
              value={shown}
              disabled={readOnly}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <p className="actions">
            <button
              type="button"
              className="button"
              disabled={readOnly || saveMinutes.isPending || shown.trim() === ''}
              onClick={() => void saveDraft()}
            >
              {t('minutes.save')}
            </button>{' '}
            <button
              type="button"
              className="button secondary"
              disabled={readOnly || !data || text !== undefined}
              onClick={() => {
                setMessage('');
                setPublishing(true);
              }}
            >
              {t('minutes.publish')}
            </button>
          </p>
        </div>
      ) : null}
      {publishing ? (
        <ConfirmDialog
          title={t('minutes.publishTitle')}
          busy={publish.isPending}
          onConfirm={() => void confirmPublish()}
          onCancel={() => setPublishing(false)}
        >
          <p>{t('minutes.publishExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
