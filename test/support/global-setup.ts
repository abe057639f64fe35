/**
 * One PostgreSQL server for the whole test run. The store module replaces this with the embedded
 * server; until then it does nothing.
 */
export default async function setup(): Promise<() => Promise<void>> {
  return async () => {};
}
