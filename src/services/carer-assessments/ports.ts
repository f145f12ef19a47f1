import type { CarerAssessmentStatus } from '../../domain/carer-assessments/carer-assessment-answer';

/** A carer's request for a carer's assessment, as stored. */
export interface CarerAssessmentRequestRecord {
  id: string;
  personId: string;
  carerId: string;
  carerNote: string | null;
  requestedAt: Date;
  status: CarerAssessmentStatus;
  arrangedOn: string | null;
  declineReason: string | null;
  answeredByName: string | null;
  answeredAt: Date | null;
  version: number;
}

/** A request with the carer's and the person's names, for the care team. */
export interface CarerAssessmentRequestView extends CarerAssessmentRequestRecord {
  carerName: string;
  personName: string;
}

export type CarerAssessmentChange = Pick<
  CarerAssessmentRequestRecord,
  'status' | 'arrangedOn' | 'declineReason' | 'answeredByName' | 'answeredAt'
>;

export interface CarerAssessmentRepository {
  create(request: CarerAssessmentRequestRecord): Promise<void>;
  /** Many at once, for demo loads. */
  createMany(requests: CarerAssessmentRequestRecord[]): Promise<void>;
  findById(id: string): Promise<CarerAssessmentRequestView | null>;
  /** A person's carers' requests, the latest first; one carer's only when `carerId` is given. */
  listForPerson(personId: string, carerId?: string): Promise<CarerAssessmentRequestView[]>;
  /** Requests still waiting (requested or accepted) for any of these people, oldest first. */
  listOpenForPeople(personIds: readonly string[]): Promise<CarerAssessmentRequestView[]>;
  /** Changes a request if it is still at `version`; false when someone else changed it first. */
  update(id: string, version: number, change: CarerAssessmentChange): Promise<boolean>;
}
