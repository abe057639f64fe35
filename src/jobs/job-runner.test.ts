import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { JobRunner, UNEXPECTED_JOB_ERROR } from './job-runner.ts';
import { createJob, failInterruptedJobs, findJob, INTERRUPTED_MESSAGE, listJobs } from './job-store.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('JobRunner', () => {
  it('runs a job to succeeded, storing its result and a full progress bar', async () => {
    const runner = new JobRunner(t.db);
    const job = await runner.submit(
      { kind: 'test', councilCode: 'E06000016', createdBy: 'ana' },
      async (report) => {
        report({ phase: 'reading', done: 3, total: 10 });
        return { status: 'succeeded', result: { rows: 10 } };
      },
    );
    expect(job.status).toBe('queued');
    await runner.idle();
    const stored = await findJob(t.db, job.id);
    expect(stored).toMatchObject({ status: 'succeeded', result: { rows: 10 }, error: null });
    // The report said 3 of 10; a finished job shows 10 of 10.
    expect(stored?.progress).toEqual({ phase: 'done', done: 10, total: 10 });
  });

  it('writes progress at most once per interval within a phase, and on each phase change', async () => {
    let clock = 0;
    const seen: string[] = [];
    const runner = new JobRunner(t.db, { progressIntervalMs: 250, now: () => clock });
    const job = await runner.submit({ kind: 'test', councilCode: null, createdBy: 'ana' }, async (report) => {
      const snapshot = async () => {
        await new Promise((r) => setTimeout(r, 20));
        const j = await findJob(t.db, job.id);
        seen.push(`${j?.progress.phase}:${j?.progress.done}`);
      };
      report({ phase: 'reading', done: 1, total: 4 }); // written (first)
      await snapshot();
      clock = 100;
      report({ phase: 'reading', done: 2, total: 4 }); // dropped: 100 ms after the last write
      await snapshot();
      clock = 300;
      report({ phase: 'reading', done: 3, total: 4 }); // written: 300 ms after
      await snapshot();
      clock = 310;
      report({ phase: 'writing', done: 0, total: 4 }); // written: new phase
      await snapshot();
      return { status: 'succeeded', result: null };
    });
    await runner.idle();
    expect(seen).toEqual(['reading:1', 'reading:1', 'reading:3', 'writing:0']);
  });

  it('marks a job that throws failed with a message that hides the error, and keeps running later jobs', async () => {
    const errors: unknown[] = [];
    const runner = new JobRunner(t.db, { onError: (e) => errors.push(e) });
    const order: string[] = [];
    const bad = await runner.submit({ kind: 'test', councilCode: null, createdBy: 'ana' }, async () => {
      order.push('bad');
      throw new Error('child 12345 broke it');
    });
    const good = await runner.submit({ kind: 'test', councilCode: null, createdBy: 'ana' }, async () => {
      order.push('good');
      return { status: 'failed', error: 'the return was empty', result: { files: 0 } };
    });
    await runner.idle();
    expect(order).toEqual(['bad', 'good']);
    expect(await findJob(t.db, bad.id)).toMatchObject({ status: 'failed', error: UNEXPECTED_JOB_ERROR });
    expect(await findJob(t.db, good.id)).toMatchObject({
      status: 'failed',
      error: 'the return was empty',
      result: { files: 0 },
    });
    expect(errors).toHaveLength(1);
  });
});

describe('job store', () => {
  it('fails queued and running jobs left by a restart, and lists a user’s jobs newest first', async () => {
    const a = await createJob(t.db, { kind: 'import', councilCode: 'E09000001', createdBy: 'restart-user' });
    const b = await createJob(t.db, { kind: 'import', councilCode: 'E09000001', createdBy: 'restart-user' });
    expect(await failInterruptedJobs(t.db)).toBe(2);
    const jobs = await listJobs(t.db, { createdBy: 'restart-user' });
    expect(jobs.map((j) => j.id)).toEqual([b.id, a.id]);
    expect(jobs.every((j) => j.status === 'failed' && j.error === INTERRUPTED_MESSAGE)).toBe(true);
  });

  it('finds nothing for an id that is not a UUID', async () => {
    expect(await findJob(t.db, '../etc')).toBeUndefined();
  });
});
