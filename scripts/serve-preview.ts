/**
 * `npm run serve-preview`: the server behind the admin's "Open preview", run from the current
 * site release (the preview container runs this). Needs STRAPI_URL, PREVIEW_SECRET and
 * PREVIEW_API_TOKEN.
 */
import { ports } from '@zorgzone/config';
import { startPreviewServer } from '../publishing/src/preview-server.ts';
import { currentRelease } from '../publishing/src/releases.ts';

const release = currentRelease();
if (!release) {
  console.error(
    'No site release yet: the CMS builds the first one when it starts. Try again in a minute.'
  );
  process.exit(1);
}
const preview = await startPreviewServer({
  port: Number(process.env.PREVIEW_PORT || ports.preview),
  host: process.env.SITE_HOST || '0.0.0.0',
  release,
});
console.log(`Preview server at ${preview.url}`);
preview.process.once('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void preview.stop().then(() => process.exit(0)));
}
