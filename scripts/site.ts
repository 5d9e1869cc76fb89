/** `npm run site`: builds the site from the CMS at STRAPI_URL and serves it (what the site container runs). */
import { defaultStrapiUrl, ports } from '@zorgzone/config';
import { buildSite, serveSite } from './lib/site.ts';

buildSite({ strapiUrl: process.env.STRAPI_URL ?? defaultStrapiUrl });
const site = await serveSite({
  port: Number(process.env.SITE_PORT ?? ports.site),
  host: process.env.SITE_HOST ?? '0.0.0.0',
});
console.log(`Site ready: ${site.url}/nl/ and ${site.url}/fr/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void site.stop().then(() => process.exit(0)));
}
