/**
 * `npm run build`: the CMS (server and admin), then a release of the site, which is built from
 * the CMS's content (a CMS is started on a free port for the purpose unless STRAPI_URL is set).
 */
import { buildCms } from './lib/cms-build.ts';
import { ensureCmsEnvFile } from './lib/cms-env.ts';
import { startCms } from './lib/cms-process.ts';
import { freePort } from './lib/ports.ts';
import { publishRelease } from '../publishing/src/releases.ts';

buildCms();
const cms = process.env.STRAPI_URL
  ? null
  : (ensureCmsEnvFile(),
    await startCms({
      port: await freePort(),
      output: 'pipe',
      env: { SITE_PUBLISHER_ENABLED: 'false' },
    }));
try {
  const release = await publishRelease(process.env.STRAPI_URL || cms!.url);
  console.log(`Site release ${release.id}: ${release.pages} pages.`);
} finally {
  await cms?.stop();
}
