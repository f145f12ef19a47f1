/**
 * Splits a label into lines of at most `maxChars` characters at spaces, so long team names wrap
 * inside a narrow chart instead of running off its edge (SVG text does not wrap). A single word
 * longer than a line is cut with an ellipsis.
 *
 * @example labelLines('Alderford Community Mental Health Team', 20) // ['Alderford Community', 'Mental Health Team']
 */
export function labelLines(label: string, maxChars: number): string[] {
  const limit = Math.max(maxChars, 4);
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const fitted = word.length > limit ? `${word.slice(0, limit - 1)}…` : word;
    if (!line) line = fitted;
    else if (line.length + 1 + fitted.length <= limit) line = `${line} ${fitted}`;
    else {
      lines.push(line);
      line = fitted;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** Roughly how many characters of chart text fit in a width, at the charts' 14 px sans-serif (about 7.5 px a character). */
export const charactersThatFit = (width: number, pixelsPerCharacter = 7.5): number =>
  Math.floor(width / pixelsPerCharacter);
