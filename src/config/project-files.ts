import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Tandem's package.json, found by walking up from this module. The same code runs
 * from the sources (`src/config/`) and from the server bundle (`dist/server/`), so files that ship
 * beside the code (migrations, the built web app) are found from here, never relative to a module.
 */
export function findProjectRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'tandem') {
      return folder;
    }
    if (dirname(folder) === folder) throw new Error(`Tandem's package.json was not found above ${start}.`);
  }
}

const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside Tandem's own folder, e.g. `projectPath('dist', 'web')`. */
export function projectPath(...segments: string[]): string {
  return join(PROJECT_ROOT, ...segments);
}
