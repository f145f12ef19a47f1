import type { AccessBasis } from '../../../../shared/api/labels';

/** Says why the viewer can see this record, when it is not the everyday reason. */
export function AccessBasisNotice({ basis, personName }: { basis: AccessBasis; personName: string }) {
  if (basis === 'break_glass') {
    return (
      <div className="notice notice--warning">
        <p className="notice__title">You are outside {personName}’s care team</p>
        <p>
          You opened this record with a reason. {personName} can see your name, when you opened it and why. The access
          lapses on its own.
        </p>
      </div>
    );
  }
  if (basis === 'team_manager') {
    return (
      <p className="notice notice--info">
        You see this person because they are in your team. Contacts and notes are for their care team.
      </p>
    );
  }
  if (basis === 'administration') {
    return (
      <p className="notice notice--info">
        As an administrator you can see and change who is in the care team, but not contacts or notes.
      </p>
    );
  }
  return null;
}
