import { spawnSync } from 'node:child_process';
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
