import type { CarerShareScope } from '../../domain/access/person-access-policy';
import type { ConsentChange } from '../../domain/carer-consent/consent-changes';

/** One scope given to or withdrawn from one carer: the person's consent record. */
export interface CarerConsentRecord {
  id: string;
  personId: string;
  carerId: string;
  scope: CarerShareScope;
  change: ConsentChange;
  changedAt: Date;
  byAccountId: string | null;
  byName: string;
  /** Why someone recorded it on the person's behalf; null when the person chose themselves. */
  onBehalfReason: string | null;
}

/** A consent record with the carer's name, for the person to read. */
export interface CarerConsentView extends CarerConsentRecord {
  carerName: string;
}

/** The history of what each carer may see; rows are only ever added. */
export interface CarerConsentRepository {
  append(records: CarerConsentRecord[]): Promise<void>;
  /** A person's consent records, newest first. */
  listForPerson(personId: string, limit: number): Promise<CarerConsentView[]>;
}
