/**
 * The preview server's process, started by `startPreviewServer` with a release folder: the
 * release's own Astro handler behind our security headers. Astro's standalone server would
 * serve the release's static files without them, and those open in the admin's frame too.
 */
import { cmsAdminOrigins } from '@zorgzone/config';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { previewSecurityHeaders } from './security-headers.ts';

const release = process.argv[2];
if (!release) throw new Error('Usage: preview-process.ts <release folder>');
const { handler } = (await import(
  pathToFileURL(path.join(release, 'server', 'entry.mjs')).href
)) as { handler: (request: IncomingMessage, response: ServerResponse) => void };
const headers = previewSecurityHeaders(cmsAdminOrigins(process.env));

createServer((request, response) => {
  // Astro's preview page replaces the policy with its own, which carries the same frame-ancestors.
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  handler(request, response);
}).listen(Number(process.env.PORT), process.env.HOST);
