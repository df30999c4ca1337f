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

/** How the assembly votes (named or secret ballots, quorum, threshold) and how many months the commune has to answer. */
export type VotingRule = Required<Schemas['VotingRule']>;
export type Secrecy = VotingRule['secrecy'];
export type AdoptionThreshold = VotingRule['threshold'];
export const secrecies = ['NAMED', 'SECRET'] as const satisfies readonly Secrecy[];
export const adoptionThresholds = [
  'SIMPLE_MAJORITY',
  'TWO_THIRDS',
  'CONSENSUS_80',
] as const satisfies readonly AdoptionThreshold[];

export type RecommendationStatus = NonNullable<Schemas['RecommendationSummary']['status']>;
export type Decision = NonNullable<Schemas['AnswerView']['decision']>;
export type FollowUpStatus = NonNullable<Schemas['FollowUpView']['status']>;
export type Verdict = NonNullable<Schemas['AssessmentView']['verdict']>;
export type Choice = NonNullable<Schemas['Voter']['choice']>;
export type AmendmentStatus = NonNullable<Schemas['AmendmentView']['status']>;
export type AnswerState = 'UNANSWERED' | Decision;

export const recommendationStatuses = [
  'DRAFT',
  'IN_VOTE',
  'ADOPTED',
  'NOT_ADOPTED',
] as const satisfies readonly RecommendationStatus[];
export const decisions = ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED'] as const satisfies readonly Decision[];
export const answerStates = ['UNANSWERED', ...decisions] as const satisfies readonly AnswerState[];
export const followUpStatuses = [
  'PLANNED',
  'IN_PROGRESS',
  'STALLED',
  'DONE',
] as const satisfies readonly FollowUpStatus[];
export const verdicts = ['SATISFIED', 'PARTLY_SATISFIED', 'NOT_SATISFIED'] as const satisfies readonly Verdict[];
export const choices = ['FOR', 'AGAINST', 'ABSTAIN'] as const satisfies readonly Choice[];

/** A recommendation in the assembly's list: where it stands, from draft to follow-up. */
export type RecommendationSummary = Required<
  Omit<Schemas['RecommendationSummary'], 'voteClosedAt' | 'responseDueOn' | 'decision' | 'followUpStatus' | 'progress'>
> & {
  voteClosedAt?: string | null;
  responseDueOn?: string | null;
  decision?: Decision | null;
  followUpStatus?: FollowUpStatus | null;
  progress?: number | null;
};
export type DraftRequest = Schemas['DraftRequest'];
export type EditRequest = Schemas['EditRequest'];
export type AmendmentRequest = Schemas['AmendmentRequest'];
export type AnswerRequest = Schemas['AnswerRequest'];
export type FollowUpRequest = Schemas['FollowUpRequest'];
export type AssessmentRequest = Schemas['AssessmentRequest'];

export type RecommendationVersion = Required<Omit<Schemas['Version'], 'amendmentId'>> & { amendmentId?: string | null };
export type Amendment = Required<Omit<Schemas['AmendmentView'], 'decidedAt' | 'decisionNote'>> & {
  decidedAt?: string | null;
  decisionNote?: string | null;
};
export interface Tally {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}
export interface VoteResult {
  tally: Tally;
  seated: number;
  quorumNeeded: number;
  quorumMet: boolean;
  adopted: boolean;
}
export interface Voter {
  name: string;
  choice?: Choice | null;
}
/** A vote: while open only its number of ballots; its result once closed; who voted for the staff. */
export type Vote = Required<Omit<Schemas['VoteView'], 'closedAt' | 'result' | 'yourChoice' | 'voters'>> & {
  closedAt?: string | null;
  result?: VoteResult | null;
  yourChoice?: Choice | null;
  voters: Voter[];
};
export type Answer = Required<Omit<Schemas['AnswerView'], 'justification'>> & { justification?: string | null };
export type FollowUp = Required<Schemas['FollowUpView']>;
export type Assessment = Required<Schemas['AssessmentView']>;

/** A recommendation with its history: versions, amendments, vote, the commune's answer and its follow-up. */
export type Recommendation = Required<
  Omit<
    Schemas['RecommendationView'],
    'versions' | 'amendments' | 'vote' | 'responseDueOn' | 'answer' | 'followUps' | 'assessments'
  >
> & {
  versions: RecommendationVersion[];
  amendments: Amendment[];
  vote?: Vote | null;
  responseDueOn?: string | null;
  answer?: Answer | null;
  followUps: FollowUp[];
  assessments: Assessment[];
};

/** An adopted recommendation as anyone sees it, signed out: never who voted. */
export type PublicRecommendation = Required<
  Omit<Schemas['PublicRecommendation'], 'result' | 'answer' | 'followUps' | 'assessment'>
> & {
  result: VoteResult;
  answer?: Answer | null;
  followUps: FollowUp[];
  assessment?: Assessment | null;
};

/** Whether a session has begun and is not cancelled: only then may a vote open or an assessment be recorded at it. */
export function hasStarted(session: Pick<Session, 'startsAt' | 'status'>, now: Date = new Date()): boolean {
  return session.status !== 'CANCELLED' && new Date(session.startsAt).getTime() <= now.getTime();
}

/** A file attached to a session (agenda, slides, reports), as members see it listed. */
export type SessionDocument = Required<Schemas['Document']>;
/** A session's minutes: a draft staff edit until they publish it, which is final. */
export type Minutes = Required<Omit<Schemas['Minutes'], 'publishedAt'>> & { publishedAt?: string | null };
/** How many people follow a public recommendation, and whether the caller does. */
export type Following = Required<Schemas['Following']>;

/** What a session's documents may be: PDF, images, OpenDocument, Office, CSV and text, up to 10 MB. */
export const documentTypes =
  '.pdf,.png,.jpg,.jpeg,.odt,.ods,.odp,.docx,.xlsx,.pptx,.csv,.txt,application/pdf,image/png,image/jpeg,text/csv,text/plain';
export const maxDocumentBytes = 10 * 1024 * 1024;
