#!/usr/bin/env node
// Checks that every package Tandem runs supports the Node versions Tandem says it supports: the
// running Node, and the lowest version in package.json's "engines". Production dependencies (what
// `tandem serve` loads) must declare engines that include both, or the check fails; development-only
// packages are listed as warnings, because a benchmark's native binary declaring a newer Node does not
// change what a service runs. npm's own engine-strict cannot draw that line: it refuses the whole
// install for one development package (ADR 0026).
import { readFileSync } from 'node:fs';
import semver from 'semver';

// The project to check: this repository, or the folder given (a fixture, to see the check fail).
const dir = new URL(process.argv[2] ? `file://${process.argv[2].replace(/\/?$/, '/')}` : '../', import.meta.url);
const root = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('package-lock.json', dir), 'utf8'));
const supported = root.engines?.node;
if (!supported) {
  console.error('package.json declares no engines.node: say which Node versions Tandem supports.');
  process.exit(1);
}
const lowest = semver.minVersion(supported)?.version;
const running = process.versions.node;
const problems = [];
const warnings = [];
if (!semver.satisfies(running, supported)) {
  problems.push(`this Node (${running}) is outside Tandem's own engines (${supported})`);
}
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (path === '' || !entry.engines?.node) continue;
  const range = typeof entry.engines.node === 'string' ? entry.engines.node : null;
  if (!range) continue;
  const name = path.replace(/^.*node_modules\//, '');
  const misses = [running, lowest].filter(
    (version, i, all) => version && all.indexOf(version) === i && !semver.satisfies(version, range),
  );
  if (misses.length === 0) continue;
  const line = `${name}@${entry.version} declares node ${range}, which excludes ${misses.join(' and ')}`;
  (entry.dev ? warnings : problems).push(line);
}
for (const warning of warnings) console.warn(`warning (development only): ${warning}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`engine mismatch: ${problem}`);
  console.error(`\n${problems.length} engine mismatch(es) in what Tandem runs (Node ${supported}).`);
  process.exit(1);
}
console.log(
  `engines: every production dependency supports Node ${supported} (checked ${running}${lowest && lowest !== running ? ` and ${lowest}` : ''}).`,
);
