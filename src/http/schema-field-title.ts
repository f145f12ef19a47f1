import type { z } from 'zod';

type Part = string | number;

/**
 * The title a request schema gives the field at `path` (`.meta({ title: 'Your message' })`), so an
 * error names the field as the form that sends it labels it; undefined when the schema gives none.
 * Wrappers (optional, nullable, default, pipe) are looked through, and the nearest title wins.
 *
 * @example fieldTitle(sendMessageBody, ['text']) // 'Your message'
 */
export function fieldTitle(schema: unknown, path: readonly Part[]): string | undefined {
  let current: unknown = schema;
  let found = titleOf(current);
  for (const part of path) {
    current = child(unwrap(current), part);
    if (current === undefined) return undefined;
    found = titleOf(current) ?? titleOf(unwrap(current));
  }
  return found;
}

interface Definition {
  type?: string;
  innerType?: unknown;
  in?: unknown;
  element?: unknown;
  shape?: Record<string, unknown>;
}

const definitionOf = (schema: unknown): Definition | undefined =>
  (schema as { _zod?: { def?: Definition } } | undefined)?._zod?.def;

function titleOf(schema: unknown): string | undefined {
  if (!schema || typeof (schema as z.ZodType).meta !== 'function') return undefined;
  const meta = (schema as z.ZodType).meta();
  return typeof meta?.title === 'string' ? meta.title : undefined;
}

/** The schema under its wrappers (optional, nullable, default, pipe…). */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let depth = 0; depth < 10; depth += 1) {
    const definition = definitionOf(current);
    if (!definition) return current;
    if (
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(
        definition.type ?? '',
      )
    )
      current = definition.innerType;
    else if (definition.type === 'pipe') current = definition.in;
    else return current;
  }
  return current;
}

function child(schema: unknown, part: Part): unknown {
  const definition = definitionOf(schema);
  if (!definition) return undefined;
  if (definition.type === 'object' && typeof part === 'string') return definition.shape?.[part];
  if (definition.type === 'array') return definition.element;
  return undefined;
}
