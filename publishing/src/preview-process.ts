/**
 * The preview server's process, started by `startPreviewServer` with a release folder: the
 * release's own Astro handler behind our security headers. Astro's standalone server would
 * serve the release's static files without them, and those open in the admin's frame too.
 */
import { cmsAdminOrigins } from '@zorgzone/config';
import { readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import send from 'send';
import { previewSecurityHeaders } from './security-headers.ts';

const release = process.argv[2];
if (!release) throw new Error('Usage: preview-process.ts <release folder>');
const serverDir = path.join(release, 'server');
const { handler } = (await import(pathToFileURL(path.join(serverDir, 'entry.mjs')).href)) as {
  handler: (request: IncomingMessage, response: ServerResponse) => void;
};
// The bundle imports its pages on first use, from its release's folder. Imported now, they stay in
// the module cache when that release is pruned (each publication makes one or two new ones).
for (const file of readdirSync(serverDir, { recursive: true, encoding: 'utf8' }))
  if (file.endsWith('.mjs')) await import(pathToFileURL(path.join(serverDir, file)).href);
const headers = previewSecurityHeaders(cmsAdminOrigins(process.env));
// A draft's images are new to the release: the preview makes them into the build's media cache
// (site/src/lib/media/store.ts, relative to the site, this process's folder) and serves them from there.
const mediaCache = path.resolve(
  process.env.SITE_MEDIA_CACHE || 'node_modules/.cache/zorgzone-media'
);
const MEDIA = '/media/';

createServer((request, response) => {
  // Astro's preview page replaces the policy with its own, which carries the same frame-ancestors.
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  const { pathname } = new URL(request.url ?? '/', 'http://preview.invalid');
  if (pathname.startsWith(MEDIA)) {
    send(request, pathname.slice(MEDIA.length), {
      root: mediaCache,
      dotfiles: 'deny',
      index: false,
    })
      .on('error', () => handler(request, response))
      .pipe(response);
    return;
  }
  handler(request, response);
}).listen(Number(process.env.PORT), process.env.HOST);
