import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSecrets } from './cms-env.ts';
import { cmsBin, cmsDir, rootDir } from './paths.ts';

const SOURCES = ['src', 'config', 'seed', 'database', 'tsconfig.json', 'package.json'];
const stampFile = path.join(cmsDir, 'dist', '.source-hash');

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
  } else {
    yield entry;
  }
}

/** A hash of everything `strapi build` reads from cms/, plus the shared config and the lockfile. */
export function cmsSourceHash(): string {
  const hash = createHash('sha256');
  const roots = [
    ...SOURCES.map((name) => path.join(cmsDir, name)),
    path.join(rootDir, 'config', 'src'),
    path.join(rootDir, 'package-lock.json'),
  ];
  for (const root of roots) {
    for (const file of files(root)) {
      hash.update(path.relative(rootDir, file)).update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Builds the CMS (server and admin) unless the last build was made from the same sources. */
export function ensureCmsBuilt(): void {
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== cmsSourceHash()) buildCms();
}

/** Builds the CMS's server code and admin panel into cms/dist, and records what it was built from. */
export function buildCms(): void {
  const hash = cmsSourceHash();
  console.log('Building the CMS (server and admin panel)…');
  // Strapi loads the configuration to build, but no secret ends up in the build: throwaway
  // values let a fresh checkout build before any cms/.env exists.
  const env = { ...generateSecrets(), ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
  const result = spawnSync(cmsBin, ['build'], { cwd: cmsDir, stdio: 'inherit', env });
  if (result.status !== 0)
    throw new Error(
      `The CMS build failed (exit code ${result.status ?? result.signal}); see the output above.`
    );
  writeFileSync(stampFile, hash);
}
