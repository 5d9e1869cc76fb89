import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import {
  parseRedirectsFile,
  redirectMatchKey,
  type SiteRedirect,
} from '../../site/src/lib/redirects/host-formats.ts';
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

const isHidden = (name: string) => name.startsWith('.');

/** The file a request path names inside a release's public folder, never outside it. */
function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.join(root, path.normalize(decoded));
  if (!candidate.startsWith(root + path.sep) && candidate !== root) return null;
  // Dotfiles (.htaccess, a stray .git/) are for other servers or nobody, never for visitors.
  if (path.relative(root, candidate).split(path.sep).some(isHidden)) return null;
  const file = decoded.endsWith('/') ? path.join(candidate, 'index.html') : candidate;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * A request's path and query, with leading slashes and backslashes collapsed into one slash:
 * a Location built from `//host` or `/\host` would send the browser to another host.
 */
function splitRequestUrl(url: string): { path: string; query: string } {
  const queryAt = url.indexOf('?');
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  return {
    path: `/${rawPath.replace(/^[/\\\s]+/, '')}`,
    query: queryAt === -1 ? '' : url.slice(queryAt),
  };
}

/** The redirects of one release, keyed by the form redirectMatchKey gives a request path. */
type RedirectIndex = ReadonlyMap<string, SiteRedirect>;

const redirectIndexes = new Map<string, RedirectIndex>();
// Enough for the releases kept on disk; older ones are never served again.
const CACHED_RELEASES = 4;

/**
 * The redirects of a release, read from its client/redirects.json once, keyed by the folder's real
 * path: a release never changes once `current` points at it, and the next one has another path.
 * A release without the file has none; an unreadable file is logged once and gives none, so the
 * site itself stays up.
 */
function redirectsOf(root: string): RedirectIndex {
  const cached = redirectIndexes.get(root);
  if (cached) return cached;
  const index = new Map<string, SiteRedirect>();
  const source = path.join(root, 'redirects.json');
  if (existsSync(source)) {
    try {
      const isPage = (sitePath: string) => resolveFile(root, encodeURI(sitePath)) !== null;
      const { redirects, skipped } = parseRedirectsFile(readFileSync(source, 'utf8'), { isPage });
      for (const redirect of redirects)
        index.set(redirectMatchKey(redirect.from) ?? redirect.from, redirect);
      if (skipped.length) {
        const reasons = skipped.map(({ index: at, reason }) => `entry ${at}: ${reason}`);
        console.warn(`${source}: ${skipped.length} redirects left out: ${reasons.join('; ')}`);
      }
    } catch (error) {
      console.error(
        `${source}: ${(error as Error).message}; serving this release without redirects`
      );
    }
  }
  redirectIndexes.set(root, index);
  for (const old of redirectIndexes.keys())
    if (redirectIndexes.size > CACHED_RELEASES) redirectIndexes.delete(old);
  return index;
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
    const url = splitRequestUrl(request.url ?? '/');
    const key = redirectMatchKey(url.path);
    const redirect = key === null ? undefined : redirectsOf(root).get(key);
    if (redirect) {
      // The contract drops the query; `to` was checked to be a site path or an http(s) URL.
      response.writeHead(redirect.status, { location: redirect.to });
      response.end();
      return;
    }
    const file = resolveFile(root, url.path);
    if (!file && !url.path.endsWith('/') && resolveFile(root, `${url.path}/`)) {
      response.writeHead(301, { location: `${url.path}/${url.query}` });
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
