import { afterAll, expect } from 'vitest';

// PostgreSQL's client warns when a query is queued on a connection that is still busy with others
// (a `Promise.all` over three or more of one transaction's queries), and its next major version
// refuses any overlap. Each test file fails if that warning came while it ran.
const overlapping: string[] = [];
process.on('warning', (warning) => {
  if (/already executing a query/.test(warning.message)) overlapping.push(warning.stack ?? warning.message);
});

afterAll(() => {
  expect(overlapping, 'queries overlapped on one connection (use inTurn from src/services/in-turn.ts)').toEqual([]);
});
