import type { AccountRole } from './labels';

// The organisation as an administrator sees it, and de-identified counts. Calendar dates are YYYY-MM-DD.

export interface OrganisationSummaryResponse {
  since: string;
  sites: number;
  teams: number;
  workers: number;
  people: number;
  contactsSince: number;
  beyondRoutineSince: number;
}

export interface OrganisationResponse {
  sites: { id: string; name: string }[];
  teams: {
    id: string;
    siteId: string;
    name: string;
    reviewCadenceMonths: number;
    phone?: string | null;
    serviceHours?: string | null;
    /** Send it back with a change to the phone number or hours: a change someone else saved first is refused (409). */
    version?: number;
  }[];
  workers: {
    id: string;
    name: string;
    profession: string;
    teamId: string;
    email: string | null;
    phone: string | null;
    leftOn: string | null;
    /** Send it back with a change: a change someone else saved first is refused (409). */
    version?: number;
  }[];
  people: { id: string; name: string; preferredName: string | null; dateOfBirth: string | null; teamId: string }[];
  carers: {
    id: string;
    name: string;
    phone: string | null;
    version?: number;
    /** Their relationship to each person they support ("Mother"), changed with the carer's details. */
    relationships: { personId: string; relationship: string }[];
  }[];
  /** Who people ring in a crisis, in the order they are shown. */
  crisisContacts: { name: string; phone: string; hours: string | null; note: string | null }[];
  /** Send it back with a change to the crisis contacts. */
  crisisContactsVersion: number;
  accounts: {
    id: string;
    username: string;
    role: AccountRole;
    workerId: string | null;
    personId: string | null;
    carerId: string | null;
  }[];
  /** Which community teams each employment specialist works inside (ADR 0049). */
  ipsAttachments: { workerId: string; teamId: string }[];
}
