import { readFileSync } from 'node:fs';
import { projectPath } from './config/project-files';
import { runCli } from './cli/run-cli';

// Composition root: the command line chooses what to start; each command wires config ->
// database -> repositories -> services -> HTTP or output (see cli/runtime.ts).
const { version } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as {
  version: string;
};
await runCli(process.argv, version);
