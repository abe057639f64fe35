import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

const run = promisify(execFile);
let t: TestDatabase;
let dir: string;

/** Runs the real `sufficiency` command against this file's test database. */
async function sufficiency(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/sufficiency.js', ...args], {
      env: { ...process.env, DATABASE_URL: t.url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'sufficiency-cli-'));
  await mkdir(join(dir, 'good'));
  await writeFile(join(dir, 'good', 'header.csv'), `${HEADER}\nC1,F,01/06/2012,WBRI,,,\n`);
  await writeFile(
    join(dir, 'good', 'episodes.csv'),
    `${EPISODES}\nC1,01/05/2024,S,C2,N1,U6,PR1,01/09/2024,X1,,LE2 0AA,LE2 0AB,\nC1,01/09/2024,P,C2,N1,U4,PR4,,,CARPL,LE2 0AA,LE3 0AA,SC000001\n`,
  );
  await mkdir(join(dir, 'bad'));
  await writeFile(join(dir, 'bad', 'header.csv'), `${HEADER}\nC1,F,01/06/2012,WBRI,,,\n`);
  await writeFile(
    join(dir, 'bad', 'episodes.csv'),
    `${EPISODES}\nC1,31/02/2024,S,C2,N1,U6,PR1,,,,LE2 0AA,LE2 0AB,\nC1,2024-09-01,P,C2,N1,U4,PR4,,,CARPL,LE2 0AA,LE3 0AA,SC000001\n`,
  );
});
afterAll(() => t.close());

describe('sufficiency import', () => {
  it('rejects a return with bad dates, lists every problem, and writes nothing', async () => {
    const result = await sufficiency('import', join(dir, 'bad'), '--council', '856', '--year', '2025');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Import rejected: nothing was written. 2 problems to fix:');
    expect(result.stderr).toContain('episodes.csv row 2, DECOM: invalid date "31/02/2024"');
    expect(result.stderr).toContain('episodes.csv row 3, DECOM: invalid date "2024-09-01"');
    const batches = await sufficiency('batches');
    expect(batches.stdout).toBe('No imports yet.\n');
  });

  it('imports a good return by DfE number, then supersedes it on re-import and restores it', async () => {
    const first = await sufficiency(
      'import',
      join(dir, 'good'),
      '--council',
      '856',
      '--year',
      '2025',
      '--by',
      'ana',
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported Leicester (E06000016) 2024/25 as batch');
    expect(first.stdout).toContain('Episodes 2');
    const second = await sufficiency(
      'import',
      join(dir, 'good'),
      '--council',
      'E06000016',
      '--year',
      '2025',
      '--by',
      'ana',
    );
    expect(second.stdout).toMatch(/It supersedes batch \d+, which is kept and can be restored\./);
    const firstId = /as batch (\d+)/.exec(first.stdout)?.[1];
    const restored = await sufficiency('restore', String(firstId));
    expect(restored.stdout).toContain(`Batch ${firstId} is active again.`);
    const child = await sufficiency('child', 'C1', '--council', '856');
    expect(child.stdout).toContain('Period 1: 01/05/2024 – still looked after');
  });

  it('explains an unknown council and a bad year', async () => {
    expect(
      (await sufficiency('import', join(dir, 'good'), '--council', '999', '--year', '2025')).stderr,
    ).toContain('--council: unknown council "999"');
    expect(
      (await sufficiency('import', join(dir, 'good'), '--council', '856', '--year', '24/25')).stderr,
    ).toContain('--year: invalid collection year "24/25"');
  });
});
