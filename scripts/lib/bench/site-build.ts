import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rootDir } from '../paths.ts';
import { currentRelease } from '../../../publishing/src/releases.ts';
import { watchProcessTree, type TreeUsage } from './process-tree.ts';

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
 */
export async function measureSiteBuild({
  strapiUrl,
  releasesDir,
  env,
}: {
  strapiUrl: string;
  releasesDir: string;
  env: Record<string, string>;
}): Promise<MeasuredBuild> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(rootDir, 'scripts', 'publish-site.ts')], {
    cwd: rootDir,
    env: { ...process.env, ...env, STRAPI_URL: strapiUrl, SITE_RELEASES_DIR: releasesDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watcher = watchProcessTree(child.pid!, buildStep);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const memory = watcher.stop();
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`The site build failed (exit code ${status}):\n${output}`);
  const { pages } = JSON.parse(output.trim().split('\n').at(-1)!) as { pages: number };
  const release = currentRelease(releasesDir)!;
  // A build from a snapshot reads no CMS, so it writes no report.
  const reportFile = path.join(release, 'build-report.json');
  const report = existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, 'utf8')) as { requests: number; seconds: number })
    : null;
  return {
    seconds,
    pages,
    pagesPerSecond: pages / seconds,
    apiRequests: report?.requests ?? 0,
    contentLoadSeconds: report?.seconds ?? null,
    memory,
    release,
  };
}
