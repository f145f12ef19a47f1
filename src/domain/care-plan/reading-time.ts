/** An unhurried adult reading speed for plain prose; a plan should be read, not skimmed. */
export const WORDS_PER_MINUTE = 200;

/** Words as people count them: runs of text with at least one letter or digit (a lone dash is not a word). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read that many words, rounded up; a plan with any words takes at least a minute. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** The length of some texts in words and the minutes it takes to read them. */
export function readingLength(texts: readonly string[]): { wordCount: number; readingMinutes: number } {
  const wordCount = texts.reduce((sum, text) => sum + countWords(text), 0);
  return { wordCount, readingMinutes: readingMinutes(wordCount) };
}
