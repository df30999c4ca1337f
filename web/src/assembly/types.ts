import type { components } from '../api/generated/assembly-service';

/** assembly-service's answers, as the app reads them: its OpenAPI document's schemas, whose members it always sends. */
type Schemas = components['schemas'];

export type Assembly = Required<Schemas['AssemblyView']>;
export type AssemblyKind = Assembly['kind'];
export type AssemblyRequest = Schemas['AssemblyRequest'];
export type Renewal = Required<Schemas['Renewal']>;

export interface RotationPlan {
  vacantSeats: number[];
  renewals: Renewal[];
}

/** A seat held, or once held, by a person; how and when it ended once it has. */
export type Mandate = Required<Omit<Schemas['Mandate'], 'endedOn' | 'endReason'>> & {
  endedOn?: string | null;
  endReason?: string | null;
};
export type MandateStatus = Mandate['status'];
export type SeatRequest = Schemas['SeatRequest'];

export const assemblyKinds = [
  'PERMANENT_COUNCIL',
  'TOPICAL_PANEL',
  'FOLLOW_UP_COMMITTEE',
] as const satisfies readonly AssemblyKind[];
export const mandateStatuses = ['ACTIVE', 'WITHDRAWN', 'REPLACED', 'ENDED'] as const satisfies readonly MandateStatus[];

/** Who may run the commune's assemblies and see who sits in them: its administrators and facilitators. */
export function isStaff(roles: readonly string[] | undefined): boolean {
  return Boolean(roles?.some((role) => role === 'ADMIN' || role === 'FACILITATOR'));
}

/** Seats as ranges, for a list that may be long: [1, 2, 3, 5, 7, 8] → "1–3, 5, 7–8". */
export function seatRanges(seats: readonly number[], format: (n: number) => string = String): string {
  const sorted = [...seats].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    const last = sorted[i];
    ranges.push(first === last ? format(first) : `${format(first)}–${format(last)}`);
  }
  return ranges.join(', ');
}

/**
 * The cohort a seat belongs to: the seats are split into consecutive blocks, one per cohort (assembly-service's
 * RotationRule.cohortOf).
 */
export function cohortOf(assembly: Pick<Assembly, 'seats' | 'cohorts'>, seat: number): number {
  return Math.floor(((seat - 1) * assembly.cohorts) / assembly.seats) + 1;
}

/** A sitting of an assembly, its times in the commune's zone; myResponse is the caller's own convocation, if any. */
export type Session = Required<Omit<Schemas['SessionView'], 'place' | 'onlineLink' | 'myResponse' | 'convocations'>> & {
  place?: string | null;
  onlineLink?: string | null;
  myResponse?: ConvocationResponse | null;
  convocations: { convened: number; confirmed: number; excused: number };
};
export type SessionKind = Session['kind'];
export type SessionRequest = Schemas['SessionRequest'];
export type Guest = Schemas['Guest'];
export type Convocation = Required<Omit<Schemas['Convocation'], 'respondedAt' | 'note'>> & {
  respondedAt?: string | null;
  note?: string | null;
};
export type ConvocationResponse = NonNullable<Schemas['Convocation']['response']>;
export type ConvocationResult = Required<Schemas['ConvocationResult']>;
export type AttendanceVersion = Required<Omit<Schemas['AttendanceVersion'], 'reason'>> & { reason?: string | null };
export type AttendanceStatus = AttendanceVersion['status'];
export type SheetLine = Required<Omit<Schemas['SheetLine'], 'current'>> & { current: AttendanceVersion | null };
export type SheetResult = { recorded: number; unchanged: number; sheet: SheetLine[] };
export type AttendanceEntry = Schemas['Entry'];
export type CorrectionRequest = Schemas['CorrectionRequest'];

export const sessionKinds = [
  'INFORMATION_HEARING',
  'DELIBERATION',
  'VOTE',
  'FOLLOW_UP_REVIEW',
] as const satisfies readonly SessionKind[];
export const attendanceStatuses = [
  'PRESENT',
  'EXCUSED',
  'ABSENT',
  'PARTIAL',
] as const satisfies readonly AttendanceStatus[];

/** A session's start and end as the commune's clocks show them, in the reader's language: "Friday 15 January 2027, 19:00–21:30". */
export function sessionTimes(language: string, session: Pick<Session, 'startsAt' | 'endsAt' | 'zone'>): string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: session.zone });
  return format.formatRange(new Date(session.startsAt), new Date(session.endsAt));
}
