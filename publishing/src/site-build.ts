import { spawn } from 'node:child_process';
import path from 'node:path';
import { localeCodes } from '@zorgzone/config';
import { rootDir, siteDir } from './paths.ts';

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
 * V8 sizes its heap from the machine's memory and lets garbage pile up until then; bounded, it
 * collects sooner. `astro build` of 10,000 pages needs under 384 MB of heap; SITE_BUILD_MAX_HEAP_MB
 * raises the bound for a much bigger site.
 */
function withHeapLimit(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const megabytes = Number(env.SITE_BUILD_MAX_HEAP_MB || 512);
  return {
    ...env,
    NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${megabytes}`.trim(),
  };
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
  const client = path.join(outDir, 'client');
  const steps: [command: string, args: string[], env: NodeJS.ProcessEnv][] = [
    ['astro', ['build'], withHeapLimit(buildEnv)],
    // One index per language, each in its own run: Pagefind holds a whole run's pages in memory
    // (1.1 GB for 11,000 pages), and a visitor only ever searches their own language.
    ...localeCodes.map((locale): [string, string[], NodeJS.ProcessEnv] => [
      'pagefind',
      ['--site', client, '--glob', `${locale}/**/*.html`, '--output-subdir', `pagefind/${locale}`],
      buildEnv,
    ]),
  ];
  for (const [command, args, stepEnv] of steps) {
    signal?.throwIfAborted();
    const child = spawn(path.join(binDir, command), args, {
      cwd: siteDir,
      env: stepEnv,
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
