import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, unwrap, useApi, useAssemblyApi } from '../api/client';
import { fieldProblemText } from '../api/problems';
import type { Member, Page } from '../api/types';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { CsvError, parseCsv } from '../ui/csv';
import { ErrorMessage } from '../ui/ErrorMessage';
import { assembliesKey } from './queries';
import type { Assembly, SeatRequest } from './types';

/** The most rows one list seats; the API takes as many. */
const MAX_ROWS = 500;
/** The longest text the member search takes. */
const MAX_SEARCH = 100;

/** Whether the text is a real calendar day written YYYY-MM-DD (not 2026-13-01 nor 2026-02-30). */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

/** A row of the list as read, and what became of it: the member found, or why it cannot be seated. */
interface Row {
  line: number;
  email: string;
  seat: string;
  startsOn: string;
  member?: Member;
  problems: string[];
}

/** The file's text, read as UTF-8 (with FileReader, which every browser and the tests' DOM have). */
function textOf(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });
}

/** The words of the API's refusals of a row that say what to do. */
const own = {
  'mandates.seat.too-large': 'seatImport.seatTooLarge',
  'mandates.seat.taken': 'seatImport.seatTaken',
  'mandates.seat.duplicate': 'seatImport.seatTwice',
  'mandates.userId.taken': 'seatImport.alreadySeated',
  'mandates.userId.duplicate': 'seatImport.personTwice',
  'mandates.userId.not-found': 'seatImport.notMember',
  'mandates.startsOn.too-small': 'seat.startsTooEarly',
  'mandates.startsOn.too-large': 'seat.startsTooLate',
} as const;

/**
 * Staff seat the members of a list kept elsewhere (a spreadsheet saved as CSV: email, seat, and optionally starts_on):
 * each row is found among the commune's members and shown before anything is seated; then all are seated or none,
 * each refusal shown on its row. Importing the same list again changes nothing.
 */
export function SeatImport({ slug, assembly, readOnly }: { slug: string; assembly: Assembly; readOnly: boolean }) {
  const i18n = useI18n();
  const { t, plural, date } = i18n;
  const api = useApi();
  const assemblyApi = useAssemblyApi();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>();
  const [fileProblem, setFileProblem] = useState('');
  const [reading, setReading] = useState(false);
  const [status, setStatus] = useState('');

  const seat = useMutation({
    mutationFn: (mandates: SeatRequest[]) =>
      unwrap<{ seated: number; unchanged: number }>(
        assemblyApi.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/mandates/import', {
          params: { path: { slug, assembly: assembly.id } },
          body: { mandates },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assembliesKey(slug) }),
  });

  /** The member whose address this is, if the commune has one. */
  async function memberWith(email: string): Promise<Member | undefined> {
    if (email.length > MAX_SEARCH) return undefined;
    // The search matches names and addresses that contain the text: the exact address is looked for among many.
    const found = await unwrap<Page<Member>>(
      api.GET('/api/communes/{slug}/members', { params: { path: { slug }, query: { q: email, page: 0, size: 100 } } }),
    );
    return found.items.find((member) => member.email?.toLowerCase() === email.toLowerCase());
  }

  async function read(file: File) {
    setRows(undefined);
    setFileProblem('');
    setStatus('');
    seat.reset();
    let parsed: ReturnType<typeof parseCsv>;
    try {
      parsed = parseCsv(await textOf(file));
    } catch (e) {
      setFileProblem(e instanceof CsvError ? t('seatImport.unclosedQuote', { line: e.line }) : t('error.generic'));
      return;
    }
    const { header, records } = parsed;
    if (!header.includes('email') || !header.includes('seat')) {
      setFileProblem(t('seatImport.columns'));
      return;
    }
    if (records.length === 0 || records.length > MAX_ROWS) {
      setFileProblem(t('seatImport.size', { max: MAX_ROWS }));
      return;
    }
    setReading(true);
    try {
      const read: Row[] = [];
      for (const record of records) {
        const email = record.fields.email ?? '';
        const row: Row = {
          line: record.line,
          email,
          seat: record.fields.seat ?? '',
          startsOn: record.fields.starts_on ?? '',
          problems: [],
        };
        if (!/^\d+$/.test(row.seat) || Number(row.seat) < 1 || Number(row.seat) > assembly.seats) {
          row.problems.push(t('seatImport.seatTooLarge', { max: assembly.seats }));
        }
        if (row.startsOn && !isDay(row.startsOn)) row.problems.push(t('seatImport.dateFormat'));
        if (!email.includes('@')) row.problems.push(t('seatImport.emailMissing'));
        else {
          row.member = await memberWith(email);
          if (!row.member) row.problems.push(t('seatImport.notMember'));
        }
        read.push(row);
      }
      setRows(read);
    } catch (e) {
      setFileProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setReading(false);
    }
  }

  async function seatAll(list: Row[]) {
    setStatus('');
    try {
      const result = await seat.mutateAsync(
        list.map((row) => ({
          userId: row.member!.userId,
          name: row.member!.name || row.member!.email,
          seat: Number(row.seat),
          startsOn: row.startsOn || undefined,
        })),
      );
      setStatus(
        [plural('seatImport.seated', result.seated), plural('seatImport.unchanged', result.unchanged)]
          .filter((_, i) => i === 0 || result.unchanged > 0)
          .join(' '),
      );
      setRows(undefined);
    } catch (e) {
      if (e instanceof ApiError && e.errors.some((p) => p.field.startsWith('mandates['))) {
        // Each refusal on its row: the API names them mandates[index].field.
        setRows(
          list.map((row, index) => ({
            ...row,
            problems: e.errors
              .filter((p) => p.field.startsWith(`mandates[${index}]`))
              .map((p) => fieldProblemText(i18n, p, own as Record<string, MessageKey>)),
          })),
        );
      }
    }
  }

  const ready = rows !== undefined && rows.length > 0 && rows.every((row) => row.problems.length === 0);
  // Refusals of rows are shown on them; any other (the list as a whole, the platform) above.
  const refused = seat.error instanceof ApiError && seat.error.errors.some((p) => p.field.startsWith('mandates['));
  return (
    <section className="panel" aria-labelledby="seat-import-heading">
      <h2 id="seat-import-heading">{t('seatImport.title')}</h2>
      <p>{t('seatImport.lead')}</p>
      <p className="hint">{t('seatImport.example')}</p>
      <div className="field">
        <label htmlFor="seat-import-file">{t('seatImport.file')}</label>
        <input
          id="seat-import-file"
          type="file"
          accept=".csv,text/csv"
          disabled={readOnly || reading}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void read(file);
            // Emptied, so that choosing the same file again once corrected reads it again.
            e.target.value = '';
          }}
        />
      </div>
      {fileProblem ? (
        <p className="error" role="alert">
          {fileProblem}
        </p>
      ) : null}
      {reading ? <p role="status">{t('seatImport.reading')}</p> : null}
      {seat.error && !refused ? <ErrorMessage error={seat.error} /> : null}
      <p className="success" role="status">
        {status}
      </p>
      {rows ? (
        <>
          <table>
            <caption>{t('seatImport.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('seatImport.line')}</th>
                <th scope="col">{t('seatImport.email')}</th>
                <th scope="col">{t('seatImport.member')}</th>
                <th scope="col">{t('mandates.seat')}</th>
                <th scope="col">{t('mandates.start')}</th>
                <th scope="col">{t('seatImport.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.line} className={row.problems.length > 0 ? 'refused' : undefined}>
                  <td className="number">{row.line}</td>
                  <td>{row.email}</td>
                  <td>{row.member ? row.member.name || row.member.email : ''}</td>
                  <td className="number">{row.seat}</td>
                  <td>{isDay(row.startsOn) ? date(row.startsOn) : row.startsOn}</td>
                  <td>{row.problems.length > 0 ? row.problems.join(' ') : t('seatImport.fine')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ready ? (
            <button
              type="button"
              className="button"
              disabled={readOnly || seat.isPending}
              onClick={() => void seatAll(rows)}
            >
              {plural('seatImport.submit', rows.length)}
            </button>
          ) : (
            <p className="notice">{t('seatImport.fixFirst')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
