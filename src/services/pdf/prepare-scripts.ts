import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { hasRightToLeft, visualLines } from './bidi-lines';
import { fontRuns } from './font-runs';
import type { PdfFace } from './pdf-fonts';

/** What a node inherits: the width it may fill and the text style that sets the size of its words. */
interface Frame {
  width: number;
  fontSize: number;
  isBold: boolean;
}

type Node = Record<string, unknown>;
type Styles = Record<string, { fontSize?: number; bold?: boolean } | undefined>;

/**
 * Makes every piece of text in a document printable in any script: each string becomes runs in the
 * fonts that have its characters, and text with right-to-left letters is broken into lines and put
 * in display order here (see `visualLines`), with a right-to-left paragraph aligned to the right.
 * Handles the text, stack, columns, lists and tables a document uses; a safety margin of 3% of the
 * width keeps pdfmake from breaking a prepared line again where its measure differs slightly.
 */
export function prepareScripts(
  definition: TDocumentDefinitions,
  faces: readonly PdfFace[],
  pageWidth: number,
): TDocumentDefinitions {
  const defaultFont = faces[0]?.family;
  const styles = (definition.styles ?? {}) as Styles;
  const defaultStyle = { fontSize: 12, ...definition.defaultStyle };
  const [left, right] = horizontalMargins(definition.pageMargins);
  const frame: Frame = {
    width: pageWidth - left - right,
    fontSize: defaultStyle.fontSize,
    isBold: defaultStyle.bold === true,
  };
  const prepare = (content: Content) => prepareNode(content, frame, styles, faces) as Content;
  const footer = definition.footer;
  return {
    ...definition,
    defaultStyle: { ...defaultStyle, font: defaultFont },
    content: prepare(definition.content),
    ...(typeof footer === 'function'
      ? { footer: ((...args: Parameters<DynamicContent>) => prepare(footer(...args) as Content)) as DynamicContent }
      : footer
        ? { footer: prepare(footer) }
        : {}),
  };
}

function prepareNode(node: unknown, frame: Frame, styles: Styles, faces: readonly PdfFace[]): unknown {
  if (typeof node === 'string') return prepareText({ text: node }, frame, faces);
  if (Array.isArray(node)) return node.map((child) => prepareNode(child, frame, styles, faces));
  if (node === null || typeof node !== 'object') return node;
  const object = node as Node;
  const inner = frameOf(object, frame, styles);
  if (typeof object.text === 'string') return prepareText(object, inner, faces);
  if (Array.isArray(object.text)) return { ...object, text: object.text.map((inline) => prepareInline(inline, faces)) };
  const prepared: Node = { ...object };
  for (const key of ['stack', 'columns', 'ul', 'ol'] as const) {
    if (Array.isArray(object[key])) prepared[key] = prepareNode(object[key], inner, styles, faces);
  }
  const table = object.table as Node | undefined;
  if (table && Array.isArray(table.body))
    prepared.table = { ...table, body: prepareNode(table.body, inner, styles, faces) };
  return prepared;
}

/** A text node: runs by font; with right-to-left letters, one node per line in display order. */
function prepareText(node: Node, frame: Frame, faces: readonly PdfFace[]): Node {
  const text = node.text as string;
  if (!hasRightToLeft(text)) return { ...node, text: fontRuns(text, faces) };
  const lines = visualLines(text, faces, {
    maxWidth: frame.width * 0.97,
    fontSize: frame.fontSize,
    isBold: frame.isBold,
  });
  const { text: _text, ...rest } = node;
  return {
    ...rest,
    stack: lines.map((line) => ({
      text: line.runs,
      alignment: line.isRightToLeft ? 'right' : (node.alignment ?? 'left'),
    })),
  };
}

function prepareInline(inline: unknown, faces: readonly PdfFace[]): unknown {
  if (typeof inline === 'string') return { text: fontRuns(inline, faces) };
  if (inline && typeof inline === 'object' && typeof (inline as Node).text === 'string') {
    return { ...(inline as Node), text: fontRuns((inline as Node).text as string, faces) };
  }
  return inline;
}

function frameOf(node: Node, frame: Frame, styles: Styles): Frame {
  const named = (Array.isArray(node.style) ? node.style : [node.style]).map((name) =>
    typeof name === 'string' ? styles[name] : undefined,
  );
  const fromStyles = Object.assign({}, ...named.filter(Boolean)) as { fontSize?: number; bold?: boolean };
  const [left, right] = horizontalMargins(node.margin as TDocumentDefinitions['pageMargins']);
  return {
    width: frame.width - left - right,
    fontSize: typeof node.fontSize === 'number' ? node.fontSize : (fromStyles.fontSize ?? frame.fontSize),
    isBold: typeof node.bold === 'boolean' ? node.bold : (fromStyles.bold ?? frame.isBold),
  };
}

function horizontalMargins(margins: TDocumentDefinitions['pageMargins']): [number, number] {
  if (typeof margins === 'number') return [margins, margins];
  if (Array.isArray(margins) && margins.length === 2) return [margins[0], margins[0]];
  if (Array.isArray(margins) && margins.length === 4) return [margins[0], margins[2]];
  return [0, 0];
}
