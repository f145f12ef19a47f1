import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfFonts } from '../pdf/pdf-fonts';
import { prepareScripts } from '../pdf/prepare-scripts';

/** A4 width in points: every document Tandem prints is A4. */
const A4_WIDTH = 595.28;

const loadPdfmake = async () => (await import('pdfmake')).default;
type PdfMake = Awaited<ReturnType<typeof loadPdfmake>>;
let configured: Promise<PdfMake> | null = null;

// Loaded at the first PDF, not at start-up: pdfmake and its fonts add about 25 MiB to every server
// process, and a larger heap at rest lets the garbage collector grow it further under load.
async function configure(): Promise<PdfMake> {
  const pdfmake = await loadPdfmake();
  const fonts = pdfFonts();
  pdfmake.setFonts(fonts.dictionary);
  // A document built from people's words must never fetch anything or read other files.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fonts.folders.some((folder) => path.startsWith(folder)));
  return pdfmake;
}

/**
 * Renders an A4 document on the server with the Noto fonts Tandem ships, so that text in any of the
 * scripts people write in (Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari) and emoji prints,
 * right-to-left text in display order (see `prepareScripts`). Text in the definition is set as
 * plain text: pdfmake interprets no markup, so words that look like HTML print as written.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configured ??= configure();
  return (await configured).createPdf(prepareScripts(definition, pdfFonts().faces, A4_WIDTH)).getBuffer();
}
