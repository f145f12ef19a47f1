#!/usr/bin/env node
// Runs Tandem's TypeScript sources directly; there is no separate compile step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
