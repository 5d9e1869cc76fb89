/**
 * `npm run build`: the CMS (server and admin), then the site, which is built from the CMS's
 * content: a CMS is started for the duration of the site build on a free port.
 */
import { buildCms } from './lib/cms-build.ts';
import { ensureCmsEnvFile } from './lib/cms-env.ts';
import { startCms } from './lib/cms-process.ts';
import { freePort } from './lib/ports.ts';
import { buildSite } from './lib/site.ts';

buildCms();
const cms = process.env.STRAPI_URL
  ? null
  : (ensureCmsEnvFile(), await startCms({ port: await freePort(), output: 'pipe' }));
try {
  buildSite({ strapiUrl: process.env.STRAPI_URL ?? cms!.url });
} finally {
  await cms?.stop();
}
