import type { InstrumentDefinition } from '../../domain/instruments';

// What the instruments endpoints return. Instants are ISO 8601 strings.

export interface InstrumentRefDto {
  id: string;
  version: string;
}

export type InstrumentDto = InstrumentDefinition & { hasWording: boolean };

export interface InstrumentsResponse {
  instruments: InstrumentDto[];
}

export interface WordingLoadedResponse {
  instrumentId: string;
  version: string;
  itemCount: number;
  loadedAt: string;
}

/** An imported instrument and whether it is offered to people (ADR 0053). */
export interface InstrumentOfferDto {
  instrumentId: string;
  version: string;
  title: string;
  offered: boolean;
  revision: number;
}

export interface InstrumentOffersResponse {
  offers: InstrumentOfferDto[];
}
