import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ApiError } from '../api/client';
import { applyFieldProblems, fieldProblemText } from '../api/problems';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, Field, TextAreaField } from '../ui/Field';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { useAttendanceHistory, useAttendanceSheet, useSessionChanges } from './queries';
import {
  attendanceStatuses,
  type AttendanceEntry,
  type AttendanceStatus,
  type AttendanceVersion,
  type Session,
  type SheetLine,
} from './types';

interface Choice {
  status: AttendanceStatus | '';
  halfDays: string;
}

/** The status of a record in words, with its half-days when the member was there for part of the session. */
function useStatusText() {
  const { t, word } = useI18n();
  return (version: Pick<AttendanceVersion, 'status' | 'halfDays'>) =>
    version.status === 'PARTIAL'
      ? t('attendance.partialText', { halfDays: version.halfDays })
      : word('attendanceStatus', version.status);
}

/**
 * The attendance sheet of a session, for its staff: a status for each member not recorded yet, recorded together;
 * a recorded line is corrected one at a time, with a reason, and keeps its history.
 */
export function AttendanceSheet({ slug, session, readOnly }: { slug: string; session: Session; readOnly: boolean }) {
  const i18n = useI18n();
  const { t, number, word, plural } = i18n;
  const statusText = useStatusText();
  const sheet = useAttendanceSheet(slug, session.assemblyId, session.id);
  const { record } = useSessionChanges(slug, session.assemblyId, session.id);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState('');
  const [correcting, setCorrecting] = useState<SheetLine>();
  const [history, setHistory] = useState<string>();

  const choiceOf = (userId: string): Choice => choices[userId] ?? { status: '', halfDays: '' };
  const choose = (userId: string, change: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [userId]: { ...choiceOf(userId), ...change } }));

  const save = async () => {
    setFailure(undefined);
    setMessage('');
    setRowErrors({});
    const entries: AttendanceEntry[] = (sheet.data ?? [])
      .filter((line) => !line.current && choiceOf(line.userId).status)
      .map((line) => {
        const { status, halfDays } = choiceOf(line.userId);
        return {
          userId: line.userId,
          status: status as AttendanceStatus,
          halfDays: status === 'PARTIAL' && halfDays ? Number(halfDays) : undefined,
        };
      });
    if (entries.length === 0) {
      setMessage(t('attendance.nothingToRecord'));
      return;
    }
    try {
      const result = await record.mutateAsync(entries);
      setChoices({});
      setMessage(plural('attendance.recorded', result.recorded));
    } catch (e) {
      const byRow: Record<string, string> = {};
      if (e instanceof ApiError) {
        for (const problem of e.errors) {
          const index = /^entries\[(\d+)\]/.exec(problem.field)?.[1];
          const entry = index === undefined ? undefined : entries[Number(index)];
          if (entry) byRow[entry.userId] = fieldProblemText(i18n, problem);
        }
      }
      setRowErrors(byRow);
      if (Object.keys(byRow).length === 0) setFailure(e);
    }
  };

  const pending = (sheet.data ?? []).some((line) => !line.current);
  return (
    <section className="staff" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      <p>{t('attendance.lead')}</p>
      {sheet.error ? <ErrorMessage error={sheet.error} /> : null}
      {failure ? <ErrorMessage error={failure} /> : null}
      {Object.keys(rowErrors).length > 0 ? (
        <p className="error" role="alert">
          {t('error.fieldsBelow')}
        </p>
      ) : null}
      <p className="success" role="status">
        {message}
      </p>
      <PagedTable
        captionId="attendance-caption"
        caption={t('attendance.caption')}
        columns={[t('attendance.member'), t('attendance.seat'), t('attendance.status'), t('common.actions')]}
        page={wholeList(sheet.data)}
        failed={Boolean(sheet.error)}
        empty={t('attendance.empty')}
        rowKey={(line) => line.userId}
        cells={(line) => {
          const choice = choiceOf(line.userId);
          const error = rowErrors[line.userId];
          const errorId = `attendance-${line.userId}-error`;
          return (
            <>
              <th scope="row">{line.name}</th>
              <td className="number">{number(line.seat)}</td>
              <td>
                {line.current ? (
                  statusText(line.current)
                ) : (
                  <>
                    <select
                      aria-label={t('attendance.statusOf', { name: line.name })}
                      value={choice.status}
                      disabled={readOnly}
                      aria-invalid={Boolean(error)}
                      aria-describedby={error ? errorId : undefined}
                      onChange={(e) => choose(line.userId, { status: e.target.value as AttendanceStatus | '' })}
                    >
                      <option value="">{t('attendance.notRecorded')}</option>
                      {attendanceStatuses.map((status) => (
                        <option key={status} value={status}>
                          {word('attendanceStatus', status)}
                        </option>
                      ))}
                    </select>
                    {choice.status === 'PARTIAL' ? (
                      <input
                        type="number"
                        min={1}
                        max={Math.max(1, session.halfDays - 1)}
                        aria-label={t('attendance.halfDaysOf', { name: line.name })}
                        value={choice.halfDays}
                        disabled={readOnly}
                        onChange={(e) => choose(line.userId, { halfDays: e.target.value })}
                      />
                    ) : null}
                    {error ? (
                      <p id={errorId} className="field-error">
                        {error}
                      </p>
                    ) : null}
                  </>
                )}
              </td>
              <td>
                {line.current ? (
                  <>
                    <button
                      type="button"
                      className="button small secondary"
                      disabled={readOnly}
                      aria-label={t('attendance.correctName', { name: line.name })}
                      onClick={() => {
                        setMessage('');
                        setFailure(undefined);
                        setCorrecting(line);
                      }}
                    >
                      {t('attendance.correct')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button small secondary"
                      aria-expanded={history === line.userId}
                      aria-label={t('attendance.historyName', { name: line.name })}
                      onClick={() => setHistory(history === line.userId ? undefined : line.userId)}
                    >
                      {t('attendance.history')}
                    </button>
                    {history === line.userId ? <History slug={slug} session={session} userId={line.userId} /> : null}
                  </>
                ) : null}
              </td>
            </>
          );
        }}
      />
      {pending ? (
        <p>
          <button type="button" className="button" disabled={readOnly || record.isPending} onClick={() => void save()}>
            {t('attendance.record')}
          </button>
        </p>
      ) : null}
      {correcting?.current ? (
        <CorrectionDialog
          slug={slug}
          session={session}
          line={correcting}
          current={correcting.current}
          onDone={() => {
            setMessage(t('attendance.corrected', { name: correcting.name }));
            setCorrecting(undefined);
          }}
          onRefused={(e) => {
            setCorrecting(undefined);
            setFailure(e);
          }}
          onCancel={() => setCorrecting(undefined)}
        />
      ) : null}
    </section>
  );
}

/** Every version of a member's attendance, oldest first: what, who recorded it, when and why. */
function History({ slug, session, userId }: { slug: string; session: Session; userId: string }) {
  const { t, dateTime } = useI18n();
  const statusText = useStatusText();
  const versions = useAttendanceHistory(slug, session.assemblyId, session.id, userId);
  if (versions.error) return <ErrorMessage error={versions.error} />;
  if (!versions.data) return <p role="status">{t('common.loading')}</p>;
  return (
    <ol className="history">
      {versions.data.map((version) => (
        <li key={version.version}>
          {t('attendance.version', {
            status: statusText(version),
            by: version.recordedBy,
            at: dateTime(version.recordedAt),
          })}
          {version.reason ? ` ${t('attendance.because', { reason: version.reason })}` : ''}
        </li>
      ))}
    </ol>
  );
}

interface Correction {
  status: AttendanceStatus;
  halfDays: string;
  reason: string;
}

/**
 * Corrects a recorded attendance: its new status, and why (required); it names the version it corrects, so that a
 * correction made meanwhile by someone else is refused (onRefused) rather than overwritten.
 */
function CorrectionDialog({
  slug,
  session,
  line,
  current,
  onDone,
  onRefused,
  onCancel,
}: {
  slug: string;
  session: Session;
  line: SheetLine;
  current: AttendanceVersion;
  onDone: () => void;
  onRefused: (error: unknown) => void;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t, word } = i18n;
  const { correct } = useSessionChanges(slug, session.assemblyId, session.id);
  const [error, setError] = useState<unknown>();
  const form = useForm<Correction>({
    defaultValues: {
      status: current.status,
      halfDays: current.status === 'PARTIAL' ? String(current.halfDays) : '',
      reason: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const status = useWatch({ control: form.control, name: 'status' });

  const confirm = form.handleSubmit(async (draft) => {
    setError(undefined);
    try {
      await correct.mutateAsync({
        userId: line.userId,
        status: draft.status,
        halfDays: draft.status === 'PARTIAL' && draft.halfDays ? Number(draft.halfDays) : undefined,
        reason: draft.reason.trim(),
        correcting: current.version,
      });
      onDone();
    } catch (e) {
      // Corrected by someone else meanwhile: the sheet reloads, and the correction starts again from what it shows.
      if (e instanceof ApiError && e.type === 'attendance-changed') onRefused(e);
      else if (!applyFieldProblems(i18n, e, form.setError, ['status', 'halfDays', 'reason'])) setError(e);
    }
  });

  return (
    <ConfirmDialog
      title={t('attendance.correctTitle', { name: line.name })}
      busy={isSubmitting}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      {error ? <ErrorMessage error={error} /> : null}
      <Field id="correction-status" label={t('attendance.status')} error={errorOf(errors, 'status')}>
        {(describedBy) => (
          <select id="correction-status" {...form.register('status')} aria-describedby={describedBy}>
            {attendanceStatuses.map((code) => (
              <option key={code} value={code}>
                {word('attendanceStatus', code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {status === 'PARTIAL' ? (
        <Field id="correction-halfDays" label={t('attendance.halfDays')} error={errorOf(errors, 'halfDays')}>
          {(describedBy) => (
            <input
              id="correction-halfDays"
              type="number"
              min={1}
              max={Math.max(1, session.halfDays - 1)}
              {...form.register('halfDays')}
              aria-invalid={Boolean(errors.halfDays)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
      ) : null}
      <TextAreaField
        id="correction-reason"
        label={t('decision.reason')}
        error={errorOf(errors, 'reason')}
        rows={3}
        maxLength={500}
        registration={form.register('reason', {
          validate: (value) => value.trim() !== '' || t('decision.reasonRequired'),
        })}
      />
    </ConfirmDialog>
  );
}
