import { z } from 'zod';

// What every request schema uses: ids and dates, with messages for people. Each resource's
// <resource>.schema.ts parses its bodies, queries and path parameters before they reach a service.

export const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });

/** A uuid, refused as "That is not a valid <label>." */
export const uuidOf = (label = 'id') => z.uuid({ error: `That is not a valid ${label}.` });

/** Text bounded at twice `max`: the services count characters as people do and say exactly what is too long. */
export const hardCap = (max: number) => z.string().max(max * 2, `At most ${max.toLocaleString('en-GB')} characters.`);

export const idParams = z.object({ id: z.uuid({ error: 'That is not a valid id.' }) });
