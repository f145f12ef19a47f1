import { readFileSync } from 'node:fs';
import { runCli } from './cli/run-cli';

// Composition root: the command line chooses what to start; each command wires config ->
// database -> repositories -> services -> HTTP or output (see cli/runtime.ts).
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
await runCli(process.argv, version);
