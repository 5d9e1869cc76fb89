/**
 * `npm start`: the CMS with its seeded content; the public site, which the CMS's
 * site-publisher rebuilds after every publication and which is served from its latest good
 * release; and the preview server behind the admin's "Open preview". Ctrl+C stops them all;
 * if the CMS or the preview server stops on its own, that is said and everything stops.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { ports } from '@zorgzone/config';
import { ensureCmsBuilt } from './lib/cms-build.ts';
import { ensureCmsEnvFile } from './lib/cms-env.ts';
import { startPreviewServer, type RunningPreviewServer } from '../publishing/src/preview-server.ts';
import { startCms } from './lib/cms-process.ts';
import { currentRelease } from '../publishing/src/releases.ts';
import { startStaticServer } from '../publishing/src/static-server.ts';

// The preview server shares the CMS's secrets (PREVIEW_SECRET, PREVIEW_API_TOKEN).
process.loadEnvFile(ensureCmsEnvFile());
ensureCmsBuilt();
const cms = await startCms({ port: Number(process.env.PORT || ports.cms) });
const site = await startStaticServer({
  port: Number(process.env.SITE_PORT || ports.site),
  host: process.env.SITE_HOST || '0.0.0.0',
});

let preview: RunningPreviewServer | null = null;
const stopAll = async (code: number) => {
  await Promise.all([site.stop(), cms.stop(), preview?.stop()]);
  process.exit(code);
};
cms.process.once('exit', (code) => {
  console.error(`\nThe CMS stopped unexpectedly (exit code ${code}); stopping the site too.`);
  void stopAll(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cms.process.removeAllListeners('exit');
    preview?.process.removeAllListeners('exit');
    void stopAll(0);
  });
}

if (!currentRelease()) {
  console.log('\nBuilding the site for the first time…');
  for (let waited = 0; !currentRelease(); waited += 1) {
    if (waited > 600) {
      console.error(
        'The first site build did not finish within 10 minutes; see the CMS log above and "Public site" in the admin.'
      );
      break;
    }
    await delay(1000);
  }
}
const release = currentRelease();
if (release) {
  preview = await startPreviewServer({
    port: Number(process.env.PREVIEW_PORT || ports.preview),
    release,
    env: { STRAPI_URL: cms.url },
  });
  preview.process.once('exit', (code) => {
    console.error(
      `\nThe preview server stopped unexpectedly (exit code ${code}); stopping everything.`
    );
    void stopAll(1);
  });
}
console.log(`
Ready.
  Site (Nederlands): ${site.url}/nl/
  Site (Français):   ${site.url}/fr/
  Admin panel:       ${cms.url}/admin
  API:               ${cms.url}/api
  Draft previews:    ${preview?.url ?? 'not running (no site release yet)'} (opened from the admin)
The site is rebuilt a few seconds after each publication ("Public site" in the admin shows how it went).
Press Ctrl+C to stop.
`);
