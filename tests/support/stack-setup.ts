import type { TestProject } from 'vitest/node';
import { ensureCmsBuilt } from '../../scripts/lib/cms-build.ts';
import { generateSecrets } from '../../scripts/lib/cms-env.ts';
import { startCms } from '../../scripts/lib/cms-process.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { buildSite, serveSite, siteDir } from '../../scripts/lib/site.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { createFixtures } from './fixtures.ts';

export const TEST_ADMIN = { email: 'admin@example.test', password: 'Test-admin-1234' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    database: {
      kind: TestDatabase['kind'];
      connection: TestDatabase['connection'];
      env: Record<string, string>;
    };
    cmsEnv: Record<string, string>;
    siteOutDir: string;
    siteUrl: string;
    siteBuildReport: string;
  }
}

/**
 * Integration and browser tests share one real stack: Strapi built from the current sources
 * on a fresh database, seeded by its first start as `npm start` does, the test fixtures
 * added, and the site built from it into a temporary folder and served.
 */
export default async function setup(project: TestProject) {
  ensureCmsBuilt();
  const database = await createTestDatabase();
  const cmsEnv = {
    ...generateSecrets(),
    ...database.env,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ADMIN_LANGUAGE: 'nl',
  };
  const cms = await startCms({ port: await freePort(), env: cmsEnv, output: 'pipe' }).catch(
    async (error: unknown) => {
      await database.drop();
      throw error;
    }
  );
  // Inside site/ so the built server resolves the site's dependencies.
  const siteOutDir = mkdtempSync(path.join(siteDir, '.test-build-'));
  const siteBuildReport = path.join(siteOutDir, 'build-report.json');
  let site: Awaited<ReturnType<typeof serveSite>>;
  try {
    await createFixtures(cms.url, TEST_ADMIN);
    buildSite({
      strapiUrl: cms.url,
      outDir: siteOutDir,
      output: 'pipe',
      env: {
        SITE_BUILD_REPORT: siteBuildReport,
        SITE_MEDIA_CACHE: path.join(siteOutDir, 'media-cache'),
      },
    });
    site = await serveSite({ port: await freePort(), outDir: siteOutDir });
  } catch (error) {
    await cms.stop();
    await database.drop();
    throw error;
  }
  project.provide('siteOutDir', siteOutDir);
  project.provide('siteUrl', site.url);
  project.provide('siteBuildReport', siteBuildReport);
  project.provide('cmsUrl', cms.url);
  project.provide('database', {
    kind: database.kind,
    connection: database.connection,
    env: database.env,
  });
  project.provide('cmsEnv', cmsEnv);
  return async () => {
    await site.stop();
    await cms.stop();
    await database.drop();
    rmSync(siteOutDir, { recursive: true, force: true });
  };
}
