/**
 * `npm run seed`: adds whatever of the workshop reports' content is missing (see
 * cms/src/seed/run-seed.ts) to the database the CMS is configured for, then exits.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureCmsBuilt } from './lib/cms-build.ts';
import { ensureCmsEnvFile } from './lib/cms-env.ts';
import { cmsDir } from './lib/paths.ts';

interface SeedModule {
  runSeed(strapi: unknown): Promise<{ created: string[] }>;
}

ensureCmsEnvFile();
ensureCmsBuilt();
process.chdir(cmsDir);
const requireFromCms = createRequire(path.join(cmsDir, 'package.json'));
const { createStrapi } = requireFromCms('@strapi/strapi') as typeof import('@strapi/strapi');
const distDir = path.join(cmsDir, 'dist');
const { runSeed } = requireFromCms(path.join(distDir, 'src', 'seed', 'run-seed.js')) as SeedModule;

const strapi = await createStrapi({ appDir: cmsDir, distDir }).load();
try {
  const { created } = await runSeed(strapi);
  console.log(
    created.length === 0
      ? 'Seed: nothing to add, the content is all there.'
      : `Seed: added\n  ${created.join('\n  ')}`
  );
} finally {
  await strapi.destroy();
}
