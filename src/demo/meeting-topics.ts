import type { AreaTopic } from './area-topic';
import { LIFE_DOMAIN_TOPICS } from './life-domain-topics';
import { TREATMENT_ASPECT_TOPICS } from './treatment-aspect-topics';

// The shape of a topic is in area-topic.ts, which the topic files import, so no file here imports
// another that imports it back.

/** Conversations for each rated area, keyed by the area's item id in the ratings instrument. */
export const AREA_TOPICS: Readonly<Record<string, AreaTopic>> = { ...LIFE_DOMAIN_TOPICS, ...TREATMENT_ASPECT_TOPICS };
