/** Where or how a contact took place. */
export const CONTACT_MODES = ['home', 'clinic', 'phone', 'video', 'community', 'other'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

export const CONTACT_MODE_LABELS: Record<ContactMode, string> = {
  home: 'Home visit',
  clinic: 'Clinic',
  phone: 'Phone',
  video: 'Video',
  community: 'Out in the community',
  other: 'Other',
};

/** What sort of contact it was. */
export const CONTACT_KINDS = ['meeting', 'brief_contact', 'review', 'crisis'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  meeting: 'Meeting',
  brief_contact: 'Brief contact',
  review: 'Review',
  crisis: 'Crisis',
};

/** Bounds that catch typing slips (a duration of 600 hours) without second-guessing real work. */
export const CONTACT_LIMITS = {
  maxDurationMinutes: 24 * 60,
  maxAdminMinutes: 24 * 60,
  maxNoteLength: 4_000,
  maxBeyondRoutineNoteLength: 2_000,
  /** A contact may be recorded up to this long after it happened. */
  maxDaysInPast: 366,
  /** Small clock differences between devices should not block recording "now". */
  maxMinutesInFuture: 15,
} as const;
