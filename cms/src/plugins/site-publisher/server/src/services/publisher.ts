import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { withDatabaseLock } from '../../../../../utils/database-lock';
import { classifyFailure, failureLine, type FailureCode } from '../../../shared/build-failures';
import { summarizeChanges, type BuildChanges } from '../../../shared/build-reasons';
import type { BuildSummary, PublisherStatus } from '../../../shared/status';
import type { Attention, SiteWarning } from '../../../shared/warnings';
import { buildPlan } from '../build-plan';
import { withChangedPages } from '../changed-pages';
import type { PublisherConfig } from '../config';
import { createBuildScheduler, type BuildRequest, type SchedulerState } from './scheduler';

const BUILD_UID = 'plugin::site-publisher.build';
const BUILD_LOCK = 'site-publisher:build';
const LOG_TAIL = 4000;

export interface BuildRecord extends BuildSummary {
  /** What a succeeded build left out or found missing; null for a failed one, or without a report. */
  warnings: SiteWarning[] | null;
}

/** What the admin sees of a build: named, so a row never carries more (such as its author's account). */
const BUILD_RECORD_FIELDS: (keyof BuildRecord)[] = [
  'id',
  'trigger',
  'changes',
  'requestedBy',
  'status',
  'startedAt',
  'finishedAt',
  'durationMs',
  'pageCount',
  'release',
  'reason',
  'failureCode',
  'log',
  'warnings',
];

/**
 * The history leaves out the warnings: the page polls it every few seconds, and only the latest
 * successful build's warnings matter (see `attention`).
 */
const HISTORY_FIELDS = BUILD_RECORD_FIELDS.filter((field) => field !== 'warnings');

export type { PublisherStatus };

interface StepResult {
  ok: boolean;
  /** The kind of failure when it is known from the step itself (the deploy hook's). */
  failure?: FailureCode;
  log: string;
  pages?: number;
  release?: string;
  warnings?: SiteWarning[];
}

/** "publish api::workshop.workshop ×3, manual" — what a build was for, in one line, for logs. */
function describeRequests(requests: readonly BuildRequest[]): {
  trigger: string;
  requestedBy: string | null;
  changes: BuildChanges;
} {
  const counts = new Map<string, number>();
  for (const request of requests)
    counts.set(request.trigger, (counts.get(request.trigger) ?? 0) + 1);
  const trigger = [...counts]
    .map(([name, count]) => (count > 1 ? `${name} ×${count}` : name))
    .join(', ');
  const people = [
    ...new Set(
      requests.map((request) => request.requestedBy).filter((person): person is string => !!person)
    ),
  ];
  return {
    trigger: trigger.slice(0, 250) || 'unknown',
    requestedBy: people.join(', ').slice(0, 250) || null,
    changes: summarizeChanges(requests.flatMap((request) => request.changes ?? [])),
  };
}

const publisher = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::site-publisher') as PublisherConfig;
  const rootDir = () => config().rootDir || path.resolve(strapi.dirs.app.root, '..');
  const strapiUrl = () =>
    config().strapiUrl || `http://127.0.0.1:${strapi.config.get('server.port') as number}`;
  let child: ChildProcess | null = null;

  /** Runs scripts/publish-site.ts: build into a new release, then switch the served site to it. */
  const buildLocally = (requests: readonly BuildRequest[]) =>
    new Promise<StepResult>((resolve) => {
      let log = '';
      const plan = buildPlan(requests);
      child = spawn(process.execPath, [path.join(rootDir(), 'scripts', 'publish-site.ts')], {
        cwd: rootDir(),
        env: {
          ...process.env,
          STRAPI_URL: strapiUrl(),
          SITE_BUILD_MODE: plan.mode,
          SITE_CHANGED_DOCUMENTS: JSON.stringify(plan.changes),
        },
        // The IPC channel is how the build notices that this process died (see publish-site.ts).
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      child.once('error', (error) => resolve({ ok: false, log: `${log}\n${error.message}` }));
      child.once('exit', (code) => {
        child = null;
        if (code !== 0) return resolve({ ok: false, log });
        // The last line is the build's result, for this process; the stored log is what came before.
        const lines = log.trimEnd().split('\n');
        const result = JSON.parse(lines.at(-1) ?? '{}') as {
          id?: string;
          pages?: number;
          warnings?: unknown;
        };
        resolve({
          ok: true,
          log: lines.slice(0, -1).join('\n'),
          pages: result.pages,
          release: result.id,
          warnings: Array.isArray(result.warnings) ? (result.warnings as SiteWarning[]) : [],
        });
      });
    });

  const callDeployHook = async (trigger: string): Promise<StepResult> => {
    const { deployHookUrl, deployHookSecret } = config();
    const body = JSON.stringify({ event: 'site.publish', trigger, at: new Date().toISOString() });
    const signature = createHmac('sha256', deployHookSecret).update(body).digest('hex');
    try {
      const response = await fetch(deployHookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': `sha256=${signature}` },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      return {
        ok: response.ok,
        failure: 'deployHook',
        log: `Deploy hook ${new URL(deployHookUrl).host} answered ${response.status}.`,
      };
    } catch (error) {
      return {
        ok: false,
        failure: 'deployHook',
        log: `Deploy hook ${deployHookUrl} could not be reached: ${(error as Error).message}`,
      };
    }
  };

  let stopped = false;

  /** A build cut off by a stop never finished: say so instead of showing it as running forever. */
  const markInterrupted = () =>
    strapi.db.query(BUILD_UID).updateMany({
      where: { status: 'building' },
      data: {
        status: 'failed',
        failureCode: 'interrupted' satisfies FailureCode,
        reason:
          'Interrupted: the CMS stopped during this build. Nothing was published: the live site was kept as it was.',
      },
    });

  /**
   * One build at a time across every CMS process on the database: the lock is taken before the
   * build is recorded, so a build waiting for another never shows as running, and whoever holds
   * it knows that a build still marked as running was cut off.
   */
  const runBuild = (requests: readonly BuildRequest[]) =>
    withDatabaseLock(
      strapi,
      BUILD_LOCK,
      async () => {
        await markInterrupted();
        await buildNow(requests);
      },
      { cancelled: () => stopped }
    );

  const buildNow = async (requests: readonly BuildRequest[]) => {
    const { trigger, requestedBy, changes } = describeRequests(requests);
    const startedAt = new Date();
    const record = (await strapi.db.query(BUILD_UID).create({
      data: {
        trigger,
        requestedBy,
        changes: await withChangedPages(strapi, changes),
        status: 'building',
        startedAt,
      },
    })) as BuildRecord;
    const steps: StepResult[] = [];
    if (config().localBuild) steps.push(await buildLocally(requests));
    if (config().deployHookUrl && steps.every((step) => step.ok))
      steps.push(await callDeployHook(trigger));
    const ok = steps.every((step) => step.ok);
    const log = steps.map((step) => step.log).join('\n');
    const local = config().localBuild ? steps[0] : undefined;
    // Read from the step that failed: a successful build's log says nothing about the hook's refusal.
    const failed = steps.find((step) => !step.ok);
    const reason = failed ? failureLine(failed.log) : null;
    await strapi.db.query(BUILD_UID).update({
      where: { id: record.id },
      data: {
        status: ok ? 'succeeded' : 'failed',
        finishedAt: new Date(),
        durationMs: Date.now() - startedAt.getTime(),
        pageCount: local?.pages ?? null,
        release: local?.release ?? null,
        reason,
        failureCode: failed ? (failed.failure ?? classifyFailure(failed.log)) : null,
        log: log.slice(-LOG_TAIL),
        // Without a local build there is no report: null says "not known", not "nothing to mend".
        warnings: ok && local?.warnings ? local.warnings : null,
      },
    });
    if (ok) strapi.log.info(`[site-publisher] Site published (${trigger}).`);
    else
      strapi.log.error(
        `[site-publisher] Build failed, the last good site stays online: ${reason ?? 'no message'}`
      );
  };

  const scheduler = createBuildScheduler({
    debounceMs: config().debounceMs,
    runBuild: async (requests) => {
      await runBuild(requests);
    },
  });

  const history = async (limit = 25): Promise<BuildSummary[]> =>
    (await strapi.db.query(BUILD_UID).findMany({
      select: HISTORY_FIELDS,
      orderBy: { id: 'desc' },
      limit,
    })) as BuildSummary[];

  /**
   * What the most recent successful build left out or found missing; null before the first one,
   * or when that build made no report (a deploy hook only, or a build from before reports).
   */
  const attention = async (): Promise<Attention | null> => {
    const build = (await strapi.db.query(BUILD_UID).findOne({
      select: ['id', 'finishedAt', 'warnings'] satisfies (keyof BuildRecord)[],
      where: { status: 'succeeded' },
      orderBy: { id: 'desc' },
    })) as Pick<BuildRecord, 'id' | 'finishedAt' | 'warnings'> | null;
    return build?.warnings && build.finishedAt
      ? { buildId: build.id, finishedAt: build.finishedAt, warnings: build.warnings }
      : null;
  };

  return {
    /** Schedules a build when publishing is on; safe to call for every change notification. */
    request(request: BuildRequest): void {
      if (config().enabled) scheduler.request(request);
    },
    state(): SchedulerState {
      return scheduler.state();
    },
    idle(): Promise<void> {
      return scheduler.idle();
    },
    history,
    attention,
    /** At start-up, unless another process is building now. */
    markInterruptedBuilds: () =>
      withDatabaseLock(strapi, BUILD_LOCK, markInterrupted, { wait: false }),
    /** The state is read before the history, so a build that starts in between shows as building. */
    async status(): Promise<PublisherStatus> {
      const state = scheduler.state();
      const [builds, report] = await Promise.all([history(), attention()]);
      return { state, builds, attention: report, siteUrl: config().siteUrl.replace(/\/+$/, '') };
    },
    /** At shutdown: forget what is queued and stop a running build (its release is never switched to). */
    stop(): void {
      stopped = true;
      scheduler.cancel();
      child?.kill('SIGTERM');
    },
  };
};

export type PublisherService = ReturnType<typeof publisher>;
export default publisher;
