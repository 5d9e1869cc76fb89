/**
 * The same redirects, written by the site build's integration, answered the same by our own
 * static server, by real nginx and by real Caddy. The oracle is the contract's rule: a request
 * path equal to `from`, with or without its trailing slash, gets `status` and `Location: to`,
 * the query dropped; anything else is not redirected.
 *
 * Locations are compared exactly: nginx would make a site path absolute from the Host header,
 * which the include turns off per location (`absolute_redirect off`); Caddy and our server send
 * `to` as written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/ports.ts';
import { siteSecurityHeaders } from '../../publishing/src/security-headers.ts';
import { startStaticServer } from '../../publishing/src/static-server.ts';
import { writeRedirectFiles } from '../../site/src/lib/redirects/integration.ts';

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

function page(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><title>${text}</title><p>${text}</p>\n`);
}

/** Points `current` at a release the way releases.ts does: a new link renamed over the old. */
function makeCurrent(id: string): void {
  const next = path.join(releasesDir, `.current-${id}`);
  symlinkSync(id, next);
  renameSync(next, path.join(releasesDir, 'current'));
}

function buildFixture(): void {
  page(path.join(client, 'index.html'), 'Kies je taal');
  page(path.join(client, PAGE, 'index.html'), 'Veranderatelier 9');
  page(path.join(client, '404.html'), 'Niet gevonden');
  mkdirSync(path.join(client, '.git'));
  writeFileSync(path.join(client, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(
    path.join(client, 'redirects.json'),
    JSON.stringify({ format: 1, redirects: [...redirects, ...broken] })
  );
  const { skipped } = writeRedirectFiles(client);
  expect(skipped.map(({ index }) => index)).toEqual([redirects.length, redirects.length + 1]);
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

/** A request with the path exactly as given (fetch would normalize `//nl`). */
function rawRequest(
  url: string,
  rawPath: string,
  method = 'GET'
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: hostname, port, path: rawPath, method }, (incoming) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body })
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const running: RunningServer[] = [];

beforeAll(buildFixture);

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
  rmSync(temp, { recursive: true, force: true });
});

const nginx = findBinary('nginx');
const caddy = findBinary('caddy');

/** Each server under test, and the Debian package it needs when its binary is missing. */
const servers: readonly {
  readonly name: string;
  readonly missing: string | null;
  readonly start: () => Promise<RunningServer>;
}[] = [
  {
    name: 'our static server',
    missing: null,
    start: async () => startStaticServer({ port: await freePort(), releasesDir }),
  },
  { name: 'nginx', missing: nginx ? null : 'nginx', start: () => startNginx(nginx ?? 'nginx') },
  { name: 'Caddy', missing: caddy ? null : 'caddy', start: () => startCaddy(caddy ?? 'caddy') },
];

for (const { name, missing, start } of servers) {
  const skip = missing !== null && process.env.CI !== 'true';
  if (skip)
    console.warn(
      `Skipping the redirect tests on ${name}: it is not installed (apt-get install -y ${missing}); CI runs them.`
    );

  describe.skipIf(skip)(`redirects on ${name}`, () => {
    let url = '';

    beforeAll(async () => {
      if (missing !== null)
        throw new Error(
          `${name} is not installed, and CI must test it: apt-get install -y ${missing} (.ci/run does)`
        );
      const server = await start();
      running.push(server);
      url = server.url;
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

describe('our static server', () => {
  let url = '';

  beforeAll(async () => {
    const server = await startStaticServer({ port: await freePort(), releasesDir });
    running.push(server);
    url = server.url;
  });

  it('never answers a path with leading slashes with a protocol-relative Location', async () => {
    for (const rawPath of [
      '//nl',
      '//nl/veranderateliers/veranderatelier-9',
      '///events/veranderatelier-9',
      '/\\nl/veranderateliers/veranderatelier-9',
    ]) {
      const { headers } = await rawRequest(url, rawPath);
      expect(String(headers.location ?? '/'), rawPath).toMatch(/^\/(?![/\\])/);
    }
  });

  it('adds the trailing slash to a folder behind leading slashes, on this host', async () => {
    const answer = await rawRequest(url, '//nl/veranderateliers/veranderatelier-9');
    expect([answer.status, answer.headers.location]).toEqual([301, PAGE]);
  });

  it('keeps the query when it adds a trailing slash', async () => {
    const answer = await rawRequest(url, '/nl/veranderateliers/veranderatelier-9?van=nieuwsbrief');
    expect(answer.headers.location).toBe(`${PAGE}?van=nieuwsbrief`);
  });

  it('answers dotfiles and dot-folders with the 404 page', async () => {
    for (const rawPath of ['/.htaccess', '/.git/HEAD', '/nl/../.git/HEAD', '/%2Egit/HEAD']) {
      const answer = await rawRequest(url, rawPath);
      expect([answer.status, answer.body.includes('Niet gevonden')], rawPath).toEqual([404, true]);
    }
  });

  it('answers HEAD on a redirect with the same status and Location and no body', async () => {
    const answer = await rawRequest(url, '/agenda', 'HEAD');
    expect(answer).toMatchObject({ status: 302, body: '' });
    expect(answer.headers.location).toBe(`${PAGE}?van=agenda#programma`);
  });

  it('sends the security headers with a redirect', async () => {
    const response = await fetch(`${url}/brusano`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    for (const [name, value] of Object.entries(siteSecurityHeaders))
      expect(response.headers.get(name), name).toBe(value);
  });

  it('serves a release without redirects.json without redirects, and the next with its own', async () => {
    const bare = path.join(releasesDir, 'bare');
    page(path.join(bare, 'client', '404.html'), 'Niet gevonden');
    makeCurrent('bare');
    try {
      expect((await fetch(`${url}/brusano`, { redirect: 'manual' })).status).toBe(404);
    } finally {
      makeCurrent(path.basename(release));
    }
    expect((await fetch(`${url}/brusano`, { redirect: 'manual' })).status).toBe(301);
  });
});
