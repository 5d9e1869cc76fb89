import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChangedDocument } from '@zorgzone/config';
import { rootDir } from '../paths.ts';
import { currentRelease } from '../../../publishing/src/releases.ts';
import { watchProcessTree, type TreeUsage } from './process-tree.ts';

/** What scripts/publish-site.ts prints as its last line: publishRelease's Release. */
export interface ReleaseResult {
  readonly id: string;
  readonly pages: number;
  readonly mode: 'full' | 'incremental';
  readonly writtenFiles: number;
  readonly liveAfterMs: number;
  readonly searchAfterMs: number;
  /** In ms: astro (content loading included), release, compress, searchBeforeLive. */
  readonly steps: Readonly<Record<string, number>>;
  readonly search: {
    readonly beforeLive: readonly string[];
    readonly afterLive: readonly string[];
  };
}

/** What `astro build` said of itself (scripts/lib/bench/astro-log-hook.ts kept it). */
export interface AstroLog {
  /**
   * Its phases in ms, as it times them: setup (configuration, routes), entrypoints (Vite's
   * bundles, and the pages if it renders them inside), pages (getStaticPaths with the content
   * loading, then rendering or taking each page from its cache), total (from its start until
   * after the integrations: media, redirects).
   */
  readonly phases: Readonly<Record<string, number>>;
  readonly pagesRendered: number;
  /** Pages Astro's incremental cache gave unchanged ("cached" or "restored"). */
  readonly pagesFromCache: number;
  /** Its lines other than one per page, timestamped to the second, for whoever looks closer. */
  readonly lines: readonly string[];
}

const hook = path.join(rootDir, 'scripts', 'lib', 'bench', 'astro-log-hook.ts');
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** "123ms", "1.23s" or "1m 5s", as Astro's getTimeStat writes a time, in ms. */
function astroTime(text: string): number {
  const minutes = /(\d+)m (\d+)s/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  const match = /(\d+(?:\.\d+)?)(ms|s)\b/.exec(text);
  return match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : NaN;
}

export function parseAstroLog(log: string): AstroLog {
  const phases: Record<string, number> = {};
  // Astro 7 renders the pages inside its Vite build: each "Completed" closes the latest phase open.
  const open = ['setup'];
  let pagesRendered = 0;
  let pagesFromCache = 0;
  const lines: string[] = [];
  for (const line of log.replace(ansi, '').split('\n')) {
    if (/Building \w+ entrypoints/.test(line)) open.push('entrypoints');
    else if (/(generating|prerendering) static routes/.test(line)) open.push('pages');
    else if (/generating optimized images/.test(line)) open.push('images');
    else if (line.includes('✓ Completed in')) phases[open.pop() ?? 'other'] = astroTime(line);
    else if (/page\(s\) built in|Server built in/.test(line)) phases.total = astroTime(line);
    if (/\((cached|restored)\)/.test(line)) pagesFromCache += 1;
    else if (/\(\+[\d.]+m?s\)/.test(line)) pagesRendered += 1;
    else if (line.trim()) lines.push(line.trimEnd());
  }
  return { phases, pagesRendered, pagesFromCache, lines };
}

export interface MeasuredBuild {
  readonly seconds: number;
  readonly pages: number;
  readonly pagesPerSecond: number;
  /** API requests the build sent to the CMS; 0 when built from a snapshot. */
  readonly apiRequests: number;
  /** How long reading the content (and copying media) took inside the build. */
  readonly contentLoadSeconds: number | null;
  readonly memory: TreeUsage;
  /** The release's folder: its `client/` is what visitors get. */
  readonly release: string;
  /** The build's own account of itself, its steps' times among them. */
  readonly result: ReleaseResult;
  readonly astro: AstroLog | null;
}

/** Which step of a site build a process belongs to, by its command line. */
function buildStep(commandLine: string): string {
  if (commandLine.includes('pagefind')) return 'pagefind';
  if (commandLine.includes('astro')) return 'astro build';
  return 'publish-site';
}

/**
 * Builds a release exactly as the site-publisher does, by running scripts/publish-site.ts
 * in its own process, and measures its wall time and the memory of its whole process tree.
 * `full` is what Rebuild now runs; `incremental` is what a publication runs, with the
 * documents it changed, from what the previous build in `releasesDir` left.
 */
export async function measureSiteBuild({
  strapiUrl,
  releasesDir,
  env,
  mode,
  changes = [],
}: {
  strapiUrl: string;
  releasesDir: string;
  env: Record<string, string>;
  mode: 'full' | 'incremental';
  changes?: readonly ChangedDocument[];
}): Promise<MeasuredBuild> {
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'bench-astro-'));
  const astroLog = path.join(logDir, 'astro.log');
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(rootDir, 'scripts', 'publish-site.ts')], {
    cwd: rootDir,
    env: {
      ...process.env,
      ...env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}`.trim(),
      BENCH_ASTRO_LOG: astroLog,
      STRAPI_URL: strapiUrl,
      SITE_RELEASES_DIR: releasesDir,
      SITE_BUILD_MODE: mode,
      SITE_CHANGED_DOCUMENTS: JSON.stringify(changes),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watcher = watchProcessTree(child.pid!, buildStep);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const memory = watcher.stop();
  const seconds = (performance.now() - started) / 1000;
  const astro = existsSync(astroLog) ? parseAstroLog(readFileSync(astroLog, 'utf8')) : null;
  rmSync(logDir, { recursive: true, force: true });
  if (status !== 0) throw new Error(`The site build failed (exit code ${status}):\n${output}`);
  const result = JSON.parse(output.trim().split('\n').at(-1)!) as ReleaseResult;
  const release = currentRelease(releasesDir)!;
  // A build from a snapshot reads no CMS, so it writes no report.
  const reportFile = path.join(release, 'build-report.json');
  const report = existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, 'utf8')) as { requests: number; seconds: number })
    : null;
  return {
    seconds,
    pages: result.pages,
    pagesPerSecond: result.pages / seconds,
    apiRequests: report?.requests ?? 0,
    contentLoadSeconds: report?.seconds ?? null,
    memory,
    release,
    result,
    astro,
  };
}
