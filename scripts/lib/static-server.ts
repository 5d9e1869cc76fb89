import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { currentRelease } from './releases.ts';
import { siteSecurityHeaders } from './security-headers.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The file a request path names inside a release's public folder, never outside it. */
function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  const candidate = path.join(root, path.normalize(decoded));
  if (!candidate.startsWith(root + path.sep) && candidate !== root) return null;
  const file = decoded.endsWith('/') ? path.join(candidate, 'index.html') : candidate;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * Serves the current release. Each request resolves `current` anew, so a release switch takes
 * effect for the next request without a restart, and a request never mixes two releases.
 */
function createStaticServer(releasesDir?: string): Server {
  return createServer((request, response) => {
    for (const [name, value] of Object.entries(siteSecurityHeaders))
      response.setHeader(name, value);
    const release = currentRelease(releasesDir);
    if (!release) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' });
      response.end(
        'The site is being built. / De site wordt gebouwd. / Le site est en construction.'
      );
      return;
    }
    const root = realpathSync(path.join(release, 'client'));
    const file = resolveFile(root, request.url ?? '/');
    if (!file && !(request.url ?? '/').endsWith('/') && resolveFile(root, `${request.url}/`)) {
      response.writeHead(301, { location: `${request.url}/` });
      response.end();
      return;
    }
    const served = file ?? path.join(root, '404.html');
    response.writeHead(file ? 200 : 404, {
      'content-type': contentTypes[path.extname(served)] ?? 'application/octet-stream',
      'cache-control': served.includes(`${path.sep}_astro${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(served).pipe(response);
  });
}

export interface RunningStaticServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts serving the current release on a port. */
export async function startStaticServer({
  port,
  host = '127.0.0.1',
  releasesDir,
}: {
  port: number;
  host?: string;
  releasesDir?: string;
}): Promise<RunningStaticServer> {
  const server = createStaticServer(releasesDir);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
