import type { AgreedAction } from './meeting-action';
import { MEETING_LIMITS } from './meeting-steps';
import type { MeetingProblem } from './meeting-problems';

/**
 * Every way the actions agreed at a meeting are not acceptable: too many, an empty or overlong
 * description, an "other" owner without a name, an area that was not chosen, or a due date before
 * the meeting itself.
 */
export function agreedActionProblems(
  actions: readonly AgreedAction[],
  chosenAreaIds: readonly string[],
  meetingDay: string,
): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  if (actions.length > MEETING_LIMITS.maxActions) {
    problems.push({ field: 'actions', message: `Agree at most ${MEETING_LIMITS.maxActions} actions at one meeting.` });
  }
  actions.forEach((action, index) => {
    const at = (field: string, message: string) =>
      problems.push({ field: `actions.${index}.${field}`, message: `Action ${index + 1}: ${message}` });
    const description = action.description.trim();
    if (description === '') at('description', 'say what will be done.');
    if (description.length > MEETING_LIMITS.maxActionDescriptionLength) {
      at('description', `keep it to ${MEETING_LIMITS.maxActionDescriptionLength} characters.`);
    }
    if (action.owner === 'other' && !action.ownerName?.trim()) at('ownerName', 'name the person who will do it.');
    if (action.areaId !== null && !chosenAreaIds.includes(action.areaId)) {
      at('areaId', `"${action.areaId}" is not one of the areas chosen at this meeting.`);
    }
    if (action.dueOn !== null && action.dueOn < meetingDay) at('dueOn', 'the due date is before the meeting.');
  });
  return problems;
}
