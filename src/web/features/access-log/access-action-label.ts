const ACTION_LABELS: Record<string, string> = {
  'person.read': 'Opened your record',
  'contacts.read': 'Read your contacts',
  'contact.create': 'Recorded a contact',
  'record.break_glass': 'Opened your record from outside your care team',
  'access_log.read': 'Looked at who opened your record',
  'care_team.add': 'Added someone to your care team',
  'care_team.end': 'Ended someone’s place in your care team',
  'care_team.change_coordinator': 'Changed your care coordinator',
  'person.create': 'Created your record',
  'carer.create': 'Added a carer for you',
  'account.create': 'Created a sign-in account',
};

/** Plain words for what someone did with a person's record. */
export function accessActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action.replaceAll(/[._]/g, ' ');
}
