import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startCms, type RunningCms } from '../../scripts/lib/cms-process.ts';
import { rootDir } from '../../scripts/lib/paths.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { contentManager, uploadFile } from '../support/api.ts';
import {
  connect,
  createScratchDatabase,
  type ScratchDatabase,
} from '../../scripts/lib/database.ts';
import { canonicalDump } from '../support/canonical-dump.ts';
import { ONE_PIXEL_PNG } from '../support/fixtures.ts';
import { adminToken, TEST_ADMIN } from '../support/stack-setup.ts';

const KEY = 'backup-test-key';
/** A new server's cms/.env before anyone filled in the first admin or the preview's token. */
const NO_CREDENTIALS = { ADMIN_EMAIL: '', ADMIN_PASSWORD: '', PREVIEW_API_TOKEN: '' };

/** Runs `npm run backup` or `npm run restore` as an administrator would, on the given CMS settings. */
function runScript(name: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [path.join(rootDir, 'scripts', `${name}.ts`), ...args], {
    cwd: rootDir,
    env: { ...process.env, BACKUP_ENCRYPTION_KEY: KEY, ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: run.status, stdout: run.stdout, output: run.stdout + run.stderr };
}

/** Who can sign in to the admin and which API tokens exist, read from the database itself. */
async function credentials(database: ScratchDatabase) {
  const db = connect(database.connection);
  try {
    return {
      admins: (await db('admin_users').pluck('email')).sort(),
      tokens: (await db('strapi_api_tokens').pluck('name')).sort(),
    };
  } finally {
    await db.destroy();
  }
}

describe('npm run backup and npm run restore', () => {
  const cmsEnv = inject('cmsEnv');
  const backupDir = mkdtempSync(path.join(tmpdir(), 'zorgzone-backups-'));
  const publicDir = mkdtempSync(path.join(tmpdir(), 'zorgzone-restored-public-'));
  let fresh: ScratchDatabase;
  let restoredEnv: Record<string, string>;
  let backup: ReturnType<typeof runScript>;
  let archive: string;
  let restore: ReturnType<typeof runScript>;
  let rightAfterRestore: Awaited<ReturnType<typeof credentials>>;
  let restored: RunningCms;

  beforeAll(async () => {
    // Beside the seed and the fixtures: a document that exists only as a draft, in both
    // languages, with a photo, so drafts and media files have to survive too.
    const photo = await uploadFile('backup-portrait.png', ONE_PIXEL_PNG, 'image/png');
    const member = await contentManager<{ data: { documentId: string } }>(
      '/collection-types/api::team-member.team-member?locale=nl',
      {
        method: 'POST',
        body: { name: 'Back-up', role: 'Concept', active: true, photo, photoAlt: 'Portret' },
      }
    );
    expect(member.status, member.text).toBe(201);
    const french = await contentManager(
      `/collection-types/api::team-member.team-member/${member.body.data.documentId}?locale=fr`,
      { method: 'PUT', body: { name: 'Back-up', role: 'Brouillon', active: true } }
    );
    expect(french.status, french.text).toBe(200);

    const started = Date.now();
    backup = runScript('backup', [], { ...cmsEnv, BACKUP_DIR: backupDir });
    console.log(`backup: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    archive = /^Backup written: (.+)$/m.exec(backup.stdout)?.[1] ?? '';

    fresh = await createScratchDatabase('test');
    mkdirSync(path.join(publicDir, 'uploads'));
    restoredEnv = { ...cmsEnv, ...fresh.env, PUBLIC_DIR: publicDir };
    const restoring = Date.now();
    restore = runScript('restore', [archive, '--yes'], { ...restoredEnv, ...NO_CREDENTIALS });
    console.log(`restore: ${((Date.now() - restoring) / 1000).toFixed(1)} s`);
    rightAfterRestore = await credentials(fresh);

    restored = await startCms({
      port: await freePort(),
      env: { ...restoredEnv, SITE_PUBLISHER_ENABLED: 'false', SEED_EMPTY_DATABASE: 'false' },
      output: 'pipe',
    });
  }, 600_000);

  afterAll(async () => {
    await restored?.stop();
    await fresh?.drop();
    rmSync(backupDir, { recursive: true, force: true });
    rmSync(publicDir, { recursive: true, force: true });
  });

  it('writes one timestamped, encrypted archive and prints where', () => {
    expect(backup.status, backup.output).toBe(0);
    expect(archive).toMatch(/zorgzone-\d{4}-\d\d-\d\dT[\d-]+Z\.tar\.gz\.enc$/);
    expect(readdirSync(backupDir)).toEqual([path.basename(archive)]);
    const bytes = readFileSync(archive);
    console.log(`backup size: ${(bytes.length / 1024).toFixed(1)} KB`);
    // Not even a gzip stream (1f 8b), and no text of the content shows through.
    expect(bytes.subarray(0, 2).toString('hex')).not.toBe('1f8b');
    expect(bytes.includes(Buffer.from('Back-up'))).toBe(false);
  });

  it('refuses to back up without a key, and says why', () => {
    const run = runScript('backup', [], {
      ...cmsEnv,
      BACKUP_DIR: backupDir,
      BACKUP_ENCRYPTION_KEY: '',
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('BACKUP_ENCRYPTION_KEY is not set');
  });

  it('says what a restore deletes and how admins come back before acting, and asks first', () => {
    expect(restore.status, restore.output).toBe(0);
    const warning = restore.stdout.indexOf('everything there now is DELETED first');
    expect(warning).toBeGreaterThan(-1);
    expect(restore.stdout).toContain('Admin accounts and API tokens are not in backups');
    expect(warning).toBeLessThan(restore.stdout.indexOf('Starting import'));

    const unconfirmed = runScript('restore', [archive], restoredEnv);
    expect(unconfirmed.status).toBe(1);
    expect(unconfirmed.output).toContain('everything there now is DELETED first');
    expect(unconfirmed.output).toContain(
      'Nothing was changed. To restore without a question, add --yes.'
    );
  });

  it('brings back every version of every document, with components, relations and media', async () => {
    const original = await canonicalDump(inject('cmsUrl'), cmsEnv.PREVIEW_API_TOKEN!);
    const copy = await canonicalDump(restored.url, cmsEnv.PREVIEW_API_TOKEN!);
    // The comparison means something only if the original holds what a backup must keep.
    const members = original['team-member nl draft'] as { name: string; photo: unknown }[];
    expect(members.find((member) => member.name === 'Back-up')?.photo).toMatchObject({
      name: 'backup-portrait.png',
      mime: 'image/png',
    });
    expect(original['team-member nl published']).not.toContainEqual(
      expect.objectContaining({ name: 'Back-up' })
    );
    expect((original['workshop fr published'] as unknown[]).length).toBeGreaterThan(2);
    expect(copy).toEqual(original);
  });

  it('has no admin or API token in the backup; the next start recreates both from cms/.env', async () => {
    expect(rightAfterRestore.admins).toEqual([]);
    // Strapi's own start-up adds default "Read Only" and "Full Access" tokens to a database
    // without users, which ours removes; the preview's is not there until a start with
    // PREVIEW_API_TOKEN.
    expect(rightAfterRestore.tokens).toEqual([]);
    // The restored CMS was started with ADMIN_EMAIL, ADMIN_PASSWORD and PREVIEW_API_TOKEN: the
    // admin logs in, and the dumps above were read with the preview token.
    expect(await adminToken(restored.url)).toEqual(expect.any(String));
  });

  it('keeps the admins and API tokens of the database it restores into', async () => {
    await restored.stop();
    const before = await credentials(fresh);
    expect(before.admins).toEqual([TEST_ADMIN.email]);
    expect(before.tokens).toContain('Site preview (read-only)');
    const again = runScript('restore', [archive, '--yes'], { ...restoredEnv, ...NO_CREDENTIALS });
    expect(again.status, again.output).toBe(0);
    expect(await credentials(fresh)).toEqual(before);
  });
});
