import { spawn } from 'node:child_process';
import path from 'node:path';
import { rootDir } from './paths.ts';

export const siteDir = path.join(rootDir, 'site');
const binDir = path.join(rootDir, 'node_modules', '.bin');

export interface SiteBuildOptions {
  readonly strapiUrl: string;
  /** Where the build goes; site/dist by default. */
  readonly outDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly output?: 'inherit' | 'pipe';
  readonly signal?: AbortSignal;
}

/**
 * Builds the static site from a running CMS and indexes it for search; rejects with the build's
 * own message. An abort stops the running step and rejects with the signal's reason.
 */
export async function buildSite({
  strapiUrl,
  outDir = path.join(siteDir, 'dist'),
  env = {},
  output = 'inherit',
  signal,
}: SiteBuildOptions): Promise<{ output: string }> {
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
    signal?.throwIfAborted();
    const child = spawn(path.join(binDir, command), args, {
      cwd: siteDir,
      env: buildEnv,
      stdio: output === 'inherit' ? 'inherit' : 'pipe',
      signal,
    });
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    // Waiting for 'close' even after an abort, so the killed step writes nothing afterwards.
    let spawnError: Error | undefined;
    child.once('error', (error) => (spawnError = error));
    const status = await new Promise<number | string | null>((resolve) =>
      child.once('close', (code, exitSignal) => resolve(code ?? exitSignal))
    );
    signal?.throwIfAborted();
    if (spawnError) throw spawnError;
    if (status !== 0) {
      throw new Error(
        `The site build failed at "${command}" (exit code ${status}).\n${log.slice(-4000)}`
      );
    }
  }
  return { output: log };
}
