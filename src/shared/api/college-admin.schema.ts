import { z } from 'zod';
import { COLLEGE_LIMITS, containsHtml } from '../../domain/college/college-rules';
import { isoDate } from './common.schema';
import { text } from './text.schema';

// Running the Recovery College: rooms, who delivered a session, design notes and co-production
// meetings, and the figures' filter.

/** Text shown as written: markup is refused (as for course text). */
const plain = (max: number, required = true) =>
  text()
    .trim()
    .max(max, `At most ${max.toLocaleString('en-GB')} characters.`)
    .min(required ? 1 : 0, 'Fill this in.')
    .refine((value) => !containsHtml(value), 'Write this as plain text, without HTML tags.');

const roomFields = {
  name: plain(120),
  address: plain(300),
  capacity: z
    .number({ error: 'Give the number of people the room holds.' })
    .int('Places are whole numbers.')
    .min(1, 'A room holds at least one person.')
    .max(COLLEGE_LIMITS.maxCapacity, `At most ${COLLEGE_LIMITS.maxCapacity}.`),
  accessibility: plain(COLLEGE_LIMITS.maxTextLength, false),
};

export const createRoomBody = z.object(roomFields);
export const updateRoomBody = z.object({ version: z.number().int().min(1), ...roomFields });

export const sessionDeliveryBody = z.object({
  trainerIds: z.array(z.uuid({ error: 'That is not a valid trainer.' })).max(12),
});

export const addDesignNoteBody = z.object({
  kind: z.enum(['note', 'meeting'], { error: 'Choose a design note or a co-production meeting.' }),
  heldOn: isoDate,
  participants: z
    .array(z.object({ name: plain(120), hasLivedExperience: z.boolean({ error: 'Say yes or no.' }) }))
    .max(40, 'At most 40 people.'),
  notes: plain(COLLEGE_LIMITS.maxTextLength * 2),
});

export const collegeFiguresQuery = z.object({
  termId: z.uuid({ error: 'That is not a valid term.' }).optional(),
});

export const recordFidelityBody = z.object({
  assessedOn: isoDate,
  assessors: plain(300),
  ratings: z
    .array(
      z
        .number({ error: 'Rate each component red (0), amber (1) or green (2).' })
        .int('Rate each component red (0), amber (1) or green (2).')
        .min(0, 'Rate each component red (0), amber (1) or green (2).')
        .max(2, 'Rate each component red (0), amber (1) or green (2).'),
    )
    .length(7, 'Rate every one of the seven components.'),
  notes: plain(COLLEGE_LIMITS.maxTextLength * 2, false),
});

export type RecordFidelityBody = z.infer<typeof recordFidelityBody>;
export type CreateRoomBody = z.infer<typeof createRoomBody>;
export type UpdateRoomBody = z.infer<typeof updateRoomBody>;
export type AddDesignNoteBody = z.infer<typeof addDesignNoteBody>;

export { COLLEGE_LIMITS } from '../../domain/college/college-rules';
