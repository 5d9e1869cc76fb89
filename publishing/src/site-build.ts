import { spawn } from 'node:child_process';
import path from 'node:path';
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
 * Runs one build tool in the site's folder; rejects with its own message. An abort stops it and
 * rejects with the signal's reason.
 */
async function runStep(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  output: 'inherit' | 'pipe',
  signal?: AbortSignal
): Promise<string> {
  signal?.throwIfAborted();
  let log = '';
  const child = spawn(path.join(binDir, command), args, {
    cwd: siteDir,
    env,
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
  return log;
}

/** Renders the site's pages from a running CMS with `astro build` into `outDir`. */
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
    // Node keeps the compiled code of Astro, Vite and the rest here: each build starts 0.4 s sooner
    // (of 4.9 s for an incremental build of the seeded site).
    NODE_COMPILE_CACHE: path.join(siteDir, 'node_modules', '.cache', 'node-compile'),
    ...env,
    STRAPI_URL: strapiUrl,
    SITE_OUT_DIR: outDir,
  };
  return { output: await runStep('astro', ['build'], withHeapLimit(buildEnv), output, signal) };
}

/**
 * Indexes one language's pages of a built site for search, into `pagefind/<locale>/`. One run per
 * language: Pagefind holds a whole run's pages in memory (1.1 GB for 11,000 pages), and a visitor
 * only ever searches their own language.
 */
export function indexSearch(
  clientDir: string,
  locale: string,
  { output = 'pipe', signal }: { output?: 'inherit' | 'pipe'; signal?: AbortSignal } = {}
): Promise<string> {
  return runStep(
    'pagefind',
    ['--site', clientDir, '--glob', `${locale}/**/*.html`, '--output-subdir', `pagefind/${locale}`],
    { ...process.env },
    output,
    signal
  );
}
