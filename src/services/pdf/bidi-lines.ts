import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import { fontRuns, measureRuns, type FontRun } from './font-runs';
import type { PdfFace } from './pdf-fonts';

const bidi = bidiFactory();

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Whether text needs the bidirectional algorithm: it has a right-to-left letter. */
export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT_LETTER.test(text);
}

/** One printed line, its runs in the order they are drawn from left to right. */
export interface VisualLine {
  runs: FontRun[];
  /** The paragraph's direction: a right-to-left paragraph is aligned to the right. */
  isRightToLeft: boolean;
}

export interface LineStyle {
  maxWidth: number;
  fontSize: number;
  isBold: boolean;
}

/**
 * Lays out text that has right-to-left letters: breaks it into lines in reading order, then puts
 * each line in display order by the Unicode Bidirectional Algorithm (UAX #9, via bidi-js), so that
 * pdfmake, which only lays out left to right, draws it correctly.
 *
 * pdfmake cuts text into words and draws them left to right, and the font engine (fontkit) shapes
 * each word: it joins Arabic letters and, for a word in a right-to-left script, draws its glyphs from
 * right to left. So the words of a line are handed over in display order, each right-to-left word in
 * reading order for fontkit to shape and reverse; a right-to-left run with no right-to-left letter
 * (punctuation, an emoji) is reversed here, since fontkit would not; brackets are mirrored.
 */
export function visualLines(text: string, faces: readonly PdfFace[], style: LineStyle): VisualLine[] {
  return text.split('\n').flatMap((paragraph) => {
    if (paragraph.trim() === '') return [{ runs: [{ text: ' ', font: faces[0]?.family ?? '' }], isRightToLeft: false }];
    const levels = bidi.getEmbeddingLevels(paragraph, 'auto');
    const isRightToLeft = ((levels.paragraphs[0]?.level ?? 0) & 1) === 1;
    return breakLines(paragraph, faces, style).map(([start, end]) => ({
      runs: displayOrder(paragraph, levels, start, end, faces),
      isRightToLeft,
    }));
  });
}

/** Greedy line breaks at spaces, in reading order: [start, end) of each line without its trailing spaces. */
function breakLines(paragraph: string, faces: readonly PdfFace[], style: LineStyle): [number, number][] {
  const lines: [number, number][] = [];
  const width = (from: number, to: number) =>
    measureRuns(fontRuns(paragraph.slice(from, to), faces), faces, style.fontSize, style.isBold);
  let lineStart = 0;
  let lineEnd = 0;
  for (const match of paragraph.matchAll(/\S+/g)) {
    const wordEnd = match.index + match[0].length;
    if (lineEnd > lineStart && width(lineStart, wordEnd) > style.maxWidth) {
      lines.push([lineStart, lineEnd]);
      lineStart = match.index;
    }
    lineEnd = wordEnd;
  }
  lines.push([lineStart, lineEnd]);
  return lines;
}

interface Piece {
  start: number;
  end: number;
  level: number;
}

function displayOrder(
  paragraph: string,
  levels: EmbeddingLevels,
  start: number,
  end: number,
  faces: readonly PdfFace[],
): FontRun[] {
  const pieces = reorder(piecesOf(paragraph, levels.levels, start, end));
  return pieces.flatMap((piece) => {
    const text = paragraph.slice(piece.start, piece.end);
    if ((piece.level & 1) === 0) return fontRuns(text, faces);
    const mirrored = [...text].map((char) => bidi.getMirroredCharacter(char) ?? char).join('');
    return fontRuns(mirrored, faces)
      .reverse()
      .map((run) => (hasRightToLeft(run.text) ? run : { ...run, text: reverseGraphemes(run.text) }));
  });
}

/** Maximal stretches of one embedding level, cut at spaces so that pdfmake sees words. */
function piecesOf(paragraph: string, levels: Uint8Array, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  for (let index = start; index < end; index += 1) {
    const level = levels[index] ?? 0;
    const isSpace = paragraph[index] === ' ';
    const last = pieces.at(-1);
    const lastIsSpace = last !== undefined && paragraph[last.start] === ' ';
    if (last && last.level === level && isSpace === lastIsSpace) last.end = index + 1;
    else pieces.push({ start: index, end: index + 1, level });
  }
  return pieces;
}

/** UAX #9 rule L2 on whole pieces: from the highest level down to the lowest odd one, reverse every run at that level or above. */
function reorder(pieces: Piece[]): Piece[] {
  const ordered = [...pieces];
  const highest = Math.max(0, ...ordered.map((p) => p.level));
  const lowestOdd = Math.min(...ordered.map((p) => p.level | 1));
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let index = 0;
    while (index < ordered.length) {
      if ((ordered[index]?.level ?? 0) < level) {
        index += 1;
        continue;
      }
      let stop = index;
      while (stop < ordered.length && (ordered[stop]?.level ?? 0) >= level) stop += 1;
      ordered.splice(index, stop - index, ...ordered.slice(index, stop).reverse());
      index = stop;
    }
  }
  return ordered;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function reverseGraphemes(text: string): string {
  return [...graphemes.segment(text)]
    .map((s) => s.segment)
    .reverse()
    .join('');
}
