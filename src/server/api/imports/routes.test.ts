import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { toCsv } from '../../../ssda903/index.ts';
import type { TableName } from '../../../ssda903/tables.ts';
import { generateCouncil } from '../../../synth/index.ts';
import { TEST_PLACES } from '../../../synth/test-places.ts';
import { as, buildTestApp, COUNCIL_A, COUNCIL_B, multipart, SMALL_RETURN, waitForJob } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;
let uploadRoot: string;
beforeAll(async () => {
  t = await createTestDatabase();
  uploadRoot = await mkdtemp(join(tmpdir(), 'upload-test-'));
  // 1 MB per file so the size limit can be met with a small body.
  app = await buildTestApp(t.db, { fileBytes: 1024 * 1024, files: 20, root: uploadRoot });
});
afterAll(async () => {
  await app.close();
  await t.close();
  await rm(uploadRoot, { recursive: true, force: true });
});

/** A synthetic council's 2024/25 return (30 children, seed 7) as CSV files. */
function syntheticReturn(): [string, string][] {
  const council = generateCouncil(
    { councilCode: COUNCIL_A, children: 30, years: 1, lastYear: 2025, seed: 7 },
    TEST_PLACES,
  );
  const ret = council.returns[0];
  if (!ret) throw new Error('no synthetic return');
  return Object.entries(ret.tables).map(([table, records]) => [
    `${table.toLowerCase()}.csv`,
    toCsv(table as TableName, records ?? [], { collectionYear: 2025 }),
  ]);
}

const upload = (user: string, code: string, fields: Record<string, string>, files: [string, string][]) =>
  as(app, user, { method: 'POST', url: `/api/councils/${code}/imports`, ...multipart(fields, files) });

describe('POST /api/councils/:code/imports', () => {
  it('imports a synthetic return in a job that runs to succeeded, and lists the batch with hashes', async () => {
    const files = syntheticReturn();
    const res = await upload('ana', COUNCIL_A, { year: '2025' }, files);
    expect(res.statusCode).toBe(202);
    const { job, seen } = await waitForJob(app, 'ana', res.json().jobId);
    expect(seen.every((s) => ['queued', 'running', 'succeeded'].includes(s))).toBe(true);
    expect(job.status).toBe('succeeded');
    expect(job.progress.phase).toBe('done');
    expect(job.progress.done).toBe(job.progress.total);
    expect(job.result.status).toBe('imported');
    expect(job.result.structuralFindings).toBe(0);
    expect(job.result.files.map((f: { name: string }) => f.name).sort()).toEqual(
      files.map(([n]) => n).sort(),
    );

    const batches = (
      await as(app, 'ana', { method: 'GET', url: `/api/councils/${COUNCIL_A}/imports` })
    ).json();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({
      id: job.result.batchId,
      collectionYear: 2025,
      label: '2024/25',
      kind: 'return',
      asAt: '2025-03-31',
      status: 'active',
      importedBy: 'ana',
    });
    expect(batches[0].files[0].sha256).toMatch(/^[0-9a-f]{64}$/);

    const jobs = (await as(app, 'ana', { method: 'GET', url: `/api/jobs?council=${COUNCIL_A}` })).json();
    expect(jobs[0].id).toBe(job.id);
    // Another user does not see ana's job.
    expect((await as(app, 'bob', { method: 'GET', url: `/api/jobs/${job.id}` })).statusCode).toBe(404);
  });

  it('rejects a return with a structural problem: the job result lists it and nothing is imported', async () => {
    const [header, episodes] = SMALL_RETURN as [[string, string], [string, string]];
    // Row 5 of episodes.csv: 31 February does not exist.
    const bad: [string, string] = [episodes[0], `${episodes[1]}C3,31/02/2024,S,C2,N1,U4,PR1,,,,,,\n`];
    const res = await upload('ana', COUNCIL_A, { year: '2025' }, [header, bad]);
    const { job } = await waitForJob(app, 'ana', res.json().jobId);
    expect(job.status).toBe('succeeded');
    expect(job.result.status).toBe('rejected');
    expect(job.result.batchId).toBeNull();
    expect(job.result.findings).toEqual([
      expect.objectContaining({
        severity: 'structural',
        file: 'episodes.csv',
        row: 5,
        column: 'DECOM',
        value: '31/02/2024',
      }),
    ]);
    const batches = (
      await as(app, 'ana', { method: 'GET', url: `/api/councils/${COUNCIL_A}/imports` })
    ).json();
    expect(batches).toHaveLength(1);
  });

  it('refuses a file name that climbs out of the upload folder, and other file types, naming the file', async () => {
    const traversal = await upload('ana', COUNCIL_A, { year: '2025' }, [['../../etc/passwd.csv', 'x']]);
    expect(traversal.statusCode).toBe(400);
    expect(traversal.json()).toEqual({
      id: 'invalid-file',
      message:
        'file name "../../etc/passwd.csv" points outside the upload (only a plain file name is accepted)',
    });
    const wrongType = await upload('ana', COUNCIL_A, { year: '2025' }, [['notes.xlsx', 'x']]);
    expect(wrongType.json()).toEqual({
      id: 'invalid-file',
      message: 'notes.xlsx: only .csv and .xml files can be imported',
    });
  });

  it('refuses a file over the size limit with 413 naming it', async () => {
    const res = await upload('ana', COUNCIL_A, { year: '2025' }, [['big.csv', 'x'.repeat(1024 * 1024 + 1)]]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      id: 'file-too-large',
      message: 'big.csv is larger than 1 MB, the most one file can be',
    });
  });

  it('answers bad form fields with invalid-request and the field', async () => {
    const res = await upload('ana', COUNCIL_A, { year: 'next year' }, SMALL_RETURN);
    expect(res.statusCode).toBe(400);
    expect(res.json().id).toBe('invalid-request');
    expect(Object.keys(res.json().fields)).toEqual(['year']);
    const badDate = await upload('ana', COUNCIL_A, { year: '2025', asAt: '31/02/2025' }, SMALL_RETURN);
    expect(badDate.json()).toMatchObject({
      id: 'invalid-request',
      fields: { asAt: 'not a real date: 31/02/2025' },
    });
  });

  it('refuses a viewer (403), a council not the user’s (404) and no session (401)', async () => {
    expect((await upload('vic', COUNCIL_A, { year: '2025' }, SMALL_RETURN)).statusCode).toBe(403);
    const other = await upload('ana', COUNCIL_B, { year: '2025' }, SMALL_RETURN);
    expect(other.statusCode).toBe(404);
    expect(other.json().id).toBe('council-not-found');
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/councils/${COUNCIL_A}/imports`,
      ...multipart({ year: '2025' }, SMALL_RETURN),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('POST /api/imports/:id/restore', () => {
  it('restores a superseded batch, and hides batches of other councils', async () => {
    const res = await upload('ana', COUNCIL_A, { year: '2025' }, SMALL_RETURN);
    const { job } = await waitForJob(app, 'ana', res.json().jobId);
    const superseded = job.result.supersededBatchId as number;
    expect(superseded).toBeGreaterThan(0);
    expect(
      (await as(app, 'bob', { method: 'POST', url: `/api/imports/${superseded}/restore` })).statusCode,
    ).toBe(404);
    const restored = await as(app, 'ana', { method: 'POST', url: `/api/imports/${superseded}/restore` });
    expect(restored.json()).toEqual({ batchId: superseded, supersededBatchId: job.result.batchId });
    const again = await as(app, 'ana', { method: 'POST', url: `/api/imports/${superseded}/restore` });
    expect(again.statusCode).toBe(409);
  });
});

describe('upload folders', () => {
  it('are all removed once uploads are refused or their jobs have ended', async () => {
    expect(await readdir(uploadRoot)).toEqual([]);
  });
});
