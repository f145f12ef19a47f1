import { describe, expect, it } from 'vitest';
import { hasRightToLeft, visualLines, type VisualLine } from './bidi-lines';
import { pdfFonts } from './pdf-fonts';

const { faces } = pdfFonts();
const wide = { maxWidth: 1000, fontSize: 11, isBold: false };

/** What a reader sees from left to right: fontkit draws a run with right-to-left letters reversed. */
function seen(line: VisualLine): string {
  return line.runs.map((run) => (hasRightToLeft(run.text) ? [...run.text].reverse().join('') : run.text)).join('');
}

describe('visualLines', () => {
  it('draws a right-to-left paragraph with its last word leftmost, aligned right', () => {
    const [line] = visualLines('שלום עולם', faces, wide);
    expect(line?.isRightToLeft).toBe(true);
    expect(seen(line!)).toBe('םלוע םולש');
  });

  it('keeps a Latin name and digits left to right inside Arabic, and mirrors brackets', () => {
    // UAX #9 W7: digits after a Latin word count as Latin, so "Sam (123)" stays together, left to right.
    const [line] = visualLines('مرحبا Sam (123)', faces, wide);
    expect(seen(line!)).toBe('Sam (123) ابحرم');
    // Brackets around Arabic are drawn mirrored, so that they still open towards their content.
    const [bracketed] = visualLines('مرحبا (نعم)', faces, wide);
    expect(seen(bracketed!)).toBe('(معن) ابحرم');
  });

  it('keeps a left-to-right paragraph left-aligned with an Arabic name in place', () => {
    const [line] = visualLines('Care plan for سلمى حداد', faces, wide);
    expect(line?.isRightToLeft).toBe(false);
    expect(seen(line!)).toBe('Care plan for دادح ىملس');
  });

  it('hands each right-to-left word to the font engine in reading order, for it to shape', () => {
    const [line] = visualLines('مرحبا بك', faces, wide);
    expect(line?.runs.map((run) => run.text)).toEqual(['بك', ' ', 'مرحبا']);
    expect(line?.runs[0]?.font).toBe('noto-sans-arabic-arabic');
  });

  it('breaks a long paragraph in reading order: the first line holds the first words', () => {
    const words = Array.from({ length: 40 }, (_, i) => `كلمة${'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'[i % 28]}`);
    const lines = visualLines(words.join(' '), faces, { maxWidth: 200, fontSize: 11, isBold: false });
    expect(lines.length).toBeGreaterThan(2);
    const firstLineWords = seen(lines[0]!)
      .split(' ')
      .map((word) => [...word].reverse().join(''))
      .reverse();
    expect(firstLineWords).toEqual(words.slice(0, firstLineWords.length));
  });

  it('keeps paragraphs apart and an empty one as a blank line', () => {
    expect(visualLines('שלום\n\nעולם', faces, wide).map(seen)).toEqual(['םולש', ' ', 'םלוע']);
  });
});
