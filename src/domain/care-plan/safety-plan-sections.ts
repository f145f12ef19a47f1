import type { SectionDefinition } from './care-plan-sections';

/**
 * The person's safety plan, after the Safety Planning Intervention (Stanley & Brown, 2012, Cognitive
 * and Behavioral Practice 19(2):256–264), with reasons for living and crisis preferences. Every
 * section is in the person's own words: the care team proposes, the person decides.
 */
export const SAFETY_PLAN_SECTIONS: readonly SectionDefinition[] = [
  {
    key: 'warning_signs',
    title: 'My warning signs',
    prompt: 'Thoughts, feelings or situations that tell me a crisis may be coming.',
    voice: 'person',
  },
  {
    key: 'on_my_own',
    title: 'Things I can do on my own',
    prompt: 'What I can do by myself to take my mind off things.',
    voice: 'person',
  },
  {
    key: 'people_and_places',
    title: 'People and places that take my mind off things',
    prompt: 'Who I can be with, and where I can go.',
    voice: 'person',
  },
  { key: 'people_to_ask', title: 'People I can ask for help', prompt: 'Names and phone numbers.', voice: 'person' },
  {
    key: 'professionals',
    title: 'Professionals and services to contact',
    prompt: 'Names, services and phone numbers, day and night.',
    voice: 'person',
  },
  {
    key: 'safer_surroundings',
    title: 'Making my surroundings safer',
    prompt: 'What I can do to make where I am safer.',
    voice: 'person',
  },
  {
    key: 'reasons_for_living',
    title: 'My reasons for living',
    prompt: 'What matters most to me and is worth living for.',
    voice: 'person',
  },
  {
    key: 'crisis_preferences',
    title: 'In a crisis',
    prompt: 'What helps and what does not; who to tell and who not to tell; children, pets, bills; treatment I prefer.',
    voice: 'person',
  },
];
