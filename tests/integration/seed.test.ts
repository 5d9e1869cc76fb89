import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { rootDir } from '../../scripts/lib/paths.ts';
import { snapshotContent } from '../support/snapshot.ts';

describe('npm run seed', () => {
  it('changes nothing on a database that was already seeded', async () => {
    const before = await snapshotContent();
    const run = spawnSync(process.execPath, [path.join(rootDir, 'scripts', 'seed.ts')], {
      cwd: rootDir,
      env: { ...process.env, ...inject('cmsEnv'), ADMIN_EMAIL: '', ADMIN_PASSWORD: '' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain('Seed: nothing to add');
    expect(await snapshotContent()).toEqual(before);
  });
});
