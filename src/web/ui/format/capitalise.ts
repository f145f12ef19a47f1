/** "today" → "Today", for words that may start a sentence or a cell. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
