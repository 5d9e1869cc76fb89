import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { adminLogin, waitForPublisher } from '../../scripts/lib/cms-admin.ts';
import { ensureCmsBuilt } from '../../scripts/lib/cms-build.ts';
import { generateSecrets } from '../../scripts/lib/cms-env.ts';
import { startCms } from '../../scripts/lib/cms-process.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { startPreviewServer } from '../../publishing/src/preview-server.ts';
import { currentRelease } from '../../publishing/src/releases.ts';
import { siteDir } from '../../publishing/src/paths.ts';
import { startStaticServer } from '../../publishing/src/static-server.ts';
import { createScratchDatabase, type ScratchDatabase } from '../../scripts/lib/database.ts';
import { startFailingProxy } from './failing-proxy.ts';
import { createFixtures } from './fixtures.ts';

export const TEST_ADMIN = { email: 'admin@example.test', password: 'Test-admin-1234' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    database: {
      kind: ScratchDatabase['kind'];
      connection: ScratchDatabase['connection'];
      env: Record<string, string>;
    };
    cmsEnv: Record<string, string>;
    /** The release the site tests read: built by the CMS's site-publisher after the fixtures. */
    siteOutDir: string;
    siteUrl: string;
    siteBuildReport: string;
    releasesDir: string;
    /** Where the site build reads the CMS; POST /__test/fail makes it answer 500. */
    buildProxyUrl: string;
    /** One admin session for all test files: Strapi rate-limits admin logins. */
    adminJwt: string;
    previewUrl: string;
  }
}

export { waitForPublisher };

export function adminToken(cmsUrl: string): Promise<string> {
  return adminLogin(cmsUrl, TEST_ADMIN);
}

/**
 * Integration and browser tests share one real stack, as `npm start` runs it: Strapi built
 * from the current sources on a fresh database and seeded by its first start, its
 * site-publisher building the site into a temporary releases folder, served by the static
 * server. The test fixtures are published first, so the site tests read a release with them.
 */
export default async function setup(project: TestProject) {
  ensureCmsBuilt();
  const database = await createScratchDatabase('test');
  // Inside site/ so the built server code resolves the site's dependencies.
  const releasesDir = mkdtempSync(path.join(siteDir, '.test-build-'));
  const publicDir = mkdtempSync(path.join(tmpdir(), 'zorgzone-public-'));
  mkdirSync(path.join(publicDir, 'uploads'));
  const cmsPort = await freePort();
  const previewPort = await freePort();
  const proxy = await startFailingProxy(await freePort(), cmsPort);
  const cmsEnv = {
    ...generateSecrets(),
    ...database.env,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ADMIN_LANGUAGE: 'nl',
    SITE_RELEASES_DIR: releasesDir,
    SITE_RELEASES_KEEP: '1000',
    SITE_PUBLISHER_DEBOUNCE_MS: '500',
    SCHEDULED_PUBLISHING_POLL_MS: '1000',
    SITE_PUBLISHER_STRAPI_URL: proxy.url,
    PUBLIC_DIR: publicDir,
    // Small, so the attack suite's oversized upload stays small too; a camera photo still fits.
    UPLOAD_SIZE_LIMIT_MB: '4',
    PREVIEW_URL: `http://127.0.0.1:${previewPort}`,
    DEPLOY_HOOK_URL: `${proxy.url}/__test/hook`,
    DEPLOY_HOOK_SECRET: 'deploy-hook-test-secret',
  };
  const stopAll: (() => Promise<void>)[] = [
    async () => rmSync(releasesDir, { recursive: true, force: true }),
    async () => rmSync(publicDir, { recursive: true, force: true }),
    () => database.drop(),
    () => proxy.stop(),
  ];
  const teardown = async () => {
    for (const stop of stopAll.reverse()) await stop();
  };
  try {
    const cms = await startCms({ port: cmsPort, env: cmsEnv, output: 'pipe' });
    let stopping = false;
    // Every later failure would only say "connection refused": say why the CMS went away.
    cms.process.once('exit', (code, signal) => {
      if (!stopping)
        console.error(
          `The test CMS stopped during the tests (${code ?? signal}). Its last output:\n${cms.log().slice(-6000)}`
        );
    });
    stopAll.push(() => {
      stopping = true;
      return cms.stop();
    });
    const token = await adminToken(cms.url);
    await createFixtures(cms.url, token);
    const [last] = await waitForPublisher(cms.url, token);
    if (last?.status !== 'succeeded')
      throw new Error(`The site-publisher's build failed: ${last?.reason ?? 'no build'}`);
    const release = currentRelease(releasesDir)!;
    const site = await startStaticServer({ port: await freePort(), releasesDir });
    stopAll.push(() => site.stop());
    const preview = await startPreviewServer({
      port: previewPort,
      release,
      env: { ...cmsEnv, STRAPI_URL: cms.url },
    });
    stopAll.push(() => preview.stop());

    project.provide('cmsUrl', cms.url);
    project.provide('database', {
      kind: database.kind,
      connection: database.connection,
      env: database.env,
    });
    project.provide('cmsEnv', cmsEnv);
    project.provide('siteOutDir', release);
    project.provide('siteUrl', site.url);
    project.provide('siteBuildReport', path.join(release, 'build-report.json'));
    project.provide('releasesDir', releasesDir);
    project.provide('buildProxyUrl', proxy.url);
    project.provide('adminJwt', token);
    project.provide('previewUrl', preview.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
