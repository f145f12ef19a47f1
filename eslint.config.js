import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layers point inwards (docs/ARCHITECTURE.md): a wrong import fails the build.
// A use-case area may share its name with an adapter (services/analytics holds the analytics use
// cases and their port, not the analytics adapter), so services/<name> is let through, and inside
// services/ so are relative imports between areas (./<name>/…, ../<name>/…).
const restricted = (name, isServices) =>
  isServices
    ? [`**/${name}/**`, `!**/services/${name}/**`, `!./${name}/**`, `!../${name}/**`]
    : [`**/${name}/**`, `**/${name}`, `!**/services/${name}`, `!**/services/${name}/**`];
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((name) => ({ group: restricted(name, files.includes('src/services/**')), message })) },
    ],
  },
});

const webLayer = layer(
  ['src/web/**'],
  ['domain', 'services', 'storage', 'http', 'cli', 'demo', 'analytics', 'fhir', 'config'],
  'web/ imports only shared/ and itself.',
);

// In the web app, features use ui/, hooks/ and api-client/, never the reverse. Flat config replaces a
// rule's options where two blocks match a file, so this block repeats the web layer's patterns.
const genericWeb = (web) => ({
  files: ['src/web/ui/**', 'src/web/hooks/**', 'src/web/api-client/**', 'src/web/offline/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...web.rules['no-restricted-imports'][1].patterns,
          {
            group: ['**/features/**', '**/features'],
            message: 'ui/, hooks/, api-client/ and offline/ are generic: they import no feature.',
          },
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.tandem-test/**',
      'data/**',
      'src/storage/migrations/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render user text as HTML.' },
      ],
    },
  },
  {
    // Rules that need the types: a promise nobody awaits loses its error, and a switch over a union
    // must say what happens for every member.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  layer(
    ['src/domain/**'],
    ['services', 'storage', 'http', 'cli', 'demo', 'web', 'fhir', 'email', 'analytics', 'shared', 'config'],
    'domain/ is pure: it imports nothing of ours outside domain/.',
  ),
  layer(
    ['src/services/**'],
    ['storage', 'http', 'cli', 'demo', 'web', 'fhir', 'email', 'analytics', 'config', 'sso'],
    'services/ depend on domain/ and their ports, not on adapters.',
  ),
  layer(
    ['src/storage/**'],
    ['http', 'cli', 'demo', 'web', 'fhir', 'analytics'],
    'storage/ implements service ports; it does not reach other adapters.',
  ),
  layer(
    ['src/http/**'],
    ['storage', 'cli', 'demo', 'web', 'analytics'],
    'http/ calls services; only main.ts and cli/ wire storage in.',
  ),
  layer(
    ['src/email/**'],
    ['storage', 'http', 'cli', 'demo', 'web', 'fhir', 'analytics'],
    'email/ sends through a mail server; it does not reach other adapters.',
  ),
  layer(
    ['src/fhir/**'],
    ['storage', 'http', 'cli', 'demo', 'web', 'analytics'],
    'fhir/ maps to and from FHIR; it does not reach other adapters.',
  ),
  layer(
    ['src/analytics/**'],
    ['http', 'cli', 'demo', 'web', 'fhir'],
    'analytics/ is read-only queries and statistics.',
  ),
  layer(
    ['src/shared/**'],
    ['services', 'storage', 'http', 'cli', 'demo', 'web', 'analytics', 'fhir'],
    'shared/ is the API contract: schemas and types only.',
  ),
  layer(
    ['src/demo/**'],
    ['storage', 'http', 'cli', 'web', 'fhir', 'analytics', 'config'],
    'demo/ builds the demo organisation through services and their ports, like cli/ without the wiring.',
  ),
  layer(
    ['src/sso/**'],
    ['storage', 'http', 'cli', 'demo', 'web', 'fhir', 'email', 'analytics'],
    'sso/ speaks to the identity provider; it does not reach other adapters.',
  ),
  webLayer,
  genericWeb(webLayer),
);
