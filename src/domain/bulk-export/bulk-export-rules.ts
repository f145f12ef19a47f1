import { AppError } from '../errors/app-error';

/**
 * FHIR Bulk Data export (decision 0044): which resource types Tandem writes, how long files are kept,
 * and the pseudonymised records an export holds. No names, no free text, no real ids: people,
 * workers, teams, sites and contacts appear as keyed pseudonyms, and each person's dates are moved
 * by their own shift, exactly as in the research exports.
 */
export const BULK_EXPORT_TYPES = ['Patient', 'CareTeam', 'Encounter'] as const;
export type BulkExportType = (typeof BULK_EXPORT_TYPES)[number];

export type BulkExportLevel = 'system' | 'group';
export type BulkExportStatus = 'pending' | 'running' | 'completed' | 'failed';

/** Files are deleted this long after the export finishes (or after it is asked for, if it never runs). */
export const BULK_EXPORT_KEEP_HOURS = 24;
/** Records per file: FHIR lets an export have several files per type. */
export const BULK_EXPORT_PART_SIZE = 5_000;
/**
 * A file is written, stored, read and sent this many records at a time, so neither writing nor
 * downloading holds a whole file (decisions 0051, 0052).
 */
export const BULK_EXPORT_READ_BATCH = 500;
/** A running export not finished after this long is taken up again (its server stopped). */
export const BULK_EXPORT_STALE_MINUTES = 15;

/** `_type`: a comma-separated list of the types above; every type when absent. */
export function parseBulkExportTypes(value: string | undefined): BulkExportType[] {
  if (value === undefined || value.trim() === '') return [...BULK_EXPORT_TYPES];
  const asked = value.split(',').map((type) => type.trim());
  const unknown = asked.filter((type) => !(BULK_EXPORT_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) {
    throw new AppError(
      'bad_request',
      `Tandem does not export ${unknown.join(', ')}. It exports ${BULK_EXPORT_TYPES.join(', ')}.`,
      { field: '_type' },
    );
  }
  return BULK_EXPORT_TYPES.filter((type) => asked.includes(type));
}

/** `_since`: an instant with a time zone, not in the future. */
export function parseBulkExportSince(value: string | undefined, now: Date): Date | null {
  if (value === undefined) return null;
  const since = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? new Date(value)
    : null;
  if (!since || Number.isNaN(since.getTime())) {
    throw new AppError('bad_request', '_since must be an instant with a time zone, such as 2026-01-01T00:00:00Z.', {
      field: '_since',
    });
  }
  if (since.getTime() > now.getTime()) {
    throw new AppError('bad_request', '_since is in the future: nothing has changed since then.', { field: '_since' });
  }
  return since;
}

/** A person, as exported: pseudonyms and the shifted date they joined the service. */
export interface ExportedPatient {
  person: string;
  team: string;
  site: string;
  /** Shifted by the person's own number of days. */
  joinedOn: string;
}

/** A contact, as exported. */
export interface ExportedEncounter {
  contact: string;
  person: string;
  team: string;
  workers: string[];
  /** Shifted by the person's own number of days. */
  occurredAt: string;
  durationMinutes: number;
  mode: string;
  kind: string;
}

/** A person's care team over time, as exported. */
export interface ExportedCareTeam {
  person: string;
  team: string;
  members: { worker: string; role: string; startsOn: string; endsOn: string | null }[];
}

export interface ExportedRecords {
  Patient: ExportedPatient;
  Encounter: ExportedEncounter;
  CareTeam: ExportedCareTeam;
}
