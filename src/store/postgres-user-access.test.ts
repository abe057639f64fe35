import { mkdir, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letPostgresUserReach, postgresBinary } from './postgres-user-access.ts';

describe('letPostgresUserReach', () => {
  it.skipIf(userInfo().uid !== 0)(
    'adds only the pass-through bit for others to private folders above a path',
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'pg-reach-')); // mkdtemp makes it 0700
      const inner = join(root, 'checkout', 'node_modules');
      await mkdir(inner, { recursive: true, mode: 0o750 });
      const changed = await letPostgresUserReach([join(inner, 'postgres')]);
      expect(changed).toEqual([inner, join(root, 'checkout'), root]);
      expect((await stat(root)).mode & 0o777).toBe(0o701);
      expect((await stat(inner)).mode & 0o777).toBe(0o751);
      // A second call finds nothing to change.
      expect(await letPostgresUserReach([join(inner, 'postgres')])).toEqual([]);
    },
  );

  it('finds the embedded server binary for this platform', async () => {
    expect(await postgresBinary()).toMatch(/native\/bin\/postgres$/);
  });
});
