/**
 * What visitors get from each server in front of a release, compared on one fixture release.
 *
 * Redirects: the same redirects, written by the site build's integration, answered the same by
 * our own site server, by real nginx and real Caddy with the release's snippets, and by Caddy
 * with the production config (config/web-server/Caddyfile). The oracle is the contract's rule: a
 * request path equal to `from`, with or without its trailing slash, gets `status` and
 * `Location: to`, the query dropped; anything else is not redirected. Locations are compared
 * exactly: nginx would make a site path absolute from the Host header, which the include turns
 * off per location (`absolute_redirect off`); Caddy and our server send `to` as written.
 *
 * Serving: our site server and the production Caddy config answer the same table of
 * expectations: precompressed brotli and gzip, ETag and Last-Modified with 304, byte ranges,
 * HEAD, types and caching, the 404 page, the trailing slash without a Location to another host,
 * the security headers on every answer, and `current` followed on every request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/ports.ts';
import { precompress } from '../../publishing/src/precompress.ts';
import { siteSecurityHeaders } from '../../publishing/src/security-headers.ts';
import { startStaticServer } from '../../publishing/src/static-server.ts';
import { writeRedirectFiles } from '../../site/src/lib/redirects/integration.ts';

const productionCaddyfile = path.resolve(import.meta.dirname, '../../config/web-server/Caddyfile');

const PAGE = '/nl/veranderateliers/veranderatelier-9/';

const redirects = [
  { from: '/events/veranderatelier-9/', to: PAGE, status: 301 },
  { from: '/agenda', to: `${PAGE}?van=agenda#programma`, status: 302 },
  { from: '/brusano', to: 'https://www.brusano.brussels/', status: 301 },
  { from: '/docs/verslag+bijlagen.v2.pdf', to: PAGE, status: 301 },
  { from: '/docs/Verslag%20atelier%209.pdf', to: '/', status: 302 },
] as const;

/** Entries that break the contract: the writer leaves them out, so no server may answer them. */
const broken = [
  { from: '/kaapt', to: '//evil.example/', status: 301 },
  { from: '/dollar', to: 'https://evil.example/$host', status: 301 },
];

interface Expectation {
  readonly path: string;
  readonly status: number;
  readonly location?: string;
}

const otherVariant = (from: string) => (from.endsWith('/') ? from.slice(0, -1) : `${from}/`);

const expectations: readonly Expectation[] = [
  ...redirects.flatMap(({ from, to, status }) => [
    { path: from, status, location: to },
    { path: otherVariant(from), status, location: to },
  ]),
  { path: '/events/veranderatelier-9?utm_source=nieuwsbrief', status: 301, location: PAGE },
  { path: '/agenda/?van=oud', status: 302, location: `${PAGE}?van=agenda#programma` },
  // A `.` in a from is no wildcard, and paths are compared with their case.
  { path: '/docs/verslag+bijlagenXv2Xpdf', status: 404 },
  { path: '/Events/veranderatelier-9/', status: 404 },
  { path: '/kaapt', status: 404 },
  { path: '/dollar', status: 404 },
  { path: PAGE, status: 200 },
];

const temp = mkdtempSync(path.join(tmpdir(), 'zorgzone-web-servers-'));
const releasesDir = path.join(temp, 'releases');
const release = path.join(releasesDir, '2026-01-01T00-00-00-000Z');
const client = path.join(release, 'client');

const bareRelease = path.join(releasesDir, 'bare');

/** A page as big as a real one (a few kB), so that it gets its compressed copies. */
function page(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const paragraph = `<p>${text}: een veranderatelier over zorg in de zone, met programma en sprekers.</p>\n`;
  writeFileSync(file, `<!doctype html><title>${text}</title>\n${paragraph.repeat(40)}`);
}

/** Points `current` at a release the way releases.ts does: a new link renamed over the old. */
function makeCurrent(id: string): void {
  const next = path.join(releasesDir, `.current-${id}`);
  symlinkSync(id, next);
  renameSync(next, path.join(releasesDir, 'current'));
}

const PDF = '/layout/uploads/presentatie-atelier-9.pdf';
/** A PDF's worth of bytes that do not compress, as a real PDF's streams do not. */
const pdfBytes = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  ...Array.from({ length: 1000 }, (_, index) => createHash('sha256').update(`${index}`).digest()),
]);

/** A file of each type the site has, and the Content-Type every server must send it with. */
const typedFiles: readonly { path: string; type: string; content: string | Buffer }[] = [
  {
    path: '/_astro/site.Cx3fA9.css',
    type: 'text/css; charset=utf-8',
    content: 'main{max-width:60rem;margin:0 auto}\n'.repeat(30),
  },
  {
    path: '/pagefind/pagefind.js',
    type: 'text/javascript; charset=utf-8',
    content: 'export const search = (term) => fetch(`/pagefind/${term}`);\n'.repeat(20),
  },
  {
    path: '/pagefind/pagefind-entry.json',
    type: 'application/json; charset=utf-8',
    content: '{"version":"1.4.0","languages":{"nl":{"hash":"nl_3c4d","page_count":42}}}',
  },
  {
    path: '/pagefind/index/nl_3c4d.pf_index',
    type: 'application/octet-stream',
    content: pdfBytes.subarray(9, 2000),
  },
  {
    path: '/sitemap.xml',
    type: 'application/xml; charset=utf-8',
    content: `<?xml version="1.0"?><urlset>${'<url><loc>https://zorgzone-zuid.brussels/nl/</loc></url>'.repeat(20)}</urlset>`,
  },
  {
    path: '/robots.txt',
    type: 'text/plain; charset=utf-8',
    content: 'User-agent: *\nSitemap: https://zorgzone-zuid.brussels/sitemap.xml\n',
  },
  {
    path: '/nl/agenda.ics',
    type: 'text/calendar; charset=utf-8',
    content: `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\nSUMMARY:Veranderatelier\r\nEND:VEVENT\r\n'.repeat(20)}END:VCALENDAR\r\n`,
  },
  {
    path: '/favicon.svg',
    type: 'image/svg+xml',
    content: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${'<circle r="4"/>'.repeat(30)}</svg>`,
  },
  {
    path: '/manifest.webmanifest',
    type: 'application/manifest+json; charset=utf-8',
    content: JSON.stringify({ name: 'Zorgzone Zuid', icons: [{ src: '/favicon.svg' }] }),
  },
  { path: PDF, type: 'application/pdf', content: pdfBytes },
];

const fileOf = (sitePath: string) =>
  path.join(client, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);

async function buildFixture(): Promise<void> {
  page(path.join(client, 'index.html'), 'Kies je taal');
  page(path.join(client, 'nl', 'index.html'), 'Zorgzone Zuid');
  page(path.join(client, PAGE, 'index.html'), 'Veranderatelier 9');
  page(path.join(client, '404.html'), 'Niet gevonden');
  for (const { path: sitePath, content } of typedFiles) {
    mkdirSync(path.dirname(fileOf(sitePath)), { recursive: true });
    writeFileSync(fileOf(sitePath), content);
  }
  mkdirSync(path.join(client, '.git'));
  writeFileSync(path.join(client, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(
    path.join(client, 'redirects.json'),
    JSON.stringify({ format: 1, redirects: [...redirects, ...broken] })
  );
  const { skipped } = writeRedirectFiles(client);
  expect(skipped.map(({ index }) => index)).toEqual([redirects.length, redirects.length + 1]);
  // As a build does: every file of the release gets its compressed copies before it is served.
  const files = readdirSync(client, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  await precompress(files);
  page(path.join(bareRelease, 'client', 'index.html'), 'Nieuwe release');
  page(path.join(bareRelease, 'client', '404.html'), 'Niet gevonden');
  makeCurrent(path.basename(release));
  // nginx's workers run as nobody when the tests run as root; they must be able to read the files.
  chmodSync(temp, 0o755);
}

/** The binary on PATH, or in the sbin folders a non-root PATH may lack. */
function findBinary(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return path.join(dir, name);
    } catch {
      // not in this folder
    }
  }
  return null;
}

interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Runs a server binary in the foreground and resolves once its port answers HTTP. */
async function startChild(
  name: string,
  command: string,
  args: readonly string[],
  port: number,
  env: NodeJS.ProcessEnv = process.env
): Promise<RunningServer> {
  const child: ChildProcess = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
    if (child.exitCode !== null)
      throw new Error(`${name} stopped at start (exit ${child.exitCode}):\n${output}`);
    try {
      await fetch(`${url}/`);
      return { url, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`${name} did not answer on ${url} within 15 s:\n${output}`);
}

async function startNginx(binary: string): Promise<RunningServer> {
  const dir = path.join(temp, 'nginx');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const tempPaths = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${path.join(dir, kind)};`)
    .join('\n');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')};
events {}
http {
  access_log off;
${tempPaths}
  server {
    listen 127.0.0.1:${port};
    root ${client};
    include ${path.join(release, 'redirects.nginx.conf')};
  }
}
`
  );
  // -e: nginx opens its default error log before reading the config, which fails without root.
  const args = ['-e', path.join(dir, 'error.log'), '-p', dir, '-c', path.join(dir, 'nginx.conf')];
  return startChild('nginx', binary, args, port);
}

async function startCaddy(binary: string): Promise<RunningServer> {
  const dir = path.join(temp, 'caddy');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const caddyfile = path.join(dir, 'Caddyfile');
  writeFileSync(
    caddyfile,
    `{
\tadmin off
}

http://127.0.0.1:${port} {
\tbind 127.0.0.1
\troot * ${client}
\timport ${path.join(release, 'redirects.caddy')}
\tfile_server
}
`
  );
  // Caddy saves its config and keeps its data under the home folder; keep both in the temp folder.
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir };
  return startChild(
    'Caddy',
    binary,
    ['run', '--config', caddyfile, '--adapter', 'caddyfile'],
    port,
    env
  );
}

/**
 * Caddy with the production config, as docker-compose's `web` service runs it: the release
 * through `current`, and everything that is not a file passed to our site server.
 */
async function startProductionCaddy(binary: string): Promise<RunningServer> {
  const site = await startStaticServer({ port: await freePort(), releasesDir });
  const dir = path.join(temp, 'caddy-production');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const env = {
    ...process.env,
    HOME: dir,
    XDG_CONFIG_HOME: dir,
    XDG_DATA_HOME: dir,
    SITE_RELEASES_DIR: releasesDir,
    SITE_UPSTREAM: new URL(site.url).host,
    WEB_PORT: String(port),
    WEB_BIND: '127.0.0.1',
  };
  try {
    const args = ['run', '--config', productionCaddyfile, '--adapter', 'caddyfile'];
    const caddy = await startChild('Caddy (production config)', binary, args, port, env);
    return {
      url: caddy.url,
      stop: async () => {
        await caddy.stop();
        await site.stop();
      },
    };
  } catch (error) {
    await site.stop();
    throw error;
  }
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The bytes as sent, not decompressed. */
  readonly body: Buffer;
}

/** A request with the path exactly as given (fetch would normalize `//nl` and decompress). */
function rawRequest(
  url: string,
  rawPath: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}
): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: hostname, port, path: rawPath, method, headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
          })
        );
      }
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The header names a response says it varies on, lowercased. */
const varyOf = ({ headers }: Answer) =>
  String(headers.vary ?? '')
    .toLowerCase()
    .split(/\s*,\s*/);

function expectSecurityHeaders({ headers, status }: Answer, what: string): void {
  for (const [name, value] of Object.entries(siteSecurityHeaders))
    expect(headers[name], `${name} on ${what} (${status})`).toBe(value);
}

const running: RunningServer[] = [];

/** Starts a server the first time a suite asks for it; later suites share it. */
function shared(start: () => Promise<RunningServer>): () => Promise<RunningServer> {
  let started: Promise<RunningServer> | undefined;
  return () =>
    (started ??= start().then((server) => {
      running.push(server);
      return server;
    }));
}

beforeAll(buildFixture);

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
  rmSync(temp, { recursive: true, force: true });
});

const nginx = findBinary('nginx');
const caddy = findBinary('caddy');

const ourServer = shared(async () => startStaticServer({ port: await freePort(), releasesDir }));
const productionCaddy = shared(() => startProductionCaddy(caddy ?? 'caddy'));

interface ServerUnderTest {
  readonly name: string;
  /** The Debian package it needs when its binary is missing, or null. */
  readonly missing: string | null;
  readonly start: () => Promise<RunningServer>;
}

const ours: ServerUnderTest = { name: 'our site server', missing: null, start: ourServer };
const production: ServerUnderTest = {
  name: 'Caddy with config/web-server/Caddyfile',
  missing: caddy ? null : 'caddy',
  start: productionCaddy,
};

const redirectServers: readonly ServerUnderTest[] = [
  ours,
  {
    name: 'nginx with the release’s include',
    missing: nginx ? null : 'nginx',
    start: shared(() => startNginx(nginx ?? 'nginx')),
  },
  {
    name: 'Caddy with the release’s snippet',
    missing: caddy ? null : 'caddy',
    start: shared(() => startCaddy(caddy ?? 'caddy')),
  },
  production,
];

/** Skips a suite whose binary is missing, except in CI, where its beforeAll fails instead. */
function skipped({ name, missing }: ServerUnderTest): boolean {
  const skip = missing !== null && process.env.CI !== 'true';
  if (skip)
    console.warn(
      `Skipping the tests on ${name}: it is not installed (apt-get install -y ${missing}); CI runs them.`
    );
  return skip;
}

/** Starts the server for a suite, or fails it when CI lacks the binary. */
async function urlOf({ name, missing, start }: ServerUnderTest): Promise<string> {
  if (missing !== null)
    throw new Error(
      `${name} is not installed, and CI must test it: apt-get install -y ${missing} (.ci/run does)`
    );
  return (await start()).url;
}

for (const server of redirectServers) {
  describe.skipIf(skipped(server))(`redirects on ${server.name}`, () => {
    let url = '';

    beforeAll(async () => {
      url = await urlOf(server);
    }, 30_000);

    for (const { path: requestPath, status, location } of expectations) {
      it(`answers ${requestPath} with ${status}${location ? ` to ${location}` : ''}`, async () => {
        const response = await fetch(`${url}${requestPath}`, { redirect: 'manual' });
        expect(response.status).toBe(status);
        expect(response.headers.get('location')).toBe(location ?? null);
      });
    }
  });
}

const BROWSER = 'gzip, deflate, br, zstd';

for (const server of [ours, production]) {
  describe.skipIf(skipped(server))(`serving the release on ${server.name}`, () => {
    let url = '';
    const get = (rawPath: string, headers: Record<string, string> = {}, method = 'GET') =>
      rawRequest(url, rawPath, { method, headers });

    beforeAll(async () => {
      url = await urlOf(server);
    }, 30_000);

    it('sends a page in brotli, preferred to gzip, saying that the answer varies', async () => {
      const answer = await get(PAGE, { 'accept-encoding': BROWSER });
      expect([answer.status, answer.headers['content-encoding']]).toEqual([200, 'br']);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(varyOf(answer)).toContain('accept-encoding');
      expect(brotliDecompressSync(answer.body)).toEqual(readFileSync(fileOf(PAGE)));
      expect(answer.body.length).toBeLessThan(readFileSync(fileOf(PAGE)).length / 3);
    });

    it('sends gzip when only gzip is accepted', async () => {
      const answer = await get(PAGE, { 'accept-encoding': 'gzip' });
      expect([answer.status, answer.headers['content-encoding']]).toEqual([200, 'gzip']);
      expect(varyOf(answer)).toContain('accept-encoding');
      expect(gunzipSync(answer.body)).toEqual(readFileSync(fileOf(PAGE)));
    });

    it('sends gzip when brotli is refused with q=0', async () => {
      const answer = await get(PAGE, { 'accept-encoding': 'br;q=0, gzip' });
      expect(answer.headers['content-encoding']).toBe('gzip');
    });

    it('sends the page as it is without Accept-Encoding, still saying that it varies', async () => {
      const answer = await get(PAGE);
      expect([answer.status, answer.headers['content-encoding']]).toEqual([200, undefined]);
      expect(varyOf(answer)).toContain('accept-encoding');
      expect(answer.body).toEqual(readFileSync(fileOf(PAGE)));
    });

    it('sends the home page, a folder’s index, compressed as well', async () => {
      const answer = await get('/', { 'accept-encoding': BROWSER });
      expect([answer.status, answer.headers['content-encoding']]).toEqual([200, 'br']);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(brotliDecompressSync(answer.body)).toEqual(readFileSync(fileOf('/')));
    });

    it('sends a PDF as it is, whatever the request accepts', async () => {
      const answer = await get(PDF, { 'accept-encoding': BROWSER });
      expect([answer.status, answer.headers['content-encoding']]).toEqual([200, undefined]);
      expect(answer.body).toEqual(pdfBytes);
    });

    for (const { path: sitePath, type } of typedFiles)
      it(`sends ${sitePath} as ${type}, compressed or not`, async () => {
        for (const acceptEncoding of ['', BROWSER]) {
          const answer = await get(sitePath, { 'accept-encoding': acceptEncoding });
          expect([answer.status, answer.headers['content-type']], acceptEncoding).toEqual([
            200,
            type,
          ]);
        }
      });

    it('answers If-None-Match with 304 for the encoding asked', async () => {
      const first = await get(PAGE, { 'accept-encoding': BROWSER });
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^(W\/)?".+"$/);
      const again = await get(PAGE, { 'accept-encoding': BROWSER, 'if-none-match': etag });
      expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, etag]);
      expect(varyOf(again)).toContain('accept-encoding');
      expect(again.headers['cache-control']).toBe('no-cache');
      expectSecurityHeaders(again, 'a 304');
    });

    it('never confirms a brotli copy to a request for gzip', async () => {
      const brotli = await get(PAGE, { 'accept-encoding': 'br' });
      const gzip = await get(PAGE, {
        'accept-encoding': 'gzip',
        'if-none-match': String(brotli.headers.etag),
      });
      expect([gzip.status, gzip.headers['content-encoding']]).toEqual([200, 'gzip']);
      expect(gzip.headers.etag).not.toBe(brotli.headers.etag);
    });

    it('answers If-Modified-Since with 304', async () => {
      const first = await get(PAGE, { 'accept-encoding': 'gzip' });
      const modified = String(first.headers['last-modified']);
      expect(new Date(modified).getTime()).not.toBeNaN();
      const again = await get(PAGE, { 'accept-encoding': 'gzip', 'if-modified-since': modified });
      expect([again.status, again.body.length]).toEqual([304, 0]);
    });

    it('gives every encoding of a page the Last-Modified of the page', async () => {
      const dates = await Promise.all(
        ['br', 'gzip', 'identity'].map(
          async (encoding) =>
            (await get(PAGE, { 'accept-encoding': encoding })).headers['last-modified']
        )
      );
      expect(new Set(dates).size, dates.join(' / ')).toBe(1);
    });

    it('sends the bytes of a PDF a range asks for with 206', async () => {
      const answer = await get(PDF, { range: 'bytes=1000-1999' });
      expect(answer.status).toBe(206);
      expect(answer.headers['content-range']).toBe(`bytes 1000-1999/${pdfBytes.length}`);
      expect(answer.headers['content-type']).toBe('application/pdf');
      expect(answer.body).toEqual(pdfBytes.subarray(1000, 2000));
      const tail = await get(PDF, { range: 'bytes=-100' });
      expect([tail.status, tail.body]).toEqual([206, pdfBytes.subarray(-100)]);
    });

    it('answers a range beyond the end of a PDF with 416', async () => {
      const answer = await get(PDF, { range: `bytes=${pdfBytes.length}-` });
      expect(answer.status).toBe(416);
      expect(answer.headers['content-range']).toBe(`bytes */${pdfBytes.length}`);
      expectSecurityHeaders(answer, 'a 416');
    });

    it('answers HEAD with the headers of GET and no body', async () => {
      for (const [sitePath, headers] of [
        [PAGE, { 'accept-encoding': BROWSER }],
        [PAGE, {}],
        [PDF, {}],
      ] as const) {
        const full = await get(sitePath, headers);
        const head = await get(sitePath, headers, 'HEAD');
        expect(head.status).toBe(200);
        expect(head.body.length).toBe(0);
        for (const name of [
          'content-type',
          'content-encoding',
          'content-length',
          'etag',
          'last-modified',
          'cache-control',
        ]) {
          // Debian's Caddy 2.6 leaves out a precompressed file's length on HEAD, as RFC 9110
          // allows (caddyserver/caddy#7040, fixed by #7251): a length sent must be the GET's.
          if (name === 'content-length' && head.headers[name] === undefined)
            expect(full.headers['content-encoding'], `content-length of ${sitePath}`).toBeDefined();
          else expect(head.headers[name], `${name} of ${sitePath}`).toBe(full.headers[name]);
        }
      }
    });

    it('caches the files of _astro/ for a year and has every other file revalidated', async () => {
      const asset = await get('/_astro/site.Cx3fA9.css', { 'accept-encoding': BROWSER });
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      for (const sitePath of [PAGE, '/', PDF, '/nl/agenda.ics'])
        expect((await get(sitePath)).headers['cache-control'], sitePath).toBe('no-cache');
    });

    it('answers a missing page with the 404 page and status 404, compressed too', async () => {
      const answer = await get('/nl/bestaat-niet/', { 'accept-encoding': BROWSER });
      expect([answer.status, answer.headers['content-encoding']]).toEqual([404, 'br']);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(varyOf(answer)).toContain('accept-encoding');
      expect(brotliDecompressSync(answer.body)).toEqual(readFileSync(fileOf('/404.html')));
      const plain = await get('/nl/bestaat-niet/');
      expect([plain.status, plain.body]).toEqual([404, readFileSync(fileOf('/404.html'))]);
    });

    it('answers dotfiles, dot-folders and compressed copies by name with the 404 page', async () => {
      for (const rawPath of [
        '/.htaccess',
        '/.git/HEAD',
        '/nl/../.git/HEAD',
        '/%2Egit/HEAD',
        `${PAGE}index.html.br`,
        `${PAGE}index.html.gz`,
        '/404.html.br',
      ]) {
        const answer = await get(rawPath);
        expect([answer.status, answer.body.includes('Niet gevonden')], rawPath).toEqual([
          404,
          true,
        ]);
      }
    });

    it('never answers a path with leading slashes with a Location to another host', async () => {
      for (const rawPath of [
        '//nl',
        '//nl/',
        '/\\nl',
        '/\\nl/',
        '/%5Cnl',
        '//evil.example/',
        '//evil.example',
        '/\\evil.example/',
        '///events/veranderatelier-9',
        '//nl/veranderateliers/veranderatelier-9',
        '/\\nl/veranderateliers/veranderatelier-9',
      ]) {
        const { status, headers } = await get(rawPath);
        const location = String(headers.location ?? '/');
        expect(location, `${rawPath} (${status})`).toMatch(/^\/(?![/\\])/);
        expect(location, rawPath).not.toContain('evil.example');
      }
    });

    it('adds the trailing slash to a folder behind leading slashes, on this host', async () => {
      for (const [rawPath, location] of [
        ['//nl', '/nl/'],
        ['/\\nl', '/nl/'],
        ['//nl/veranderateliers/veranderatelier-9', PAGE],
        ['/nl/veranderateliers/veranderatelier-9', PAGE],
      ] as const) {
        const answer = await get(rawPath);
        expect([answer.status, answer.headers.location], rawPath).toEqual([301, location]);
        expectSecurityHeaders(answer, rawPath);
      }
      expect((await get('//nl/')).status).toBe(200);
    });

    it('keeps the query when it adds a trailing slash', async () => {
      const answer = await get('/nl/veranderateliers/veranderatelier-9?van=nieuwsbrief');
      expect(answer.headers.location).toBe(`${PAGE}?van=nieuwsbrief`);
    });

    it('answers HEAD on a redirect with the same status and Location and no body', async () => {
      const answer = await get('/agenda', {}, 'HEAD');
      expect([answer.status, answer.body.length]).toEqual([302, 0]);
      expect(answer.headers.location).toBe(`${PAGE}?van=agenda#programma`);
    });

    it('refuses other methods than GET and HEAD on a file', async () => {
      for (const method of ['POST', 'PUT', 'DELETE']) {
        const answer = await get(PAGE, {}, method);
        expect([answer.status, answer.headers.allow], method).toEqual([405, 'GET, HEAD']);
      }
    });

    it('sends the security headers with every kind of answer', async () => {
      const page = await get(PAGE, { 'accept-encoding': BROWSER });
      const answers: [string, Answer][] = [
        ['a page', page],
        [
          'a 304',
          await get(PAGE, {
            'accept-encoding': BROWSER,
            'if-none-match': String(page.headers.etag),
          }),
        ],
        ['a HEAD', await get(PAGE, {}, 'HEAD')],
        ['a range', await get(PDF, { range: 'bytes=0-9' })],
        ['an asset', await get('/_astro/site.Cx3fA9.css')],
        ['a redirect', await get('/brusano')],
        ['a temporary redirect', await get('/agenda')],
        ['the trailing slash', await get('/nl')],
        ['the 404 page', await get('/bestaat-niet')],
        ['a dotfile', await get('/.git/HEAD')],
        ['a refused method', await get(PAGE, {}, 'POST')],
      ];
      expect(answers.map(([, { status }]) => status)).toEqual([
        200, 304, 200, 206, 200, 301, 302, 301, 404, 404, 405,
      ]);
      for (const [what, answer] of answers) expectSecurityHeaders(answer, what);
    });

    it('serves the release `current` points at now, with its own redirects or none', async () => {
      makeCurrent('bare');
      try {
        const home = await get('/');
        expect([home.status, home.body.includes('Nieuwe release')]).toEqual([200, true]);
        expect((await get(PAGE)).status).toBe(404);
        expect((await get('/brusano')).status).toBe(404);
      } finally {
        makeCurrent(path.basename(release));
      }
      expect((await get('/')).body.includes('Kies je taal')).toBe(true);
      expect((await get(PAGE)).status).toBe(200);
      expect((await get('/brusano')).status).toBe(301);
    });

    it('answers 503 before the first release', async () => {
      rmSync(path.join(releasesDir, 'current'));
      try {
        for (const sitePath of ['/', PAGE, '/brusano']) {
          const answer = await get(sitePath);
          expect([answer.status, answer.headers['retry-after']], sitePath).toEqual([503, '10']);
          expectSecurityHeaders(answer, `${sitePath} before a release`);
        }
      } finally {
        makeCurrent(path.basename(release));
      }
      expect((await get(PAGE)).status).toBe(200);
    });
  });
}
