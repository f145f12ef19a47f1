/**
 * Runs the tasks one after another and gives their results in order, like `Promise.all` but
 * without overlap: the queries of one transaction share one connection, and PostgreSQL's client
 * will refuse a query sent while another is under way on it.
 *
 * @example const [plan, versions] = await inTurn([() => repositories.carePlans.findPlan(id), () => repositories.carePlans.listVersions(id)]);
 */
export async function inTurn<const T extends readonly (() => unknown)[]>(
  tasks: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

/** Maps each item in turn, one after another (see `inTurn`). */
export async function mapInTurn<T, R>(items: readonly T[], map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await map(item));
  return results;
}
