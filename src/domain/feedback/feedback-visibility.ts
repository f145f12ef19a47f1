/**
 * What the person lets the worker see of their feedback: each response as it comes ('individual'),
 * or only a mean over several responses ('aggregate'). The person sets a default and may choose
 * differently for any one response.
 */
export const FEEDBACK_VISIBILITIES = ['individual', 'aggregate'] as const;
export type FeedbackVisibility = (typeof FEEDBACK_VISIBILITIES)[number];

export const FEEDBACK_VISIBILITY_LABELS: Record<FeedbackVisibility, string> = {
  individual: 'My worker sees each answer straight away',
  aggregate: 'My worker sees only an average of several answers',
};

/**
 * Until the person chooses, their answers are shown only in aggregate: feedback about the people
 * who support you is more honest when it cannot be traced back to one meeting, and a person who
 * wants to be seen answer by answer can say so in one step.
 */
export const DEFAULT_FEEDBACK_VISIBILITY: FeedbackVisibility = 'aggregate';

/** An aggregate is never shown over fewer responses than this. */
export const AGGREGATE_MINIMUM_RESPONSES = 3;

/** Who gave a piece of relationship feedback. */
export const FEEDBACK_RESPONDENTS = ['person', 'worker'] as const;
export type FeedbackRespondent = (typeof FEEDBACK_RESPONDENTS)[number];

/** How many days after a meeting the person is still reminded that they can give feedback on it. */
export const FEEDBACK_INVITATION_DAYS = 30;
