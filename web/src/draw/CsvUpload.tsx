import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { sendFile } from '../api/download';
import { fieldProblemText, problemText } from '../api/problems';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import { drawsKey } from './queries';
import type { Draw } from './types';

/**
 * A CSV file chosen and uploaded to a draw (its pool, its register): every problem of a refused file as a line of its
 * own (each names its line and column), the success told by {@code told}, the draw read again either way.
 */
export function useCsvUpload(slug: string, draw: Draw, url: string, told: (saved: Draw) => string) {
  const i18n = useI18n();
  const session = useSession();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [uploading, setUploading] = useState(false);

  const upload = async () => {
    if (!file) return;
    setProblems([]);
    setStatus('');
    setUploading(true);
    try {
      const saved = await sendFile<Draw>(url, file, await session.token());
      setStatus(told(saved));
      setFile(undefined);
      // Chromium fires no change for the same file chosen again: emptied, the corrected file is read.
      if (input.current) input.current.value = '';
    } catch (e) {
      setProblems(
        e instanceof ApiError && e.errors.length > 0
          ? e.errors.map((p) => p.detail || fieldProblemText(i18n, p))
          : [problemText(i18n, e)],
      );
    } finally {
      setUploading(false);
      await queryClient.invalidateQueries({ queryKey: drawsKey(slug, draw.assemblyId) });
    }
  };

  return { input, file, setFile, problems, status, uploading, upload };
}

/** The file field of a CSV upload, with the problems of a refused file above it and the success told. */
export function CsvUploadField({
  upload,
  id,
  label,
  hint,
  button,
  disabled,
}: {
  upload: ReturnType<typeof useCsvUpload>;
  id: string;
  label: string;
  hint?: string;
  button: string;
  disabled: boolean;
}) {
  const { input, file, setFile, problems, status, uploading } = upload;
  return (
    <>
      {problems.length > 0 ? (
        <ul className="error" role="alert">
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <p className="success" role="status">
        {status}
      </p>
      <fieldset className="plain" disabled={disabled}>
        <label htmlFor={id}>{label}</label>
        <input id={id} ref={input} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0])} />
        {hint ? <p className="hint">{hint}</p> : null}
        <p>
          <button type="button" className="button" disabled={!file || uploading} onClick={() => void upload.upload()}>
            {button}
          </button>
        </p>
      </fieldset>
    </>
  );
}
