import type { ActionOwner } from '../domain/meetings/meeting-action';

// What people talk about at meetings, area by area, in the four steps after DIALOG+: short notes
// in the worker's words, plain and respectful, about what was found and agreed together. "They"
// is the person; "I" is the worker writing the note.

/** An action that may be agreed about an area, with the note the worker writes for it. */
export interface ActionIdea {
  owner: ActionOwner;
  /** Only for 'other': who will do it. */
  ownerName?: string;
  description: string;
  note: string;
}

/** One conversation about an area, step by step, and the actions that fit it. */
export interface AreaStory {
  understanding: string;
  lookingForward: string;
  exploringOptions: string;
  /** Two ideas, so that two actions can come from one area. */
  actions: readonly [ActionIdea, ActionIdea];
}

export interface AreaTopic {
  /** For an area rated low: what is hard at the moment. */
  hard: readonly AreaStory[];
  /** For an area rated well and chosen to build on what works. */
  goingWell: AreaStory;
}
