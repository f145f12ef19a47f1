import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF made by pdfmake, page by page, for assertions. Embedded fonts draw glyph ids,
 * not characters, so each id is mapped back through its font's ToUnicode table; streams are
 * inflated first, so this reads the compressed documents users download.
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf.toString('latin1'));
  const fontByName = new Map<string, Map<number, string>>();
  for (const object of objects.values()) {
    for (const [, name, id] of object.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(id));
      const cmapId = font?.dict.match(/\/ToUnicode (\d+) 0 R/)?.[1];
      const cmap = cmapId ? objects.get(Number(cmapId))?.stream : undefined;
      if (cmap) fontByName.set(name!, parseCmap(cmap));
    }
  }
  return pageContents(objects)
    .map((content) => drawnText(content, fontByName))
    .join('\n');
}

interface PdfObject {
  dict: string;
  stream?: string;
}

function readObjects(source: string): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  for (const [, id, body] of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const start = body!.indexOf('stream\n');
    if (start < 0) {
      objects.set(Number(id), { dict: body! });
      continue;
    }
    const dict = body!.slice(0, start);
    const raw = Buffer.from(body!.slice(start + 'stream\n'.length, body!.lastIndexOf('\nendstream')), 'latin1');
    const bytes = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    objects.set(Number(id), { dict, stream: bytes.toString('latin1') });
  }
  return objects;
}

function pageContents(objects: Map<number, PdfObject>): string[] {
  const pages = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  const kids = [...(pages?.dict.match(/\/Kids \[([^\]]*)\]/)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) =>
    Number(m[1]),
  );
  return kids.map((kid) => {
    const contentsId = objects.get(kid)?.dict.match(/\/Contents (\d+) 0 R/)?.[1];
    return objects.get(Number(contentsId))?.stream ?? '';
  });
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  // pdfkit writes a multi-character target with spaces (<0915 094d 0937>), and an empty one for a
  // glyph that draws part of a character (the dots of an Arabic letter drawn separately).
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, targets] of block!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
      const from = parseInt(lo!, 16);
      if (targets!.startsWith('[')) {
        [...targets!.matchAll(/<([0-9a-f\s]*)>/gi)].forEach((m, i) => map.set(from + i, utf16(m[1]!)));
      } else {
        const base = parseInt(targets!.slice(1, -1), 16);
        for (let code = from; code <= parseInt(hi!, 16); code += 1)
          map.set(code, String.fromCharCode(base + code - from));
      }
    }
  }
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of block!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      map.set(parseInt(code!, 16), utf16(target!));
  }
  return map;
}

function drawnText(content: string, fonts: Map<string, Map<number, string>>): string {
  let font: Map<number, string> | undefined;
  let lastY: number | null = null;
  let text = '';
  for (const [, fontName, y, shown] of content.matchAll(
    /\/(F\d+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|(\[[^\]]*\]\s*TJ|<[0-9a-f]*>\s*Tj)/gi,
  )) {
    if (fontName) font = fonts.get(fontName);
    else if (y !== undefined) {
      // A glyph raised or lowered a little (an Arabic dot, a Devanagari mark) is on the same line.
      if (lastY !== null && Math.abs(Number(y) - lastY) > 2) text += '\n';
      lastY = Number(y);
    } else if (shown) {
      for (const [, hex] of shown.matchAll(/<([0-9a-f]*)>/gi)) {
        text += (hex!.match(/.{4}/g) ?? []).map((code) => font?.get(parseInt(code, 16)) ?? '\uFFFD').join('');
      }
    }
  }
  return text;
}

/**
 * How many different glyphs of a PDF's fonts stand for `text`: a shaped script draws one letter with
 * several glyphs (an Arabic letter's initial, medial and final forms), and a conjunct with one.
 */
export function pdfGlyphCount(pdf: Buffer, text: string): number {
  const objects = readObjects(pdf.toString('latin1'));
  let count = 0;
  for (const object of objects.values()) {
    if (object.stream?.includes('begincmap'))
      count += [...parseCmap(object.stream).values()].filter((target) => target === text).length;
  }
  return count;
}
