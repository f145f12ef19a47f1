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
