/** A worker's proposed change to the person's words waits for the person, who accepts or declines it. */
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
