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
