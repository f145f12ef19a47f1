import type { CaseloadEntry } from '../../services/caseload/get-caseload';
import type { CaseloadEntryDto } from '../../shared/api/caseload.responses';

// Caseload results to the JSON the API promises (shared/api/caseload.responses.ts): instants as ISO strings.

export function presentCaseloadEntry(entry: CaseloadEntry): CaseloadEntryDto {
  return {
    ...entry,
    lastContactAt: entry.lastContactAt?.toISOString() ?? null,
    carePlanNews: entry.carePlanNews && { ...entry.carePlanNews, latestAt: entry.carePlanNews.latestAt.toISOString() },
  };
}
