import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminLogin } from '../../scripts/lib/cms-admin.ts';
import { startCms, type RunningCms } from '../../scripts/lib/cms-process.ts';
import { createScratchDatabase, type ScratchDatabase } from '../../scripts/lib/database.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { loginAsAdmin, request } from '../support/api.ts';
import { TEST_ADMIN } from '../support/stack-setup.ts';

const WORKSHOP = 'api::workshop.workshop';

interface Build {
  trigger: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
}

interface Job {
  id: number;
  status: string;
  runAt: string;
  ranAt: string | null;
  error: string | null;
}

/** A request to a CMS of this file's own, as its super admin. */
async function call<T = any>(
  cms: string,
  token: string,
  urlPath: string,
  method = 'GET',
  body?: unknown
) {
  const response = await fetch(`${cms}${urlPath}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function createDraft(cms: string, token: string, number: number) {
  const created = await call<{ data: { documentId: string } }>(
    cms,
    token,
    `/content-manager/collection-types/${WORKSHOP}?locale=nl`,
    'POST',
    { number, title: `Gepland atelier ${number}`, slug: `gepland-${number}`, date: '2026-06-04' }
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.data.documentId;
}

async function schedule(
  cms: string,
  token: string,
  documentId: string,
  runAt: Date,
  action = 'publish'
) {
  const response = await call<{ data: Job }>(cms, token, '/scheduled-publishing/jobs', 'POST', {
    uid: WORKSHOP,
    documentId,
    locale: 'nl',
    action,
    runAt: runAt.toISOString(),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data;
}

async function jobsOf(cms: string, token: string, documentId: string) {
  const response = await call<{ data: { pending: Job[]; finished: Job[] } }>(
    cms,
    token,
    `/scheduled-publishing/jobs?uid=${WORKSHOP}&documentId=${documentId}&locale=nl`
  );
  return response.body.data;
}

async function waitUntilRan(cms: string, token: string, documentId: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { finished } = await jobsOf(cms, token, documentId);
    if (finished[0]) return finished[0];
    if (Date.now() > deadline) throw new Error(`The job for ${documentId} did not run in time.`);
    await delay(500);
  }
}

async function isPublished(cms: string, documentId: string) {
  const response = await fetch(`${cms}/api/workshops/${documentId}?locale=nl`);
  return response.status === 200;
}

describe('Scheduled publishing', () => {
  it('publishes at the set time through the Document Service, with history and a build', async () => {
    const cms = inject('cmsUrl');
    const token = await loginAsAdmin();
    const documentId = await createDraft(cms, token, 801);
    const runAt = new Date(Date.now() + 20_000);
    const job = await schedule(cms, token, documentId, runAt);
    expect(job).toMatchObject({ status: 'pending', runAt: runAt.toISOString() });
    const listed = await request('/scheduled-publishing/jobs', { token });
    expect(listed.body.data.pending.map((item: Job) => item.id)).toContain(job.id);

    const ran = await waitUntilRan(cms, token, documentId, 90_000);
    expect(ran.status, ran.error ?? '').toBe('done');
    expect(Date.parse(ran.ranAt!) - runAt.getTime()).toBeGreaterThanOrEqual(0);
    expect(Date.parse(ran.ranAt!) - runAt.getTime()).toBeLessThan(60_000);
    expect(await isPublished(cms, documentId)).toBe(true);

    const history = await request(
      `/content-history/versions?uid=${WORKSHOP}&documentId=${documentId}&locale=nl`,
      { token }
    );
    expect(history.body.data[0]).toMatchObject({
      action: 'publish',
      origin: 'scheduled',
      authorName: 'Admin',
    });
    // The publisher builds after its quiet period: wait for the build the job asked for.
    const deadline = Date.now() + 30_000;
    let triggers: string[] = [];
    while (Date.now() < deadline) {
      const status = await request('/site-publisher/status', { token });
      triggers = status.body.data.builds.map((build: { trigger: string }) => build.trigger);
      if (triggers.some((trigger) => trigger.includes(`publish ${WORKSHOP} (scheduled)`))) break;
      await delay(500);
    }
    expect(triggers.join('\n')).toContain(`publish ${WORKSHOP} (scheduled)`);
  }, 120_000);

  it('refuses a time in the past, in the editor’s language', async () => {
    const token = await loginAsAdmin();
    const documentId = await createDraft(inject('cmsUrl'), token, 802);
    const past = await request('/scheduled-publishing/jobs', {
      method: 'POST',
      token,
      body: {
        uid: WORKSHOP,
        documentId,
        locale: 'nl',
        action: 'publish',
        runAt: '2020-01-01T08:00:00.000Z',
      },
    });
    expect(past.status).toBe(400);
    // The test admin's language is Dutch (ADMIN_LANGUAGE).
    expect(past.body.error.message).toBe('Kies een datum en tijdstip in de toekomst.');
  });

  it('fails a job whose document was deleted before its time, and says so', async () => {
    const cms = inject('cmsUrl');
    const token = await loginAsAdmin();
    const documentId = await createDraft(cms, token, 804);
    await schedule(cms, token, documentId, new Date(Date.now() + 2_000));
    const deleted = await request(
      `/content-manager/collection-types/${WORKSHOP}/${documentId}?locale=nl`,
      { method: 'DELETE', token }
    );
    expect(deleted.status, deleted.text).toBe(200);
    const ran = await waitUntilRan(cms, token, documentId, 30_000);
    expect(ran.status).toBe('failed');
    expect(ran.error).toBe(
      'Deze taalversie werd vóór het geplande tijdstip verwijderd: er werd niets gepubliceerd.'
    );
  }, 40_000);

  it('cancels a planned publication', async () => {
    const cms = inject('cmsUrl');
    const token = await loginAsAdmin();
    const documentId = await createDraft(cms, token, 803);
    const job = await schedule(cms, token, documentId, new Date(Date.now() + 3_000));
    const cancelled = await request(`/scheduled-publishing/jobs/${job.id}`, {
      method: 'DELETE',
      token,
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    await delay(5_000);
    expect(await isPublished(cms, documentId)).toBe(false);
    expect((await jobsOf(cms, token, documentId)).pending).toEqual([]);
  }, 30_000);
});

/** A CMS on a database of this file's own; the same settings start it again on the same data. */
async function ownCms(
  database: ScratchDatabase,
  publicDir: string,
  extra: Record<string, string> = {}
) {
  return startCms({
    port: await freePort(),
    env: {
      ...inject('cmsEnv'),
      ...database.env,
      PUBLIC_DIR: publicDir,
      SITE_PUBLISHER_ENABLED: 'false',
      SCHEDULED_PUBLISHING_POLL_MS: '300',
      ...extra,
    },
    output: 'pipe',
  });
}

describe('A job that fell due while the CMS was stopped', () => {
  let database: ScratchDatabase;
  let publicDir: string;
  let cms: RunningCms | undefined;

  beforeAll(async () => {
    database = await createScratchDatabase('test');
    publicDir = mkdtempSync(path.join(tmpdir(), 'zorgzone-public-'));
    mkdirSync(path.join(publicDir, 'uploads'));
  });

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
    rmSync(publicDir, { recursive: true, force: true });
  });

  it('runs at start-up, within 60 s of its time', async () => {
    cms = await ownCms(database, publicDir);
    const token = await adminLogin(cms.url, TEST_ADMIN);
    const documentId = await createDraft(cms.url, token, 811);
    const runAt = new Date(Date.now() + 20_000);
    await schedule(cms.url, token, documentId, runAt);
    await cms.stop();
    await delay(Math.max(0, runAt.getTime() + 2_000 - Date.now()));

    cms = await ownCms(database, publicDir);
    const ran = await waitUntilRan(cms.url, token, documentId, 60_000);
    expect(ran.status, ran.error ?? '').toBe('done');
    expect(Date.parse(ran.ranAt!) - runAt.getTime()).toBeLessThan(60_000);
    expect(await isPublished(cms.url, documentId)).toBe(true);
  }, 240_000);
});

/** Stands in for a deploy target: counts calls, and how many were in progress at once. */
function startHookServer() {
  const calls: { body: string }[] = [];
  let inProgress = 0;
  let mostAtOnce = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      inProgress += 1;
      mostAtOnce = Math.max(mostAtOnce, inProgress);
      calls.push({ body });
      setTimeout(() => {
        inProgress -= 1;
        res.writeHead(204).end();
      }, 1_500);
    });
  });
  return {
    calls,
    mostAtOnce: () => mostAtOnce,
    async listen() {
      const port = await freePort();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      return `http://127.0.0.1:${port}/hook`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.runIf(inject('database').kind === 'postgres')(
  'Two CMS processes on one PostgreSQL database',
  () => {
    let database: ScratchDatabase;
    let publicDir: string;
    const hook = startHookServer();
    const instances: RunningCms[] = [];
    let token: string;

    /** Once no instance has a build waiting, waiting for the lock, or running. */
    const settled = async () => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const statuses = await Promise.all(
          instances.map((cms) =>
            call<{ data: { state: string; builds: Build[] } }>(
              cms.url,
              token,
              '/site-publisher/status'
            )
          )
        );
        const busy = statuses.some(
          (status) =>
            status.body.data.state !== 'idle' ||
            status.body.data.builds.some((build) => build.status === 'building')
        );
        if (!busy) return statuses[0]!.body.data.builds;
        if (Date.now() > deadline) throw new Error('The instances kept building.');
        await delay(300);
      }
    };

    beforeAll(async () => {
      database = await createScratchDatabase('test');
      publicDir = mkdtempSync(path.join(tmpdir(), 'zorgzone-public-'));
      mkdirSync(path.join(publicDir, 'uploads'));
      const hookUrl = await hook.listen();
      const publishing = {
        SITE_PUBLISHER_ENABLED: 'true',
        SITE_LOCAL_BUILD: 'false',
        SITE_PUBLISHER_DEBOUNCE_MS: '200',
        DEPLOY_HOOK_URL: hookUrl,
      };
      // One after the other: the first creates the tables and seeds, the second finds them.
      instances.push(await ownCms(database, publicDir, publishing));
      instances.push(await ownCms(database, publicDir, publishing));
      token = await adminLogin(instances[0]!.url, TEST_ADMIN);
      await settled();
    }, 300_000);

    afterAll(async () => {
      for (const cms of instances) await cms.stop();
      await hook.close();
      await database?.drop();
      rmSync(publicDir, { recursive: true, force: true });
    });

    it('runs each scheduled job once, and builds for it once', async () => {
      const [first, second] = instances;
      const documentIds: string[] = [];
      for (let number = 821; number < 831; number += 1)
        documentIds.push(await createDraft(number % 2 ? first!.url : second!.url, token, number));
      const callsBefore = hook.calls.length;
      const runAt = new Date(Date.now() + 3_000);
      for (const documentId of documentIds) await schedule(first!.url, token, documentId, runAt);

      for (const documentId of documentIds) {
        const ran = await waitUntilRan(second!.url, token, documentId, 30_000);
        expect(ran.status, ran.error ?? '').toBe('done');
        const history = await call<{ data: { action: string; origin: string | null }[] }>(
          first!.url,
          token,
          `/content-history/versions?uid=${WORKSHOP}&documentId=${documentId}&locale=nl`
        );
        expect(history.body.data.filter((version) => version.origin === 'scheduled')).toHaveLength(
          1
        );
      }
      // Each instance builds for the jobs it ran: every job is in one build, and no two overlap.
      await delay(1_000);
      const builds = await settled();
      const scheduledBuilds = builds.filter((build) => build.trigger.includes('(scheduled)'));
      const jobsPerBuild = scheduledBuilds.map((build) => {
        const count = /\(scheduled\) ×(\d+)/.exec(build.trigger);
        return count ? Number(count[1]) : 1;
      });
      expect(
        jobsPerBuild.reduce((sum, count) => sum + count, 0),
        JSON.stringify(builds)
      ).toBe(documentIds.length);
      expect(hook.calls.length - callsBefore).toBe(scheduledBuilds.length);
      expect(hook.mostAtOnce()).toBe(1);
    }, 120_000);

    it('never builds the site in two processes at once', async () => {
      const before = hook.calls.length;
      await Promise.all(
        instances.map((cms) => call(cms.url, token, '/site-publisher/rebuild', 'POST'))
      );
      await delay(1_000);
      const builds = await settled();
      expect(hook.calls.length - before).toBe(2);
      expect(hook.mostAtOnce()).toBe(1);
      const [later, earlier] = builds.filter((build) => build.trigger === 'manual');
      expect(earlier?.finishedAt).toBeTruthy();
      expect(Date.parse(later!.startedAt)).toBeGreaterThanOrEqual(Date.parse(earlier!.finishedAt!));
    }, 90_000);
  }
);
