/** The API's answers, as the app reads them. */
export interface MyCommune {
  slug: string;
  name: string;
  status: string;
  roles: string[];
}

export interface Me {
  userId: string;
  email?: string;
  name?: string;
  roles: string[];
  communes: MyCommune[];
}

export type CommuneStatus = 'AWAITING_APPROVAL' | 'PROVISIONING' | 'ACTIVE' | 'FAILED' | 'SUSPENDED';

export interface Commune {
  id: string;
  slug: string;
  name: string;
  country: string;
  languages: string[];
  status: CommuneStatus;
  provisioning: { organization: boolean; assembly: boolean; plan: boolean };
  failureReason?: string | null;
}
