import type { PdfFace } from './pdf-fonts';

/** A stretch of text drawn with one font family. */
export interface FontRun {
  text: string;
  font: string;
}

const COMBINING_MARK = /^\p{M}$/u;

/** Characters that belong with the one before them: combining marks, joiners, variation selectors, skin tones, tags. */
function clings(char: string, codePoint: number): boolean {
  return (
    COMBINING_MARK.test(char) ||
    codePoint === 0x200c ||
    codePoint === 0x200d ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  );
}
const ZERO_WIDTH_JOINER = 0x200d;

/**
 * Splits text into runs, each drawn by the first face (in order of preference) that has a glyph for
 * it: pdfmake draws a run with one font, and no one font covers every script. A character that
 * clings to the one before it (an accent, a joiner inside an emoji sequence) stays in its font,
 * so that the font can shape the sequence; a space stays in the running font.
 */
export function fontRuns(text: string, faces: readonly PdfFace[]): FontRun[] {
  const runs: FontRun[] = [];
  let previous: { face: PdfFace; codePoint: number } | undefined;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const face = faceFor(char, codePoint, previous, faces);
    const last = runs.at(-1);
    if (last && last.font === face.family) last.text += char;
    else runs.push({ text: char, font: face.family });
    previous = { face, codePoint };
  }
  return runs;
}

function faceFor(
  char: string,
  codePoint: number,
  previous: { face: PdfFace; codePoint: number } | undefined,
  faces: readonly PdfFace[],
): PdfFace {
  const first = faces[0];
  if (!first) throw new Error('No fonts to draw with.');
  if (previous) {
    const isClinging = clings(char, codePoint);
    const keepsFont = isClinging || char === ' ' || previous.codePoint === ZERO_WIDTH_JOINER;
    if (keepsFont && (isClinging || previous.face.regular.hasGlyphForCodePoint(codePoint))) return previous.face;
  }
  return faces.find((face) => face.regular.hasGlyphForCodePoint(codePoint)) ?? first;
}

/** Width of text in points at a size, as the fonts lay it out (with kerning and shaping). */
export function measureRuns(
  runs: readonly FontRun[],
  faces: readonly PdfFace[],
  fontSize: number,
  isBold: boolean,
): number {
  return runs.reduce((width, run) => {
    const face = faces.find((f) => f.family === run.font) ?? faces[0];
    if (!face) return width;
    const font = isBold ? face.bold : face.regular;
    return width + (font.layout(run.text).advanceWidth / font.unitsPerEm) * fontSize;
  }, 0);
}
