import type { components } from '../api/generated/assembly-service';

/** assembly-service's draws, as the app reads them: its OpenAPI document's schemas, whose members it always sends. */
type Schemas = components['schemas'];

export type Draw = Required<
  Omit<Schemas['DrawView'], 'stage' | 'failure' | 'startedAt' | 'finishedAt' | 'signUpUntil' | 'quotas' | 'register'>
> & {
  quotas: Quota[];
  register?: DrawRegister | null;
  stage?: string | null;
  failure?: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
  signUpUntil?: string | null;
};
export type DrawStatus = Draw['status'];
export type Algorithm = Draw['algorithm'];
export type Quota = Required<Schemas['Quota']>;
/** What stays of a register uploaded for the letters: its hash and counts, and whether its personal data are gone. */
export type DrawRegister = Required<Omit<Schemas['DrawRegister'], 'lettersByDistrict' | 'deletedAt' | 'districts'>> & {
  districts: Required<Schemas['District']>[];
  lettersByDistrict?: boolean | null;
  deletedAt?: string | null;
};
export type DrawRequest = Schemas['DrawRequest'];

/** A volunteer of the draw's pool, as staff see it. */
export type PoolVolunteer = Required<Omit<Schemas['PoolVolunteer'], 'name' | 'email' | 'household' | 'letter'>> & {
  name?: string | null;
  email?: string | null;
  household?: string | null;
  letter?: number | null;
};

/** One person of the panel or the reserves, with their contact for staff. */
export interface DrawPerson {
  pseudonym: string;
  name?: string | null;
  email?: string | null;
  features: Record<string, string>;
}

/** A quota value's bounds, its holders in the pool, the seats and reserves they took, and their chance. */
export interface QuotaRow {
  feature: string;
  value: string;
  min: number;
  max: number;
  pool: number;
  seats: number;
  reserves: number;
  probability: number;
  legacyProbability?: number | null;
}

export interface DropoutCheck {
  dropoutRate: number;
  trials: number;
  keptShare: number;
  meanSeatsOutside: number;
}

export interface DrawResult {
  algorithm: Algorithm;
  selected: DrawPerson[];
  reserves: DrawPerson[];
  quotas: QuotaRow[];
  minimum: number;
  maximum: number;
  legacyMinimum?: number | null;
  legacyMaximum?: number | null;
  legacyRuns: number;
  dropout: DropoutCheck[];
  /** Each volunteer's chance, by profile (every volunteer of the same values has it). */
  profiles: ProfileChance[];
  poolHash: string;
}

export interface ProfileChance {
  values: Record<string, string>;
  volunteers: number;
  probability: number;
  legacyProbability?: number | null;
}

export interface PublicDraw {
  id: string;
  title: string;
  algorithm: Algorithm;
  algorithmVersion: string;
  seed: string;
  seedSource: string;
  poolHash: string;
  poolSize: number;
  panelSize: number;
  quotas: { feature: string; value: string; min: number; max: number; seats: number; probability: number }[];
  selected: string[];
  reserves: string[];
  minimum: number;
  maximum: number;
  register?: DrawRegister | null;
  finishedAt?: string | null;
}

export const algorithms = ['LEXIMIN', 'GOLDILOCKS', 'LEGACY'] as const satisfies readonly Algorithm[];

/** Whether the draw waits for or is in its run: its page follows the progress. */
export function isRunning(status: DrawStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** Whether its quotas, pool and run may still change. */
export function isEditable(status: DrawStatus): boolean {
  return status === 'DRAFT' || status === 'FAILED' || status === 'CANCELLED';
}

export type SeatOfferStatus = NonNullable<Schemas['SeatOfferView']['status']>;

/** A seat offered to a drawn volunteer or a reserve, as staff follow it. */
export interface SeatOffer {
  id: string;
  pseudonym: string;
  name?: string | null;
  email?: string | null;
  features: Record<string, string>;
  fromReserves: boolean;
  replaces?: string | null;
  status: SeatOfferStatus;
  offeredAt: string;
  deadline: string;
  answeredAt?: string | null;
  mandateId?: string | null;
  /** The member this offer seated has since withdrawn: they may be replaced. */
  withdrawn: boolean;
}

/** A replacement as the draw's audit publishes it: who withdrew, the reserve called (none if none was left), how far the quotas hold. */
export interface PublicReplacement {
  withdrawn: string;
  reserve?: string | null;
  brokenSeats?: number | null;
  requestedAt: string;
}

/** A replacement's audit record for staff: the offers it links, and who asked. */
export interface SeatReplacement extends PublicReplacement {
  withdrawnOffer: string;
  reserveOffer?: string | null;
  requestedBy?: string | null;
}

/** A drawn panel's seating: how long each offer stays open, the answers so far, every offer in the order it went. */
export interface Seating {
  drawId: string;
  answerWithinDays: number;
  startsOn?: string | null;
  startedAt: string;
  panelSize: number;
  accepted: number;
  waiting: number;
  reservesLeft: number;
  offers: SeatOffer[];
  replacements: SeatReplacement[];
}

/** A seat offer as its link shows it to the person it went to, signed out. */
export interface PublicSeatOffer {
  id: string;
  assemblyId: string;
  assemblyName: string;
  mandateMonths: number;
  status: SeatOfferStatus;
  deadline: string;
  lapsed: boolean;
  startsOn?: string | null;
  maskedEmail: string;
}

/** What a draw's public sign-up asks: each feature and its values, until when it is open. */
export interface PublicSignUp {
  drawId: string;
  title: string;
  assemblyName: string;
  features: { feature: string; values: string[] }[];
  signUpUntil: string;
  open: boolean;
}

export interface SignedUp {
  drawId: string;
  pseudonym: string;
}
