import type { SectionDefinition } from './care-plan-sections';

// A formulation is a shared, narrative understanding of what happens and what helps, not a
// prediction: there is no score and no "low, medium, high" anywhere in it (ADR 0028). Each topic
// is written twice, side by side: what the person thinks, in their own words, and what the team thinks.
const TOPICS = [
  {
    key: 'what_helps',
    title: 'What helps',
    person: 'What keeps me safe and well, and what helps when things get hard.',
    team: 'What the team has seen help, and what we can do.',
  },
  {
    key: 'what_makes_it_harder',
    title: 'What makes things harder',
    person: 'What makes things worse for me, or makes it harder to stay safe.',
    team: 'What the team thinks makes things harder, and why.',
  },
  {
    key: 'early_signs',
    title: 'Early signs',
    person: 'How I can tell things are starting to go wrong, and what others might notice.',
    team: 'The early signs the team looks out for, and what we will do when we see them.',
  },
  {
    key: 'what_happened_before',
    title: 'What has happened before',
    person: 'What happened before, as I remember it and want it told.',
    team: 'What the team knows has happened before, in plain words.',
  },
] as const;

/** The risk and safety formulation: each topic in the person's words and the team's, side by side. */
export const RISK_FORMULATION_SECTIONS: readonly SectionDefinition[] = TOPICS.flatMap((topic) => [
  { key: `${topic.key}_person`, title: `${topic.title}: what I think`, prompt: topic.person, voice: 'person' as const },
  {
    key: `${topic.key}_team`,
    title: `${topic.title}: what the team thinks`,
    prompt: topic.team,
    voice: 'team' as const,
  },
]);

/** The formulation's topics, each with its two sections (`<key>_person`, `<key>_team`), for showing them side by side. */
export const FORMULATION_TOPICS: readonly { key: string; title: string }[] = TOPICS.map((t) => ({
  key: t.key,
  title: t.title,
}));

/**
 * A positive risk-taking plan: something the person wants to do, knowing it carries risk, planned
 * together so that it can go well (Department of Health, Best practice in managing risk, 2007).
 */
export const POSITIVE_RISK_PLAN_SECTIONS: readonly SectionDefinition[] = [
  {
    key: 'what_i_want_to_do',
    title: 'What I want to do',
    prompt: 'In my own words: what I want to do, and why it matters to me.',
    voice: 'person',
  },
  {
    key: 'what_could_go_wrong',
    title: 'What could go wrong',
    prompt: 'What we think could go wrong, honestly, from both sides.',
  },
  {
    key: 'what_would_help',
    title: 'What would help it go well',
    prompt: 'What I, my care team and others will do so that it goes well, and what we do if it does not.',
  },
  {
    key: 'who_agrees',
    title: 'Who agrees',
    prompt: 'Who has been part of this decision and agrees with trying it: me, my care team, anyone else.',
  },
];
