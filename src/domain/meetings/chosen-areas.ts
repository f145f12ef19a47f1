import { MEETING_LIMITS } from './meeting-steps';
import { throwIfMeetingProblems, type MeetingProblem } from './meeting-problems';
import type { RatedArea } from './rated-areas';

/**
 * Every way the areas a person chose to talk about are not acceptable: more than three, one that
 * is not a rated area, or one chosen twice.
 */
export function chosenAreaProblems(areas: readonly RatedArea[], chosenIds: readonly string[]): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  if (chosenIds.length > MEETING_LIMITS.maxChosenAreas) {
    problems.push({
      field: 'areas',
      message: `Choose up to ${MEETING_LIMITS.maxChosenAreas} areas to talk about; ${chosenIds.length} were chosen.`,
    });
  }
  const known = new Set(areas.map((area) => area.id));
  const seen = new Set<string>();
  chosenIds.forEach((id, index) => {
    if (!known.has(id)) {
      problems.push({ field: `areas.${index}.areaId`, message: `"${id}" is not one of the areas rated at a meeting.` });
    } else if (seen.has(id)) {
      problems.push({ field: `areas.${index}.areaId`, message: `"${id}" is chosen twice.` });
    }
    seen.add(id);
  });
  return problems;
}

/** Throws a 400 listing every problem with the chosen areas. */
export function assertChosenAreas(areas: readonly RatedArea[], chosenIds: readonly string[]): void {
  throwIfMeetingProblems(chosenAreaProblems(areas, chosenIds));
}
