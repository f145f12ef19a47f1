import type { InstrumentIssue } from '../domain/instruments';
import { findExtension, findExtensions } from './instrument-extensions';
import type { Extension } from './r4-types';

type ValueKey = 'valueBoolean' | 'valueCode' | 'valueDecimal' | 'valueId' | 'valueInteger' | 'valueString';

/**
 * Reads values out of extensions while collecting, rather than throwing, every problem, so that an
 * import can report all of them at once.
 */
export class ExtensionReader {
  constructor(
    private readonly issues: InstrumentIssue[],
    readonly path: string,
    private readonly extensions: readonly Extension[] | undefined,
  ) {}

  /** The value of the one extension with this URL; an issue if it is absent. */
  required<K extends ValueKey>(url: string, key: K): NonNullable<Extension[K]> | undefined {
    const value = findExtension(this.extensions, url)?.[key];
    if (value === undefined || value === null) this.problem('invalid-shape', `Missing ${describe(url)} (${key}).`);
    return value ?? undefined;
  }

  /** The value of the extension with this URL, if there is one. */
  optional<K extends ValueKey>(url: string, key: K): Extension[K] | undefined {
    return findExtension(this.extensions, url)?.[key];
  }

  /** The values of every extension with this URL; an issue for each that lacks one. */
  all<K extends ValueKey>(url: string, key: K): NonNullable<Extension[K]>[] {
    return findExtensions(this.extensions, url).flatMap((extension) => {
      const value = extension[key];
      if (value === undefined || value === null) this.problem('invalid-shape', `${describe(url)} without ${key}.`);
      return value === undefined || value === null ? [] : [value];
    });
  }

  /** A reader for each nested (complex) extension with this URL. */
  nested(url: string): ExtensionReader[] {
    return findExtensions(this.extensions, url).map(
      (extension, index) =>
        new ExtensionReader(this.issues, `${this.path}.${describe(url)}.${index}`, extension.extension),
    );
  }

  /** A code that must be one of the allowed values. */
  oneOf<T extends string>(url: string, allowed: readonly T[]): T | undefined {
    const value = this.required(url, 'valueCode');
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem('invalid-shape', `${describe(url)} "${value}" is not one of ${allowed.join(', ')}.`);
    return undefined;
  }

  problem(code: InstrumentIssue['code'], message: string): void {
    this.issues.push({ path: this.path, code, message });
  }
}

/** The last segment of an extension URL, which names it well enough in a message. */
function describe(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}
