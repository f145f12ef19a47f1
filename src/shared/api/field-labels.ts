// The words the forms use for each field the API accepts, so that an error names the field as the
// person saw it ("Date of birth"), never as the code does ("body.dateOfBirth").

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  adminMinutes: 'Minutes of paperwork',
  attendees: 'Who was there',
  baseVersion: 'The version you started from',
  before: 'Earlier than',
  beforeId: 'Earlier than',
  beyondRoutineNote: 'What you did beyond the routine',
  carePlanVersion: 'Plan version talked through',
  consent: 'How the person agreed',
  dataset: 'Data set',
  dateOfBirth: 'Date of birth',
  description: 'Description',
  discussedOn: 'Day it was discussed',
  dischargedOn: 'Date of discharge',
  documentKind: 'What to share',
  dueOn: 'Due on',
  durationMinutes: 'How long it took (minutes)',
  email: 'Email',
  endNote: 'Why it ended',
  endReason: 'Reason it ended',
  endsOn: 'Last day',
  everyDays: 'How often, in days',
  expiresInHours: 'How long the link lasts',
  from: 'From',
  handoverNote: 'Handover note',
  heldOn: 'Date held',
  hours: 'Hours',
  kind: 'Kind of contact',
  label: 'Who it is for',
  limit: 'How many to show',
  linkedId: 'Linked to',
  isDeclined: 'The person chose not to discuss it now',
  localIdentifier: 'Identifier',
  mode: 'Where or how',
  name: 'Name',
  newWorkerId: 'New care coordinator',
  nextDueOn: 'Next review due',
  note: 'Note',
  occurredAt: 'When it happened',
  on: 'From',
  otherWorkerIds: 'Other workers present',
  owner: 'Whose action',
  ownerName: 'Who else',
  password: 'Password',
  personId: 'Person',
  phone: 'Phone',
  preferredName: 'Preferred name',
  profession: 'Profession',
  prompt: 'Prompt',
  q: 'Search',
  reason: 'Reason',
  relationship: 'Relationship',
  relationships: 'Relationships',
  response: 'The person’s response',
  reviewCadenceMonths: 'Review every (months)',
  reviewId: 'Review',
  role: 'Role',
  serviceHours: 'Hours the team answers',
  sharedScopes: 'What is shared',
  siteId: 'Site',
  startsOn: 'First day',
  teamId: 'Team',
  text: 'Text',
  title: 'Title',
  to: 'To',
  username: 'Username',
  version: 'Version',
  visibility: 'Who sees it',
  whatChanged: 'What changed',
  workerId: 'Worker',
};

/** The label of a field from its path ("body.attendees.0.name" → "Name"), or the last name made readable. */
export function fieldLabel(path: readonly (string | number)[]): string {
  const last = [...path].reverse().find((part): part is string => typeof part === 'string' && !/^\d+$/.test(part));
  if (last === undefined) return 'This';
  return FIELD_LABELS[last] ?? humanise(last);
}

function humanise(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
