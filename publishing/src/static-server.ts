import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import send from 'send';
import {
  parseRedirectsFile,
  redirectMatchKey,
  type SiteRedirect,
} from '../../site/src/lib/redirects/host-formats.ts';
import { isCompressible, PRECOMPRESSED } from './precompress.ts';
import { currentRelease } from './releases.ts';
import { siteSecurityHeaders } from './security-headers.ts';

// Set here rather than left to `send`'s mime table, so that a sidecar (`page.html.br`) is sent
// with its original's type, and so that config/web-server/Caddyfile can pin the same types.
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Dotfiles (.htaccess, a stray .git/) are for other servers or nobody. Compressed copies are
 * served only for their original, never by their own name: the site has no .br or .gz file of
 * its own (uploads are PDFs and images), and one asked for by name would come with a type that
 * says nothing of what it holds.
 */
const isHidden = (name: string) =>
  name.startsWith('.') || PRECOMPRESSED.some(({ extension }) => name.endsWith(extension));

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

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
  if (path.relative(root, candidate).split(path.sep).some(isHidden)) return null;
  const file = decoded.endsWith('/') ? path.join(candidate, 'index.html') : candidate;
  return isFile(file) ? file : null;
}

/**
 * A request's path and query, with leading slashes and backslashes collapsed into one slash:
 * a Location built from `//host` or `/\host` would send the browser to another host. A proxy in
 * front (Caddy) passes `/\host` on as `/%5Chost`, which is collapsed the same.
 */
function splitRequestUrl(url: string): { path: string; query: string } {
  const queryAt = url.indexOf('?');
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  return {
    path: `/${rawPath.replace(/^(?:[/\\\s]|%5c)+/i, '')}`,
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
 * The precompressed encodings a request accepts, the most wanted first: by q-value, then br
 * before gzip, as Caddy's file_server orders them. `*` stands for any coding not named;
 * `q=0` refuses one.
 */
function acceptedEncodings(header: string | undefined): string[] {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    if (!coding) continue;
    const q = parameters.find((parameter) => /^q=/i.test(parameter));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(coding.toLowerCase(), Number.isNaN(weight) ? 0 : weight);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  return PRECOMPRESSED.map(({ encoding }) => encoding)
    .filter((encoding) => weightOf(encoding) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a));
}

/**
 * The file to send for a compressible one: the copy in the encoding the request wants most,
 * with the Content-Encoding to say so, or itself when it accepts neither or there is none. Caches are told that the answer depends on
 * Accept-Encoding even when it is the original, or they would give a br copy to everyone.
 */
function negotiate(
  request: IncomingMessage,
  response: ServerResponse,
  file: string
): { file: string; encoding?: string } {
  if (!isCompressible(file)) return { file };
  response.setHeader('vary', 'Accept-Encoding');
  for (const encoding of acceptedEncodings(request.headers['accept-encoding'])) {
    const { extension } = PRECOMPRESSED.find((copy) => copy.encoding === encoding)!;
    if (isFile(file + extension)) return { file: file + extension, encoding };
  }
  return { file };
}

function setFileHeaders(
  response: ServerResponse,
  root: string,
  file: string,
  encoding?: string
): void {
  response.setHeader(
    'content-type',
    contentTypes[path.extname(file)] ?? 'application/octet-stream'
  );
  // Astro names what it puts in _astro/ by content hash: a changed file gets a new name. The
  // rest is asked again each time (a 304 when unchanged), so a new release shows at once.
  response.setHeader(
    'cache-control',
    path.relative(root, file).startsWith(`_astro${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache'
  );
  if (encoding) response.setHeader('content-encoding', encoding);
}

/** The release's 404 page with status 404, compressed as a page would be; no ranges or 304. */
function sendNotFound(request: IncomingMessage, response: ServerResponse, root: string): void {
  const page = path.join(root, '404.html');
  if (!isFile(page)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found / Niet gevonden / Introuvable');
    return;
  }
  const chosen = negotiate(request, response, page);
  setFileHeaders(response, root, page, chosen.encoding);
  response.setHeader('content-length', statSync(chosen.file).size);
  response.writeHead(404);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(chosen.file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/**
 * Sends a file of the release with `send`, which answers conditional requests (ETag,
 * Last-Modified, 304, 412), byte ranges (206, 416) and HEAD as browsers and caches expect.
 * Each copy has its own ETag (its size differs), so a 304 never confirms the wrong encoding.
 */
function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  file: string
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' });
    response.end();
    return;
  }
  const chosen = negotiate(request, response, file);
  setFileHeaders(response, root, file, chosen.encoding);
  // send decodes its path argument: each segment is encoded, so a `%` in a name stays a `%`.
  const relative = path.relative(root, chosen.file).split(path.sep).map(encodeURIComponent);
  send(request, relative.join('/'), {
    root,
    dotfiles: 'ignore',
    index: false,
    cacheControl: false,
  })
    .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      for (const name of ['content-encoding', 'content-type', 'content-length', 'etag'])
        response.removeHeader(name);
      // The file went between our look and send's (a pruned release): as if it never was.
      if (error.status === 404) {
        sendNotFound(request, response, root);
        return;
      }
      response.writeHead(error.status ?? 500, {
        ...error.headers,
        'content-type': 'text/plain; charset=utf-8',
      });
      response.end(error.status === 416 ? 'Range not satisfiable' : 'Could not send the file');
    })
    .pipe(response);
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
    let root: string | null = null;
    try {
      root = release && realpathSync(path.join(release, 'client'));
    } catch {
      // `current` pointed at a release being removed: the next request reads the new link.
    }
    if (!root) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' });
      response.end(
        'The site is being built. / De site wordt gebouwd. / Le site est en construction.'
      );
      return;
    }
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
    if (file) {
      sendFile(request, response, root, file);
      return;
    }
    if (!url.path.endsWith('/') && resolveFile(root, `${url.path}/`)) {
      response.writeHead(301, { location: `${url.path}/${url.query}` });
      response.end();
      return;
    }
    sendNotFound(request, response, root);
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
