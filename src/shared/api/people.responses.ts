import type { DischargeReason } from '../../domain/people/discharge-reasons';

// What the API returns about people beyond the record itself: search results, crisis contacts.

export interface PersonSearchResultDto {
  id: string;
  name: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  /** As people read it ("943 476 5919"), or null when the person has none. */
  identifier: string | null;
  teamName: string;
  dischargedOn: string | null;
  /** The searcher may open the record now. */
  canOpen: boolean;
  /** The record is outside the searcher's care team: they may give a reason to open it, and the person is told. */
  canBreakGlass: boolean;
}

export interface PersonSearchResponse {
  /** What the service calls its identifier ("NHS number"). */
  identifierLabel: string;
  results: PersonSearchResultDto[];
  /** More people matched than are shown: type more of the name. */
  hasMore: boolean;
}

export interface CrisisContactDto {
  name: string;
  phone: string;
  hours: string | null;
  note: string | null;
}

export interface PersonDischargeDto {
  dischargedOn: string;
  reason: DischargeReason;
  note: string | null;
}

export interface PersonDischargeResponse {
  version: number;
  discharge: PersonDischargeDto;
}
