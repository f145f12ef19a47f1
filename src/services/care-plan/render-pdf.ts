import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
// pdfmake ships Roboto with absolute paths to its TTF files; only those files may be read.
const robotoDescriptor = require.resolve('pdfmake/fonts/Roboto.js');
const fontFolder = dirname(robotoDescriptor) + sep;
const roboto = require(robotoDescriptor) as TFontDictionary;

let isConfigured = false;

function configure(): void {
  if (isConfigured) return;
  pdfmake.setFonts(roboto);
  // A document built from people's words must never fetch anything or read other files.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontFolder));
  isConfigured = true;
}

/**
 * Renders a document on the server with the bundled Roboto fonts. Text in the definition is set
 * as plain text: pdfmake interprets no markup, so words that look like HTML print as written.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(definition).getBuffer();
}
