/**
 * `npm run serve-site`: serves the current release of the site (what the CMS's site-publisher
 * builds), switching to each new release as it lands. The site container runs this.
 */
import { ports } from '@zorgzone/config';
import { startStaticServer } from '../publishing/src/static-server.ts';

const server = await startStaticServer({
  port: Number(process.env.SITE_PORT || ports.site),
  host: process.env.SITE_HOST || '0.0.0.0',
});
console.log(`Site served at ${server.url}/nl/ and ${server.url}/fr/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}
