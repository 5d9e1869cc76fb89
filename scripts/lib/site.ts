import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { rootDir } from './paths.ts';

export const siteDir = path.join(rootDir, 'site');
const binDir = path.join(rootDir, 'node_modules', '.bin');

export interface SiteBuildOptions {
  readonly strapiUrl: string;
  /** Where the build goes; site/dist by default. */
  readonly outDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly output?: 'inherit' | 'pipe';
}

/** Builds the static site from a running CMS and indexes it for search; throws with the build's own message. */
export function buildSite({
  strapiUrl,
  outDir = path.join(siteDir, 'dist'),
  env = {},
  output = 'inherit',
}: SiteBuildOptions): { output: string } {
  const buildEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
    STRAPI_URL: strapiUrl,
    SITE_OUT_DIR: outDir,
  };
  let log = '';
  for (const [command, args] of [
    ['astro', ['build']],
    ['pagefind', ['--site', path.join(outDir, 'client')]],
  ] as const) {
    const result = spawnSync(path.join(binDir, command), args, {
      cwd: siteDir,
      env: buildEnv,
      encoding: 'utf8',
      stdio: output === 'inherit' ? 'inherit' : 'pipe',
    });
    log += `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.status !== 0) {
      throw new Error(
        `The site build failed at "${command}" (exit code ${result.status ?? result.signal}).\n${log.slice(-4000)}`
      );
    }
  }
  return { output: log };
}

export interface RunningSite {
  readonly url: string;
  stop(): Promise<void>;
}

/** Serves a built site (static pages and, later, the preview routes) with the Node adapter's server. */
export async function serveSite({
  port,
  outDir = path.join(siteDir, 'dist'),
  host = '127.0.0.1',
}: {
  port: number;
  outDir?: string;
  host?: string;
}): Promise<RunningSite> {
  const child = spawn(process.execPath, [path.join(outDir, 'server', 'entry.mjs')], {
    cwd: siteDir,
    env: { ...process.env, HOST: host, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`The site server stopped (exit code ${child.exitCode}).\n${log}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 100) throw new Error(`The site server did not answer on ${url}.\n${log}`);
    await delay(100);
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
