import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('sufficiency postcodes', () => {
  it('installs a newer ONSPD (real ONSPD column names) and then uses it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sufficiency-onspd-'));
    const csv = join(dir, 'ONSPD_FEB_2026_UK.csv');
    // Two postcodes with grid references, one without (left out).
    await writeFile(
      csv,
      'pcd,oseast1m,osnrth1m,oslaua\n"LE2 0AA",459500,302800,E06000016\n"LE2 0AB",459600,302900,E06000016\n"ZZ9 9ZZ",,,\n',
    );
    const env = { ...process.env, SUFFICIENCY_POSTCODE_PACK: join(dir, 'pack.bin.gz') };
    const installed = await run('node', ['bin/sufficiency.js', 'postcodes', 'import', csv], { env });
    expect(installed.stdout).toContain(
      'Installed ONSPD February 2026: 2 postcodes (1 without a grid reference, left out)',
    );
    const version = await run('node', ['bin/sufficiency.js', 'postcodes', 'version'], { env });
    expect(version.stdout).toBe('ONSPD February 2026: 2 postcodes with grid references\n');
  });
});
