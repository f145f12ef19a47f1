import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfFonts } from '../pdf/pdf-fonts';
import { prepareScripts } from '../pdf/prepare-scripts';

/** A4 width in points: every document Tandem prints is A4. */
const A4_WIDTH = 595.28;

let isConfigured = false;

function configure(): void {
  if (isConfigured) return;
  const fonts = pdfFonts();
  pdfmake.setFonts(fonts.dictionary);
  // A document built from people's words must never fetch anything or read other files.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fonts.folders.some((folder) => path.startsWith(folder)));
  isConfigured = true;
}

/**
 * Renders an A4 document on the server with the Noto fonts Tandem ships, so that text in any of the
 * scripts people write in (Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari) and emoji prints,
 * right-to-left text in display order (see `prepareScripts`). Text in the definition is set as
 * plain text: pdfmake interprets no markup, so words that look like HTML print as written.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(prepareScripts(definition, pdfFonts().faces, A4_WIDTH)).getBuffer();
}
