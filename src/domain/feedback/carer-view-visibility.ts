/**
 * Who sees what of a carer's view of a meeting (ADR 0036). The care team reads every view: it is
 * given to them. A carer reads only their own. The person always learns that a carer gave a view,
 * and reads what was said only when that carer chose to let them: a carer who must write for the
 * person's eyes writes less about how involvement is going for them, and the person is still never
 * kept from knowing that their carer spoke to the team.
 */
export type CarerViewReader = { kind: 'person' } | { kind: 'care_team' } | { kind: 'carer'; carerId: string };

export type CarerViewSight = 'content' | 'that_it_was_given' | 'nothing';

export function carerViewSight(
  reader: CarerViewReader,
  view: { carerId: string; sharedWithPerson: boolean },
): CarerViewSight {
  switch (reader.kind) {
    case 'care_team':
      return 'content';
    case 'carer':
      return view.carerId === reader.carerId ? 'content' : 'nothing';
    case 'person':
      return view.sharedWithPerson ? 'content' : 'that_it_was_given';
  }
}

export const CARER_VIEW_LIMITS = {
  maxCommentCharacters: 1_000,
  /** How many days after a review a carer who was there is asked for their view. */
  invitationDays: 30,
} as const;
