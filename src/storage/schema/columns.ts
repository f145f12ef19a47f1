import { timestamp } from 'drizzle-orm/pg-core';

// Column shapes every table file uses: instants are timestamptz, read and written as Date.

/** When the row was written; set by the database. */
export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** An instant with time zone, as a Date. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** When the row last changed; set by the repository from the services' clock on every write. */
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull();
