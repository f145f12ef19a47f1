import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
// pdfmake ships Roboto with absolute paths to its TTF files; only those files may be read.
const robotoDescriptor = require.resolve('pdfmake/fonts/Roboto.js');
const fontFolder = dirname(robotoDescriptor) + sep;
const roboto = require(robotoDescriptor) as TFontDictionary;

const loadPdfmake = async () => (await import('pdfmake')).default;
type PdfMake = Awaited<ReturnType<typeof loadPdfmake>>;
let configured: Promise<PdfMake> | null = null;

// Loaded at the first PDF, not at start-up: pdfmake adds about 20 MB to every server process.
async function configure(): Promise<PdfMake> {
  const pdfmake = await loadPdfmake();
  pdfmake.setFonts(roboto);
  // A document built from people's words must never fetch anything or read other files.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontFolder));
  return pdfmake;
}

/**
 * Renders a document on the server with the bundled Roboto fonts. Text in the definition is set
 * as plain text: pdfmake interprets no markup, so words that look like HTML print as written.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configured ??= configure();
  return (await configured).createPdf(definition).getBuffer();
}
