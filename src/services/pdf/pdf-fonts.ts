import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { Font } from 'fontkit';
import type { TFontDictionary } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);

interface FontSource {
  /** The npm package that ships the files. */
  packageName: string;
  /** File name stem inside its files/ folder. */
  stem: string;
  /** Unicode subsets (Fontsource splits each family into files by script), in order of preference. */
  subsets: readonly string[];
  hasItalic: boolean;
}

/**
 * The fonts a printed plan can draw with, in order of preference for a character that several
 * cover: Noto Sans for Latin, Greek and Cyrillic, then the Noto families for Arabic, Hebrew and
 * Devanagari, then Noto Emoji (outline glyphs: colour emoji are bitmaps PDF text cannot carry).
 * They ship inside npm packages so that no system font needs installing where Tandem runs.
 */
const SOURCES: readonly FontSource[] = [
  {
    packageName: '@fontsource/noto-sans',
    stem: 'noto-sans',
    subsets: ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'],
    hasItalic: true,
  },
  { packageName: '@fontsource/noto-sans-arabic', stem: 'noto-sans-arabic', subsets: ['arabic'], hasItalic: false },
  { packageName: '@fontsource/noto-sans-hebrew', stem: 'noto-sans-hebrew', subsets: ['hebrew'], hasItalic: false },
  {
    packageName: '@fontsource/noto-sans-devanagari',
    stem: 'noto-sans-devanagari',
    subsets: ['devanagari'],
    hasItalic: false,
  },
  {
    packageName: '@fontsource/noto-emoji',
    stem: 'noto-emoji',
    subsets: ['emoji', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    hasItalic: false,
  },
];

/** One face of the fallback list: its pdfmake family name, and the regular file opened for measuring and lookups. */
export interface PdfFace {
  family: string;
  regular: Font;
  bold: Font;
}

export interface PdfFonts {
  /** Faces in order of preference; the first is the default. */
  faces: readonly PdfFace[];
  /** What pdfmake needs: each family's four files. */
  dictionary: TFontDictionary;
  /** Folders the files live in: the only local paths a document may read. */
  folders: readonly string[];
}

let loaded: PdfFonts | undefined;

/** Opens every face once per process (about 20 small files). */
export function pdfFonts(): PdfFonts {
  loaded ??= loadFonts();
  return loaded;
}

function loadFonts(): PdfFonts {
  const faces: PdfFace[] = [];
  const dictionary: TFontDictionary = {};
  const folders: string[] = [];
  for (const source of SOURCES) {
    const folder = join(dirname(require.resolve(`${source.packageName}/package.json`)), 'files') + sep;
    folders.push(folder);
    for (const subset of source.subsets) {
      const file = (weight: number, style: 'normal' | 'italic') =>
        `${folder}${source.stem}-${subset}-${weight}-${style}.woff`;
      const family = `${source.stem}-${subset}`;
      dictionary[family] = {
        normal: file(400, 'normal'),
        bold: file(700, 'normal'),
        italics: file(400, source.hasItalic ? 'italic' : 'normal'),
        bolditalics: file(700, source.hasItalic ? 'italic' : 'normal'),
      };
      faces.push({ family, regular: open(file(400, 'normal')), bold: open(file(700, 'normal')) });
    }
  }
  return { faces, dictionary, folders };
}

function open(path: string): Font {
  // fontkit is loaded with the first font, not when the server starts (about 20 MiB).
  const { create } = require('fontkit') as typeof import('fontkit');
  const font = create(readFileSync(path));
  if (!('layout' in font)) throw new Error(`${path} is a font collection, not one font.`);
  return font;
}
