import type { CarerShareScope } from '../../domain/access/person-access-policy';

export interface SiteRecord { id: string; name: string }
export interface TeamRecord { id: string; siteId: string; name: string; reviewCadenceMonths: number }
export interface WorkerRecord {
  id: string;
  name: string;
  profession: string;
  teamId: string;
  email: string | null;
  phone: string | null;
  leftOn: string | null;
}
export interface PersonRecord {
  id: string;
  name: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  teamId: string;
}
export interface CarerRecord { id: string; name: string; phone: string | null }
export interface CarerLinkRecord {
  personId: string;
  carerId: string;
  relationship: string;
  sharedScopes: CarerShareScope[];
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
  createPerson(person: PersonRecord): Promise<void>;
  listPeople(filter?: { teamId?: string }): Promise<PersonRecord[]>;
  findPerson(id: string): Promise<PersonRecord | null>;
  createCarer(carer: CarerRecord): Promise<void>;
  listCarers(): Promise<CarerRecord[]>;
  findCarer(id: string): Promise<CarerRecord | null>;
  linkCarer(link: CarerLinkRecord): Promise<void>;
  findCarerLink(personId: string, carerId: string): Promise<CarerLinkRecord | null>;
  listCarerLinksForCarer(carerId: string): Promise<CarerLinkRecord[]>;
  listCarerLinksForPerson(personId: string): Promise<CarerLinkRecord[]>;
  /** Counts for de-identified overviews. */
  counts(since: Date): Promise<OrganisationCounts>;
  /** Many at once, for demo and import loads. */
  createSites(sites: SiteRecord[]): Promise<void>;
  createTeams(teams: TeamRecord[]): Promise<void>;
  createWorkers(workers: WorkerRecord[]): Promise<void>;
  createPeople(people: PersonRecord[]): Promise<void>;
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
