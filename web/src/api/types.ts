/** The API's answers, as the app reads them. */
export type Role = 'ADMIN' | 'FACILITATOR' | 'CITIZEN' | 'MEMBER';

export interface MyCommune {
  slug: string;
  name: string;
  status: string;
  roles: Role[];
}

export interface Me {
  userId: string;
  email?: string;
  name?: string;
  /** Platform roles; "operator" for the platform's operators. */
  roles: string[];
  communes: MyCommune[];
}

export const communeStatuses = [
  'AWAITING_APPROVAL',
  'PROVISIONING',
  'ACTIVE',
  'FAILED',
  'SUSPENDED',
  'REJECTED',
] as const;
export type CommuneStatus = (typeof communeStatuses)[number];

export interface Commune {
  id: string;
  slug: string;
  name: string;
  country: string;
  languages: string[];
  status: CommuneStatus;
  officialCode: string;
  population: number;
  contactEmail: string;
  provisioning: { organization: boolean; assembly: boolean; plan: boolean };
  failureReason?: string | null;
  suspensionReason?: string | null;
  postalCodes?: string[];
  description?: string | null;
  /** When it was requested; in the operators' list. */
  createdAt?: string;
  requester?: { email: string; name?: string | null } | null;
  memberCount?: number;
}

/** What an administrator may change of the commune's details (PATCH); what is left out stays. */
export interface CommuneChange {
  name?: string;
  population?: number;
  contactEmail?: string;
  languages?: string[];
  postalCodes?: string[];
  description?: string;
}

export type JoinPolicy = 'OPEN' | 'INVITATION_CODE';

/** What anyone, signed in or not, may know of a commune before joining it. */
export interface PublicCommune {
  slug: string;
  name: string;
  country: string;
  languages: string[];
  status: CommuneStatus;
  joinPolicy: JoinPolicy;
  postalCodes?: string[];
  description?: string | null;
}

/** An active commune in the public directory. */
export interface DirectoryCommune {
  slug: string;
  name: string;
  country: string;
  postalCodes: string[];
  population: number;
  languages: string[];
  joinPolicy: JoinPolicy;
}

/** An invitation as its link tells anyone, signed in or not (GET /api/public/invitations/{id}). */
export interface PublicInvitation {
  kind: 'STAFF' | 'COORDINATOR';
  communeName?: string | null;
  communeSlug?: string | null;
  networkName?: string | null;
  networkSlug?: string | null;
  role?: string | null;
  status: InvitationStatus;
  expiresAt: string;
  /** The address it was sent to, masked: a•••@uccle.be. */
  addressHint: string;
}

export interface Membership {
  slug: string;
  roles: Role[];
}

/** One page of a list; page counts from 0. */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface Member {
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  since: string;
}

export interface JoiningSettings {
  policy: JoinPolicy;
  invitationCode: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorName: string | null;
  action: string;
  detail: Record<string, string>;
}

/** The roles a commune's administrators may invite its staff to. */
export const staffRoles = ['ADMIN', 'FACILITATOR'] as const satisfies readonly Role[];
export type StaffRole = (typeof staffRoles)[number];

export const invitationStatuses = ['OPEN', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** An invitation to join a commune's staff, as its administrators see it. */
export interface StaffInvitation {
  id: string;
  email: string;
  role: StaffRole;
  status: InvitationStatus;
  invitedAt: string;
  expiresAt: string;
}

/** An open invitation addressed to the signed-in person: to a commune's staff, or to coordinate a network. */
export type MyInvitation = MyStaffInvitation | MyCoordinatorInvitation;

export interface MyStaffInvitation {
  kind: 'STAFF';
  id: string;
  communeSlug: string;
  communeName: string;
  role: StaffRole;
  expiresAt: string;
}

export interface MyCoordinatorInvitation {
  kind: 'COORDINATOR';
  id: string;
  networkSlug: string;
  networkName: string;
  expiresAt: string;
}

/** What accepting an invitation made of the person: their roles in the commune, or the network they coordinate. */
export type Acceptance =
  { kind: 'STAFF'; communeSlug: string; roles: Role[] } | { kind: 'COORDINATOR'; networkSlug: string };

/** The indicators a member commune may share with a network of communes. */
export const indicatorGroups = ['PLAN', 'ASSEMBLY', 'ALLOWANCES'] as const;
export type IndicatorGroup = (typeof indicatorGroups)[number];

/** A commune's standing with a network: invited by it, asked to join it, or in it. */
export const networkStatuses = ['INVITED', 'REQUESTED', 'MEMBER'] as const;
export type NetworkStatus = (typeof networkStatuses)[number];

/** A network of communes, e.g. a regional coordinator of the Covenant of Mayors. */
export interface Network {
  slug: string;
  name: string;
  description: string;
  /** Whether the signed-in person coordinates it. */
  coordinating: boolean;
}

export interface Coordinator {
  userId: string;
  name: string;
  email: string;
}

/** An invitation to coordinate a network, waiting for an answer, as its coordinators see it. */
export interface CoordinatorInvitation {
  id: string;
  email: string;
  invitedAt: string;
  expiresAt: string;
}

/** A commune of a network, as its coordinators see it. */
export interface NetworkCommune {
  commune: string;
  name: string;
  status: NetworkStatus;
  sharing: IndicatorGroup[];
}

/** A network of a commune, as the commune sees it. */
export interface CommuneNetwork {
  network: string;
  name: string;
  status: NetworkStatus;
  sharing: IndicatorGroup[];
}

/** A commune's standing with a network after a change. */
export interface NetworkStanding {
  network: string;
  status: NetworkStatus;
}

/** What a commune shares with a network after a change. */
export interface NetworkSharing {
  network: string;
  sharing: IndicatorGroup[];
}
