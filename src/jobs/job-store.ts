import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, JobTable } from '../store/database-schema.ts';
import type { Job, JobProgress } from './job.ts';

function toJob(row: Selectable<JobTable>): Job {
  return {
    id: row.id,
    kind: row.kind,
    councilCode: row.council_code,
    createdBy: row.created_by,
    status: row.status,
    progress: { phase: row.phase, done: row.done, total: row.total },
    result: row.result,
    error: row.error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A new queued job. */
export async function createJob(
  db: Kysely<Database>,
  spec: { kind: string; councilCode: string | null; createdBy: string },
): Promise<Job> {
  const row = await db
    .insertInto('job')
    .values({
      id: randomUUID(),
      kind: spec.kind,
      council_code: spec.councilCode,
      created_by: spec.createdBy,
      status: 'queued',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toJob(row);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One job, or undefined (also for an id that is not a UUID, so callers need not check). */
export async function findJob(db: Kysely<Database>, id: string): Promise<Job | undefined> {
  if (!UUID.test(id)) return undefined;
  const row = await db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toJob(row) : undefined;
}

/** Recent jobs, newest first. */
export async function listJobs(
  db: Kysely<Database>,
  filter: { createdBy?: string; councilCode?: string; limit?: number },
): Promise<Job[]> {
  let query = db.selectFrom('job').selectAll();
  if (filter.createdBy !== undefined) query = query.where('created_by', '=', filter.createdBy);
  if (filter.councilCode !== undefined) query = query.where('council_code', '=', filter.councilCode);
  const rows = await query
    .orderBy('created_at', 'desc')
    .limit(filter.limit ?? 20)
    .execute();
  return rows.map(toJob);
}

export async function markJobRunning(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('job')
    .set({ status: 'running', phase: 'starting', updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function saveJobProgress(db: Kysely<Database>, id: string, p: JobProgress): Promise<void> {
  await db
    .updateTable('job')
    .set({ phase: p.phase, done: p.done, total: p.total, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Ends a job: succeeded with its result, or failed with a message (and any partial result). */
export async function finishJob(
  db: Kysely<Database>,
  id: string,
  end: { status: 'succeeded' | 'failed'; result?: unknown; error?: string },
): Promise<void> {
  await db
    .updateTable('job')
    .set({
      status: end.status,
      phase: end.status === 'succeeded' ? 'done' : 'failed',
      // A finished job shows a full bar whatever its last throttled report said.
      ...(end.status === 'succeeded'
        ? { done: sql<number>`greatest(total, 1)`, total: sql<number>`greatest(total, 1)` }
        : {}),
      result: end.result === undefined ? null : JSON.stringify(end.result),
      error: end.error ?? null,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export const INTERRUPTED_MESSAGE =
  'The job was interrupted because the server restarted. Nothing from it was saved: please start it again.';

/**
 * Marks every queued or running job failed. Called once when a server starts: a job's work lives in
 * the process that queued it (uploaded files in its temp folder), so a restart ends it. Assumes one
 * server process per database. Returns how many jobs were marked.
 */
export async function failInterruptedJobs(db: Kysely<Database>): Promise<number> {
  const rows = await db
    .updateTable('job')
    .set({ status: 'failed', phase: 'failed', error: INTERRUPTED_MESSAGE, updated_at: sql`now()` })
    .where('status', 'in', ['queued', 'running'])
    .returning('id')
    .execute();
  return rows.length;
}
