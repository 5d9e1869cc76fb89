/**
 * `npm start`: the CMS with its seeded content, then the site built from it and served.
 * Both keep running until Ctrl+C.
 */
import { ports } from '@zorgzone/config';
import { ensureCmsBuilt } from './lib/cms-build.ts';
import { ensureCmsEnvFile } from './lib/cms-env.ts';
import { startCms } from './lib/cms-process.ts';
import { buildSite, serveSite } from './lib/site.ts';

ensureCmsEnvFile();
ensureCmsBuilt();
const cms = await startCms({ port: Number(process.env.PORT ?? ports.cms) });
try {
  console.log('\nBuilding the site from the CMS…');
  buildSite({ strapiUrl: cms.url });
} catch (error) {
  await cms.stop();
  throw error;
}
const site = await serveSite({
  port: Number(process.env.SITE_PORT ?? ports.site),
  host: process.env.SITE_HOST ?? '0.0.0.0',
});
console.log(`
Ready.
  Site (Nederlands): ${site.url}/nl/
  Site (Français):   ${site.url}/fr/
  Admin panel:       ${cms.url}/admin
  API:               ${cms.url}/api
Press Ctrl+C to stop. After editing content, run "npm start" again to rebuild the site.
`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(
    signal,
    () => void Promise.all([site.stop(), cms.stop()]).then(() => process.exit(0))
  );
}
