import type { ItemAnswer } from '../../domain/instruments';
import type { InstrumentDto } from './instruments.responses';

// Carers' views of meetings they were at, as the reader may see them (ADR 0036).

export interface CarerViewDto {
  id: string;
  reviewId: string;
  reviewHeldOn: string | null;
  carerId: string;
  carerName: string;
  givenAt: string;
  sharedWithPerson: boolean;
  /** Null when the reader may know only that the view was given (the person, unless the carer let them). */
  content: { answers: ItemAnswer[]; score: number | null; comment: string | null } | null;
}

export interface CarerViewsResponse {
  reader: 'person' | 'care_team' | 'carer';
  views: CarerViewDto[];
  /** For a carer: recent reviews they were at and can still give their view of. */
  invitations: { reviewId: string; heldOn: string }[];
  /** The carer's form, so the page can draw it and label the answers. */
  instrument: InstrumentDto;
}
