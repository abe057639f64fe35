import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { CopyWriter } from './copy-writer.ts';
import { poolOf } from './open-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.schema.createTable('left_side').addColumn('n', 'integer').addColumn('note', 'text').execute();
  await t.db.schema.createTable('right_side').addColumn('n', 'integer').execute();
});
afterAll(() => t.close());

describe('CopyWriter', () => {
  it('interleaves two tables over one connection in small chunks and loses nothing', async () => {
    const client = await poolOf(t.db).connect();
    try {
      await client.query('begin');
      // 20-character chunks force a COPY switch every couple of lines, as an XML return would.
      const writer = new CopyWriter(client, 20, 40);
      for (let n = 1; n <= 50; n++) {
        await writer.add('left_side', 'copy left_side (n, note) from stdin', `${n}\tline\\t${n}\n`);
        if (n % 2 === 0) await writer.add('right_side', 'copy right_side (n) from stdin', `${n}\n`);
      }
      await writer.finish();
      await client.query('commit');
      expect(writer.linesSent).toBe(75);
    } finally {
      client.release();
    }
    const left = await t.db
      .selectFrom('left_side' as never)
      .selectAll()
      .execute();
    const right = await t.db
      .selectFrom('right_side' as never)
      .selectAll()
      .execute();
    // 1 + 2 + … + 50 = 1275; the even numbers sum to 2 + 4 + … + 50 = 650.
    const sum = (rows: unknown[]) => rows.reduce<number>((s, r) => s + (r as { n: number }).n, 0);
    expect([left.length, sum(left)]).toEqual([50, 1275]);
    expect([right.length, sum(right)]).toEqual([25, 650]);
    expect((left[0] as { note: string }).note).toBe('line\t1');
  });

  it('reports a bad line as an error instead of hanging', async () => {
    const client = await poolOf(t.db).connect();
    try {
      await client.query('begin');
      const writer = new CopyWriter(client, 10, 10);
      writer.add('right_side', 'copy right_side (n) from stdin', 'not a number\n');
      await expect(writer.finish()).rejects.toThrow(/invalid input syntax for type integer/);
      await client.query('rollback');
    } finally {
      client.release();
    }
  });
});
