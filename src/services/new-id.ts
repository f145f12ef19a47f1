import { v7 } from 'uuid';

/** A new time-ordered identifier (UUID version 7), so inserts stay local in indexes. */
export const newId = (): string => v7();
