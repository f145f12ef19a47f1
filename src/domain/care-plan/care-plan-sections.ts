/**
 * Whose voice a section is in. The person's own words are protected: a worker's change, even to a
 * section not yet written, becomes a proposal the person decides on. The team's words are written
 * by workers; the person answers them in their own section or in the discussion. A section without
 * a voice is shared, and is protected once the person has written or accepted it (authorship.ts).
 */
export const SECTION_VOICES = ['person', 'team'] as const;
export type SectionVoice = (typeof SECTION_VOICES)[number];

/** One part of a plan: a stable key, the heading people see and a prompt that invites their words. */
export interface SectionDefinition {
  key: string;
  title: string;
  prompt: string;
  /** Whose words the section holds; shared when left out. */
  voice?: SectionVoice;
}

/**
 * The sections a plan starts with unless the service sets its own. They follow what people say a
 * co-produced plan should hold (DOMAIN.md): the person's own words and goals first, the support
 * agreed between them and their care team after, and when the plan will be looked at again.
 */
export const DEFAULT_CARE_PLAN_SECTIONS: readonly SectionDefinition[] = [
  {
    key: 'about_me',
    title: 'About me',
    prompt: 'In my own words: who I am, my life, and what I want people to know about me.',
  },
  {
    key: 'what_matters',
    title: 'What matters to me and my goals',
    prompt: 'What is important to me now, and what I want to work towards.',
  },
  {
    key: 'strengths',
    title: 'My strengths',
    prompt: 'What I am good at, what I have come through, and what others value in me.',
  },
  {
    key: 'what_helps',
    title: 'What helps and what does not',
    prompt: 'What helps me when things are hard, and what makes things worse.',
  },
  {
    key: 'who_supports_me',
    title: 'Who supports me',
    prompt: 'Family, friends, carers, groups and services in my life.',
  },
  {
    key: 'agreed_support',
    title: 'Agreed support',
    prompt: 'Who does what, by when: me, my care team and anyone else.',
  },
  {
    key: 'next_review',
    title: 'My next review',
    prompt: 'When we will look at this plan again, and what I want to talk about then.',
  },
];

/** Bounds that keep a plan short enough to be read, and catch pasted documents. */
export const CARE_PLAN_LIMITS = {
  maxSectionCharacters: 10_000,
  maxMessageCharacters: 4_000,
  maxDecisionNoteCharacters: 2_000,
  maxSections: 12,
  maxTitleCharacters: 80,
  maxPromptCharacters: 300,
} as const;

/** Section keys are short snake_case words, so they are safe in URLs and stable across wording changes. */
export const SECTION_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** The number of characters as people count them (an emoji is one), not UTF-16 code units. */
export const characterCount = (text: string): number => [...text].length;

/** Line endings made uniform and outer blank space removed, so the same words compare equal. */
export const normaliseSectionText = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

/**
 * Problems with a service's own list of sections, in plain words; empty when the list is usable.
 *
 * @example sectionListProblems([{ key: 'about_me', title: 'About me', prompt: '' }]) // []
 */
export function sectionListProblems(sections: readonly SectionDefinition[]): string[] {
  const problems: string[] = [];
  if (sections.length === 0) problems.push('A plan needs at least one section.');
  if (sections.length > CARE_PLAN_LIMITS.maxSections)
    problems.push(`A plan has at most ${CARE_PLAN_LIMITS.maxSections} sections.`);
  const seen = new Set<string>();
  for (const section of sections) {
    if (!SECTION_KEY_PATTERN.test(section.key))
      problems.push(`"${section.key}" is not a valid key: use lower-case letters, digits and _.`);
    if (seen.has(section.key)) problems.push(`The key "${section.key}" is used twice.`);
    seen.add(section.key);
    if (section.title.trim() === '') problems.push(`The section "${section.key}" needs a title.`);
  }
  return problems;
}
