import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startCms, type RunningCms } from '../../scripts/lib/cms-process.ts';
import { rootDir } from '../../scripts/lib/paths.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { currentRelease } from '../../publishing/src/releases.ts';
import { siteDir } from '../../publishing/src/paths.ts';
import { contentManager, loginAsAdmin, request } from '../support/api.ts';
import {
  connect,
  createScratchDatabase,
  type ScratchDatabase,
} from '../../scripts/lib/database.ts';
import { allFiles } from '../support/site-files.ts';
import { adminToken, waitForPublisher } from '../support/stack-setup.ts';
import type { BuildRecord } from '../../cms/src/plugins/site-publisher/server/src/services/publisher.ts';

const WORKSHOP = 'api::workshop.workshop';
const run = promisify(execFile);

/** Every file of a release, by path inside it, with a hash of its content. */
function fingerprint(release: string): Record<string, string> {
  return Object.fromEntries(
    allFiles(release).map((file) => [
      path.relative(release, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ])
  );
}

/**
 * Release folders newer than the one `current` points at (partial or newer builds). Older ones
 * are kept on purpose (SITE_RELEASES_KEEP), as is the build output kept between builds (`.work`).
 */
function otherReleases(releasesDir: string): string[] {
  const current = readlinkSync(path.join(releasesDir, 'current'));
  return readdirSync(releasesDir).filter((name) => /^\d{4}-/.test(name) && name > current);
}

/**
 * Whether a build has rendered pages since `since`: builds render into the kept output
 * (`.work/out`) and make the release from it only at the end.
 */
function renderedSince(releasesDir: string, since: number): boolean {
  const out = path.join(releasesDir, '.work', 'out', 'client');
  try {
    return readdirSync(out, { recursive: true, encoding: 'utf8' }).some(
      (file) => file.endsWith('.html') && statSync(path.join(out, file)).mtimeMs >= since
    );
  } catch {
    // Not there yet, or being emptied: a full build starts from an empty folder.
    return false;
  }
}

// Only the PostgreSQL run can restart its database under the CMS (CI runs the suite once on
// SQLite, once with DATABASE_URL); SQLite is a file in the CMS's own process and has no server
// to lose. The test restarts the local cluster with pg_ctlcluster, as CI's run script starts it.
const postgresClusters = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
describe.runIf(inject('database').kind === 'postgres' && postgresClusters.length > 0)(
  'PostgreSQL restarted while the CMS runs',
  () => {
    const created: string[] = [];
    afterAll(async () => {
      for (const documentId of created)
        await contentManager(`/collection-types/${WORKSHOP}/${documentId}?locale=nl`, {
          method: 'DELETE',
        });
    });

    /** A workshop with four components, each label naming the write, through the admin's API. */
    const write = async (number: number) => {
      const label = `Schrijftest ${number}`;
      const response = await contentManager<{
        data: { documentId: string };
        error: { message: string };
      }>(`/collection-types/${WORKSHOP}?locale=nl`, {
        method: 'POST',
        headers: { 'accept-language': 'nl' },
        body: {
          number,
          title: label,
          slug: `schrijftest-${number}`,
          date: '2025-03-01',
          programme: [
            { startTime: '12:00:00.000', label },
            { startTime: '13:00:00.000', label },
          ],
          agendaTopics: [{ title: label }, { title: label }],
        },
      });
      if (response.status < 300) created.push(response.body.data.documentId);
      return { number, label, response };
    };

    it('answers again within seconds, and every write is saved whole or refused clearly', async () => {
      const db = connect(inject('database').connection);
      try {
        await waitForPublisher(inject('cmsUrl'), await loginAsAdmin());
        const restartStarted = Date.now();
        let restartEnded = 0;
        const restart = run('pg_ctlcluster', [
          '--skip-systemctl-redirect',
          postgresClusters[0]!,
          'main',
          'restart',
        ]).then(() => (restartEnded = Date.now()));
        // A public read every 100 ms once PostgreSQL is back: the first 200 is the recovery.
        const answeredAgain = restart.then(async () => {
          for (;;) {
            const read = await request('/api/workshops').catch(() => null);
            if (read?.status === 200) return Date.now();
            expect(Date.now() - restartEnded, 'the CMS did not answer again').toBeLessThan(30_000);
            await delay(100);
          }
        });
        const writes: ReturnType<typeof write>[] = [];
        for (let number = 9000; !restartEnded || Date.now() < restartEnded + 1500; number += 1) {
          writes.push(write(number));
          await delay(100);
        }
        const answered = await answeredAgain;
        const results = await Promise.all(writes);
        const refused = results.filter(({ response }) => response.status >= 300);
        console.log(
          `PostgreSQL restart: ${((restartEnded - restartStarted) / 1000).toFixed(1)} s; ` +
            `the CMS answered ${((answered - restartEnded) / 1000).toFixed(1)} s after PostgreSQL was back; ` +
            `${results.length - refused.length} writes saved, ${refused.length} refused`
        );

        // The restart must have hit some writes, or this test proved nothing.
        expect(refused.length).toBeGreaterThan(0);
        for (const { number, label, response } of results) {
          const saved = response.status < 300;
          if (!saved) {
            expect(response.status, response.text).toBe(503);
            expect(response.body.error.message).toMatch(/^De databank was even niet bereikbaar/);
          }
          // A refused write may still have committed (the connection can drop after the commit,
          // which is why the message says to check); what must never be is half a document.
          const rows = await db('workshops').where({ number }).select('id');
          if (saved) expect(rows.length, `workshop ${number}`).toBe(1);
          else expect([0, 1], `workshop ${number}`).toContain(rows.length);
          const [programme, topics] = await Promise.all([
            db('components_workshop_programme_items').where({ label }).count({ n: '*' }),
            db('components_workshop_agenda_topics').where({ title: label }).count({ n: '*' }),
          ]);
          expect(
            [Number(programme[0]!.n), Number(topics[0]!.n)],
            `components of workshop ${number}`
          ).toEqual(rows.length === 1 ? [2, 2] : [0, 0]);
        }
        expect((await write(8999)).response.status).toBe(201);
      } finally {
        await db.destroy();
      }
    });
  }
);

describe('the CMS killed during a site build', () => {
  let database: ScratchDatabase;
  let releasesDir: string;
  let publicDir: string;
  let cms: RunningCms | undefined;

  const start = async () =>
    startCms({
      port: await freePort(),
      output: 'pipe',
      env: {
        ...inject('cmsEnv'),
        ...database.env,
        SITE_RELEASES_DIR: releasesDir,
        PUBLIC_DIR: publicDir,
        SITE_PUBLISHER_STRAPI_URL: '',
        DEPLOY_HOOK_URL: '',
      },
    });

  beforeAll(async () => {
    database = await createScratchDatabase('test');
    // Inside site/ so the built server code resolves the site's dependencies.
    releasesDir = mkdtempSync(path.join(siteDir, '.test-build-'));
    publicDir = mkdtempSync(path.join(tmpdir(), 'zorgzone-public-'));
    mkdirSync(path.join(publicDir, 'uploads'));
  });

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
    rmSync(releasesDir, { recursive: true, force: true });
    rmSync(publicDir, { recursive: true, force: true });
  });

  it('leaves the served site untouched, records the build as interrupted, and builds again', async () => {
    cms = await start();
    let token = await adminToken(cms.url);
    const [first] = await waitForPublisher(cms.url, token);
    expect(first!.status, first!.reason ?? '').toBe('succeeded');
    const release = currentRelease(releasesDir)!;
    const before = fingerprint(release);

    const rebuildAsked = Date.now();
    const rebuild = await fetch(`${cms.url}/site-publisher/rebuild`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(rebuild.status).toBe(200);
    let building: number | undefined;
    while (building === undefined) {
      const status = await fetch(`${cms.url}/site-publisher/status`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const { data } = (await status.json()) as { data: { builds: BuildRecord[] } };
      building = data.builds.find((build) => build.status === 'building')?.id;
      await delay(50);
    }
    // Killed once the rebuild has rendered pages: its content is read, so nothing stops that
    // build from finishing and switching the site except noticing that the CMS is gone. The
    // kept output holds the previous build's pages from the start: only newer ones count.
    const hasPages = (name: string) =>
      readdirSync(path.join(releasesDir, name), { recursive: true, encoding: 'utf8' }).some(
        (file) => file.endsWith('.html')
      );
    for (
      const deadline = Date.now() + 120_000;
      !otherReleases(releasesDir).some(hasPages) && !renderedSince(releasesDir, rebuildAsked - 50);
    ) {
      expect(Date.now(), 'the rebuild never wrote a page').toBeLessThan(deadline);
      await delay(50);
    }
    cms.process.kill('SIGKILL');
    const killed = cms;
    cms = undefined;
    await new Promise((resolve) => killed.process.once('exit', resolve));

    for (const deadline = Date.now() + 30_000; otherReleases(releasesDir).length > 0;) {
      expect(Date.now(), 'the partial release was not removed').toBeLessThan(deadline);
      await delay(100);
    }
    expect(currentRelease(releasesDir)).toBe(release);
    expect(otherReleases(releasesDir)).toEqual([]);
    expect(fingerprint(release)).toEqual(before);

    cms = await start();
    token = await adminToken(cms.url);
    const builds = await waitForPublisher(cms.url, token);
    const interrupted = builds.find((build) => build.id === building)!;
    expect(interrupted.status).toBe('failed');
    expect(interrupted.reason).toMatch(/^Interrupted: the CMS stopped during this build/);
    expect(builds[0]!.status, builds[0]!.reason ?? '').toBe('succeeded');
    expect(currentRelease(releasesDir)).not.toBe(release);
  }, 400_000);
});

// Mounting needs root, as CI has; elsewhere these tests are skipped.
describe.runIf(process.getuid?.() === 0)('an unwritable or full releases folder', () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const mount of mounts) {
      execFileSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });

  /** A tmpfs holding a copy of the served release as `current`, as a real releases folder would. */
  const releasesOnTmpfs = (extraBytes: number) => {
    const served = currentRelease(inject('releasesDir'))!;
    const size = allFiles(served).reduce((sum, file) => sum + readFileSync(file).length, 0);
    const mount = mkdtempSync(path.join(tmpdir(), 'zorgzone-releases-'));
    // tmpfs counts whole pages per file; the margin covers them for the copy.
    const bytes = size + allFiles(served).length * 4096 + extraBytes;
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', mount]);
    mounts.push(mount);
    const id = path.basename(served);
    cpSync(served, path.join(mount, id), { recursive: true });
    symlinkSync(id, path.join(mount, 'current'));
    return { mount, release: path.join(mount, id), before: fingerprint(path.join(mount, id)) };
  };

  /** What the CMS runs for a build, against the shared CMS, into the given folder. */
  const publish = async (releasesDir: string) =>
    run(process.execPath, [path.join(rootDir, 'scripts', 'publish-site.ts')], {
      cwd: rootDir,
      env: { ...process.env, STRAPI_URL: inject('cmsUrl'), SITE_RELEASES_DIR: releasesDir },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error
    );

  const expectKept = (mount: string, release: string, before: Record<string, string>) => {
    expect(currentRelease(mount)).toBe(release);
    expect(otherReleases(mount)).toEqual([]);
    expect(fingerprint(release)).toEqual(before);
  };

  it('refuses a read-only folder in plain words and keeps the live site', async () => {
    const { mount, release, before } = releasesOnTmpfs(1024 * 1024);
    execFileSync('mount', ['-o', 'remount,ro', mount]);
    const { code, stderr } = await publish(mount);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      `Could not write the new site to ${mount}: the folder is not writable (read-only file system). ` +
        'Nothing was published: the live site was kept as it was. ' +
        'Ask the server’s administrator to make it writable, then rebuild.'
    );
    expectKept(mount, release, before);
  }, 120_000);

  it('stops on a full disk in plain words, removes the partial release and keeps the live site', async () => {
    const { mount, release, before } = releasesOnTmpfs(256 * 1024);
    const { code, stderr } = await publish(mount);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      `Could not write the new site to ${mount}: the disk is full (no space left). ` +
        'Nothing was published: the live site was kept as it was. ' +
        'Ask the server’s administrator to free some space, then rebuild.'
    );
    expectKept(mount, release, before);
  }, 120_000);
});
