/** Who took on an action: the person, the worker, or someone else who is named. */
export const ACTION_OWNERS = ['person', 'worker', 'other'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];

export const ACTION_OWNER_LABELS: Record<ActionOwner, string> = {
  person: 'The person',
  worker: 'The worker',
  other: 'Someone else',
};

/** How an action stood when it was reviewed at the next meeting. Open until then. */
export const ACTION_OUTCOMES = ['done', 'not_done'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];

export const ACTION_OUTCOME_LABELS: Record<ActionOutcome, string> = {
  done: 'Done',
  not_done: 'Not done',
};

/** An action as agreed at a meeting, before it is saved. */
export interface AgreedAction {
  /** The chosen area the action belongs to, or null for one about the meeting as a whole. */
  areaId: string | null;
  owner: ActionOwner;
  /** Required when the owner is 'other'; ignored otherwise. */
  ownerName: string | null;
  description: string;
  /** YYYY-MM-DD, or null when no date was agreed. */
  dueOn: string | null;
}

/** One open action marked at the start of the next meeting. */
export interface ActionReview {
  actionId: string;
  outcome: ActionOutcome;
}
