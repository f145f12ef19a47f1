import type { CarerShareScope } from '../../domain/access/person-access-policy';
import type { DischargeReason } from '../../domain/people/discharge-reasons';

export interface SiteRecord {
  id: string;
  name: string;
}
export interface TeamRecord {
  id: string;
  siteId: string;
  name: string;
  reviewCadenceMonths: number;
  /** How people and carers reach the team; null until an administrator sets it. */
  phone?: string | null;
  serviceHours?: string | null;
  /** Send it back with a change: a change from an older version is refused (409). */
  version?: number;
}
export interface WorkerRecord {
  id: string;
  name: string;
  profession: string;
  teamId: string;
  email: string | null;
  phone: string | null;
  leftOn: string | null;
  /** Raised by every edit; an edit sent with an older version is refused (409). */
  version?: number;
}
export interface PersonRecord {
  id: string;
  name: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  teamId: string;
  /** The service's identifier (NHS number or its own), checked against the configured scheme. */
  localIdentifier: string | null;
  /** The day the person came into the service. */
  joinedOn: string;
  /** Set when the person left the service; the record is then read-only. */
  dischargedOn: string | null;
  dischargeReason: DischargeReason | null;
  dischargeNote: string | null;
  /** The person asked to be left out of research exports. */
  researchOptOut: boolean;
  /** Where the person chose to be told that something is waiting (the person's own view only). */
  emailAddress: string | null;
  /** The person chose to be emailed when something is waiting for them. */
  wantsEmail: boolean;
  version: number;
}
/** What is given when a person is added; the rest takes its defaults (joined today, not discharged). */
export type NewPersonRecord = Pick<PersonRecord, 'id' | 'name' | 'preferredName' | 'dateOfBirth' | 'teamId'> &
  Partial<Pick<PersonRecord, 'localIdentifier' | 'joinedOn'>>;
/** The details of a person that can be edited, as a whole. */
export type PersonDetails = Pick<PersonRecord, 'name' | 'preferredName' | 'dateOfBirth' | 'localIdentifier'>;
export interface PersonDischarge {
  dischargedOn: string;
  dischargeReason: DischargeReason;
  dischargeNote: string | null;
}
export interface CarerRecord {
  id: string;
  name: string;
  phone: string | null;
  version?: number;
}
export interface CrisisContactRecord {
  id: string;
  name: string;
  phone: string;
  hours: string | null;
  note: string | null;
  position: number;
}
/** One person found by a search: enough to tell two people of the same name apart, nothing clinical. */
export interface PersonSearchRow {
  id: string;
  name: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  localIdentifier: string | null;
  teamId: string;
  teamName: string;
  dischargedOn: string | null;
}
export interface CarerLinkRecord {
  personId: string;
  carerId: string;
  relationship: string;
  sharedScopes: CarerShareScope[];
}
/** A carer link as stored, with the version that guards changes of what is shared. */
export interface CarerLinkView extends CarerLinkRecord {
  version: number;
}

/** Sites, teams, workers, people and carers: the frame every record hangs on. */
export interface OrganisationRepository {
  createSite(site: SiteRecord): Promise<void>;
  listSites(): Promise<SiteRecord[]>;
  findSite(id: string): Promise<SiteRecord | null>;
  createTeam(team: TeamRecord): Promise<void>;
  listTeams(): Promise<TeamRecord[]>;
  findTeam(id: string): Promise<TeamRecord | null>;
  createWorker(worker: WorkerRecord): Promise<void>;
  listWorkers(filter?: { teamId?: string }): Promise<WorkerRecord[]>;
  findWorker(id: string): Promise<WorkerRecord | null>;
  /** Changes a team's phone number and service hours. */
  /** False when the team is no longer at `version` (someone else changed it): nothing is written. */
  updateTeamContact(
    id: string,
    version: number,
    contact: { phone: string | null; serviceHours: string | null },
  ): Promise<boolean>;
  /** Edits a worker if it is still at `version`; false when someone else changed it first. */
  updateWorker(
    id: string,
    version: number,
    change: Pick<WorkerRecord, 'name' | 'profession' | 'teamId' | 'email' | 'phone' | 'leftOn'>,
  ): Promise<boolean>;
  createPerson(person: NewPersonRecord): Promise<void>;
  listPeople(filter?: { teamId?: string }): Promise<PersonRecord[]>;
  findPerson(id: string): Promise<PersonRecord | null>;
  /** The person who holds this identifier, if any. */
  findPersonByIdentifier(localIdentifier: string): Promise<PersonRecord | null>;
  /** People whose name contains every word given, or whose identifier is the one given; at most `limit`. */
  searchPeople(query: { words: string[]; identifier: string | null; limit: number }): Promise<PersonSearchRow[]>;
  /** Edits a person's details if the record is still at `version`; false when someone else changed it first. */
  updatePersonDetails(id: string, version: number, details: PersonDetails): Promise<boolean>;
  /** Marks a person discharged if the record is still at `version`. */
  dischargePerson(id: string, version: number, discharge: PersonDischarge): Promise<boolean>;
  setResearchOptOut(id: string, optOut: boolean): Promise<void>;
  setEmailChoice(id: string, choice: { emailAddress: string | null; wantsEmail: boolean }): Promise<void>;
  /** Edits a carer if still at `version`. */
  updateCarer(id: string, version: number, change: Pick<CarerRecord, 'name' | 'phone'>): Promise<boolean>;
  updateCarerLink(personId: string, carerId: string, relationship: string): Promise<void>;
  listCrisisContacts(): Promise<CrisisContactRecord[]>;
  /** Replaces the service's crisis contacts with these, in this order. */
  /** The version of the crisis contacts as a list: 0 before the first change. */
  crisisContactsVersion(): Promise<number>;
  /** Replaces them from `version`; false, writing nothing, when someone else changed them since. */
  replaceCrisisContacts(version: number, contacts: CrisisContactRecord[]): Promise<boolean>;
  createCarer(carer: CarerRecord): Promise<void>;
  listCarers(): Promise<CarerRecord[]>;
  findCarer(id: string): Promise<CarerRecord | null>;
  linkCarer(link: CarerLinkRecord): Promise<void>;
  findCarerLink(personId: string, carerId: string): Promise<CarerLinkView | null>;
  listCarerLinksForCarer(carerId: string): Promise<CarerLinkView[]>;
  /** Every carer's link to every person they support: who, and the relationship (for administrators). */
  listCarerLinks(): Promise<CarerLinkView[]>;
  listCarerLinksForPerson(personId: string): Promise<CarerLinkView[]>;
  /** Sets what a person shares with a carer if the link is still at `version`; false when someone else changed it first. */
  updateCarerLinkScopes(
    personId: string,
    carerId: string,
    version: number,
    scopes: CarerShareScope[],
  ): Promise<boolean>;
  /** Counts for de-identified overviews. */
  counts(since: Date): Promise<OrganisationCounts>;
  /** Many at once, for demo and import loads. */
  createSites(sites: SiteRecord[]): Promise<void>;
  createTeams(teams: TeamRecord[]): Promise<void>;
  createWorkers(workers: WorkerRecord[]): Promise<void>;
  createPeople(people: NewPersonRecord[]): Promise<void>;
  createCarers(carers: CarerRecord[]): Promise<void>;
  linkCarers(links: CarerLinkRecord[]): Promise<void>;
}

export interface OrganisationCounts {
  sites: number;
  teams: number;
  workers: number;
  people: number;
  contactsSince: number;
  beyondRoutineSince: number;
}
