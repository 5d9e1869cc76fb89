/**
 * Incremental builds are only worth having if they build the same site a full build does. For
 * each kind of change an editor makes, this test builds the site twice from the same CMS: once
 * incrementally, from the previous build, with the changes the site-publisher saw (releases
 * folder A), and once in full (folder B); the two served releases must be the same, file for
 * file and byte for byte. Then the faults: a build stopped while it renders, a CMS that answers
 * errors, a build stopped while it indexes search after the switch.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChangedDocument } from '@zorgzone/config';
import { buildPlan } from '../../cms/src/plugins/site-publisher/server/src/build-plan.ts';
import type { BuildChanges } from '../../cms/src/plugins/site-publisher/shared/build-reasons.ts';
import { startCms, type RunningCms } from '../../scripts/lib/cms-process.ts';
import { createScratchDatabase, type ScratchDatabase } from '../../scripts/lib/database.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { siteDir } from '../../publishing/src/paths.ts';
import { currentRelease, publishRelease, type Release } from '../../publishing/src/releases.ts';
import { startStaticServer } from '../../publishing/src/static-server.ts';
import { startFailingProxy } from '../support/failing-proxy.ts';
import { createFixtures, fixtureWorkshops } from '../support/fixtures.ts';
import { photo } from '../support/photos.ts';
import {
  compareReleases,
  sameInode,
  servedFiles,
  type BuildStamp,
} from '../support/release-diff.ts';
import { adminToken, waitForPublisher } from '../support/stack-setup.ts';

const WORKSHOP = 'api::workshop.workshop';
const THEME = 'api::theme.theme';
const PAGE = 'api::page.page';
const NAVIGATION = 'api::navigation.navigation';
const SETTINGS = 'api::site-setting.site-setting';

type Locale = 'nl' | 'fr';

/**
 * Lines of a build that say when it ran rather than what it shows. None so far: the sitemap
 * has no lastmod, the RSS feed's lastBuildDate is its newest report's date, a calendar's DTSTAMP
 * is the workshop's updatedAt, and Pagefind's index is made from the pages alone. A stamp
 * found later goes here, with why, and only its lines are set aside.
 */
const BUILD_STAMPS: readonly BuildStamp[] = [];

/** The workshops this test adds, all on one theme, so renaming it changes many pages. */
const extraWorkshops = [60, 61, 62, 63, 64, 65, 66, 67].map((number) => ({
  number,
  slugs: { nl: `veranderatelier-${number}`, fr: `atelier-du-changement-${number}` },
  titles: { nl: `Het ${number}e veranderatelier`, fr: `Le ${number}e atelier du changement` },
}));
const RENAMED_THEME = { nl: 'voedselonzekerheid' } as const;

const workshopFile = (locale: Locale, slug: string) =>
  locale === 'nl'
    ? `client/nl/veranderateliers/${slug}/index.html`
    : `client/fr/ateliers-du-changement/${slug}/index.html`;

/**
 * Pages no change of this test shows on (a workshop on other themes, in each language): an
 * incremental build must neither render them again nor write them, but link them.
 */
const UNTOUCHED = {
  nl: workshopFile('nl', 'veranderatelier-8'),
  fr: workshopFile('fr', 'atelier-du-changement-8'),
};

let database: ScratchDatabase;
let publicDir: string;
let cms: RunningCms | undefined;
let proxy: Awaited<ReturnType<typeof startFailingProxy>> | undefined;
let token: string;
/** A: incremental builds, as the site-publisher makes them. B: full builds of the same content. */
const releases = {
  incremental: mkdtempSync(path.join(siteDir, '.test-build-incremental-')),
  full: mkdtempSync(path.join(siteDir, '.test-build-full-')),
};
const ids: Record<string, string> = {};

interface CallOptions {
  readonly method?: string;
  readonly body?: unknown;
}

/** A request to this file's CMS as an editor in the admin makes it; fails on an error status. */
async function admin<T = any>(
  urlPath: string,
  { method = 'GET', body }: CallOptions = {}
): Promise<T> {
  const response = await fetch(`${cms!.url}${urlPath}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${urlPath} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

const collection = (uid: string, documentId?: string) =>
  `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;

async function save(uid: string, locale: Locale, data: unknown, documentId?: string) {
  const saved = await admin<{ data: { documentId: string } }>(
    `${collection(uid, documentId)}?locale=${locale}`,
    { method: documentId ? 'PUT' : 'POST', body: data }
  );
  return saved.data.documentId;
}

const publish = (uid: string, documentId: string, locale: Locale) =>
  admin(`${collection(uid, documentId)}/actions/publish?locale=${locale}`, {
    method: 'POST',
    body: {},
  });

const saveSingle = (uid: string, locale: Locale, data: unknown) =>
  admin(`/content-manager/single-types/${uid}?locale=${locale}`, { method: 'PUT', body: data });

const publishSingle = (uid: string, locale: Locale) =>
  admin(`/content-manager/single-types/${uid}/actions/publish?locale=${locale}`, {
    method: 'POST',
    body: {},
  });

/** Uploads a file to the media library, or with `replacing` puts new bytes in place of that file's. */
async function upload(
  name: string,
  bytes: Buffer,
  type: string,
  replacing?: number
): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${cms!.url}/upload${replacing ? `?id=${replacing}` : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (!response.ok) throw new Error(`Upload of ${name}: ${await response.text()}`);
  const body = (await response.json()) as { id: number } | { id: number }[];
  return (Array.isArray(body) ? body[0]! : body).id;
}

async function documentIdOf(pluralApi: string, locale: Locale, slug: string): Promise<string> {
  const response = await fetch(
    `${cms!.url}/api/${pluralApi}?locale=${locale}&filters[slug][$eq]=${slug}`
  );
  const { data } = (await response.json()) as { data: { documentId: string }[] };
  if (!data[0]) throw new Error(`No published ${pluralApi} "${slug}" in ${locale}`);
  return data[0].documentId;
}

/** A one-page PDF the media library accepts, its text making each one's bytes its own. */
const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n`);

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

let seenBuild = 0;

/**
 * What the site-publisher would hand the build for the changes made since the last call: it
 * runs with no local build and only a deploy hook, so it records each batch's changes as it
 * does before a real build, and `buildPlan` turns them into the build's list, as it does there.
 */
async function changesSeen({ listed = true } = {}): Promise<{
  mode: string;
  changes: ChangedDocument[];
}> {
  const builds = (await waitForPublisher(cms!.url, token)) as unknown as {
    id: number;
    trigger: string;
    status: string;
    changes: BuildChanges | null;
  }[];
  const batches = builds.filter((build) => build.id > seenBuild);
  seenBuild = Math.max(seenBuild, ...builds.map((build) => build.id));
  // A build's record lists 20 changes and only counts the rest: this test's changes are fewer.
  if (listed)
    for (const batch of batches) expect(batch.changes?.more ?? [], batch.trigger).toEqual([]);
  return buildPlan(
    batches.map((batch) => ({
      trigger: batch.trigger,
      requestedBy: null,
      changes: batch.changes?.items ?? [],
    }))
  );
}

/** Html pages of a releases folder's kept output written since `since`: what Astro rendered. */
function renderedSince(releasesDir: string, since: number): string[] {
  const client = path.join(releasesDir, '.work', 'out', 'client');
  return readdirSync(client, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .filter((file) => statSync(path.join(client, file)).mtimeMs >= since)
    .map((file) => `client/${file.split(path.sep).join('/')}`)
    .sort();
}

/** What publishRelease keeps between builds: the fingerprint of the code that built them. */
function workState(releasesDir: string): { fingerprint: string } | null {
  try {
    return JSON.parse(readFileSync(path.join(releasesDir, '.work', 'state.json'), 'utf8')) as {
      fingerprint: string;
    };
  } catch {
    return null;
  }
}

interface Built {
  readonly release: Release;
  readonly ms: number;
  /** Pages Astro rendered (the others it kept from the previous build). */
  readonly rendered: readonly string[];
}

async function build(
  releasesDir: string,
  options: Parameters<typeof publishRelease>[1] = {}
): Promise<Built> {
  const started = Date.now();
  const release = await publishRelease(proxy!.url, { releasesDir, ...options });
  return {
    release,
    ms: Date.now() - started,
    // The file system's clock is coarse: a file written as the build began may look a little
    // older. The previous build of this folder ended seconds before (the other folder's ran).
    rendered: renderedSince(releasesDir, started - 50),
  };
}

/** One line per build for the test's output: how long, what it rendered and wrote. */
function describeBuild(label: string, { release, ms, rendered }: Built): string {
  return (
    `${label}: ${release.mode} in ${(ms / 1000).toFixed(1)} s ` +
    `(live after ${(release.liveAfterMs / 1000).toFixed(1)} s, steps ${JSON.stringify(release.steps)}), ` +
    `${rendered.length} pages rendered, ${release.writtenFiles} files written, ` +
    `search before ${JSON.stringify(release.search.beforeLive)} after ${JSON.stringify(release.search.afterLive)}`
  );
}

/**
 * Compares the served releases of A and B. On a difference, A is built again in full before
 * the test fails, so the next kind of change starts from a correct site and fails only for
 * itself.
 */
async function expectSameSite(): Promise<void> {
  const comparison = compareReleases(
    currentRelease(releases.incremental)!,
    currentRelease(releases.full)!,
    BUILD_STAMPS
  );
  if (comparison.differences.length > 0) {
    await build(releases.incremental, { mode: 'full' });
    expect.fail(comparison.report);
  }
  expect(comparison.files).toBeGreaterThan(100);
  // Soft, so the rest of a case is still checked: publishing/src/releases.ts compresses a
  // language's Pagefind scripts and styles only when it indexes the language after the switch
  // (an incremental build); a full build indexes before it and leaves them without copies.
  expect
    .soft(comparison.copies, 'the same files have brotli and gzip copies in both builds')
    .toEqual([]);
}

interface Expectation {
  /** What the site-publisher must have seen (more entries are allowed), or matchers of it. */
  readonly changes: readonly unknown[];
  /** What to build with instead of what it saw: another form it may send for the same change. */
  readonly reported?: readonly ChangedDocument[];
  /** Pages this change does not show on: neither rendered nor written, linked. */
  readonly untouched?: readonly string[];
  /** Pages it does show on: rendered and written anew. */
  readonly touched?: readonly string[];
}

const timings: string[] = [];

/**
 * The change just made, built both ways: incrementally into A with what the site-publisher saw,
 * in full into B. The two sites must be the same, and A's build must have done far less.
 */
async function buildBothWays(label: string, expectation: Expectation): Promise<Built> {
  const plan = await changesSeen();
  expect(plan.mode, 'the site-publisher would build incrementally').toBe('incremental');
  for (const change of expectation.changes) expect(plan.changes).toContainEqual(change);
  const changes = expectation.reported ?? plan.changes;
  const before = currentRelease(releases.incremental)!;
  const stateBefore = workState(releases.incremental);
  const incremental = await build(releases.incremental, { changes });
  const full = await build(releases.full, { mode: 'full' });
  const lines = [
    `${label}: changes ${JSON.stringify(changes.map((change) => [change.contentType.split('.')[1], change.locale]))}`,
    `  ${describeBuild('A', incremental)}`,
    `  ${describeBuild('B', full)}`,
  ];
  timings.push(...lines);
  console.log(lines.join('\n'));

  expect(
    incremental.release.mode,
    workState(releases.incremental)?.fingerprint === stateBefore?.fingerprint
      ? 'the build was not incremental'
      : 'the build was not incremental: the site’s code or settings changed while the test ran'
  ).toBe('incremental');
  expect(full.release.mode).toBe('full');
  await expectSameSite();

  const after = currentRelease(releases.incremental)!;
  expect(after).not.toBe(before);
  expect(incremental.rendered.length).toBeGreaterThan(0);
  expect(incremental.rendered.length).toBeLessThan(full.rendered.length);
  // A release from scratch writes each of its files; this one wrote only what changed.
  expect(incremental.release.writtenFiles).toBeLessThan(servedFiles(after).length / 4);
  for (const file of expectation.untouched ?? []) {
    expect(incremental.rendered, `${file} was rendered again`).not.toContain(file);
    expect(
      sameInode(before, after, file),
      `${file} is not a hard link to the previous release's`
    ).toBe(true);
  }
  for (const file of expectation.touched ?? []) {
    expect(incremental.rendered, `${file} was not rendered again`).toContain(file);
    expect(sameInode(before, after, file), `${file} was not written anew`).toBe(false);
  }
  return incremental;
}

beforeAll(async () => {
  database = await createScratchDatabase('test');
  publicDir = mkdtempSync(path.join(tmpdir(), 'zorgzone-public-'));
  mkdirSync(path.join(publicDir, 'uploads'));
  const cmsPort = await freePort();
  proxy = await startFailingProxy(await freePort(), cmsPort);
  cms = await startCms({
    port: cmsPort,
    output: 'pipe',
    env: {
      ...inject('cmsEnv'),
      ...database.env,
      PUBLIC_DIR: publicDir,
      // The site-publisher records what changed, as before every build, but builds nothing
      // itself: only this test builds, into its own folders.
      SITE_PUBLISHER_ENABLED: 'true',
      SITE_LOCAL_BUILD: 'false',
      DEPLOY_HOOK_URL: `${proxy.url}/__test/hook`,
      SITE_PUBLISHER_DEBOUNCE_MS: '200',
      SITE_RELEASES_DIR: path.join(publicDir, 'no-releases'),
    },
  });
  token = await adminToken(cms.url);
  await createFixtures(cms.url, token);

  const theme = {
    nl: await documentIdOf('themes', 'nl', RENAMED_THEME.nl),
  };
  ids.theme = theme.nl;
  for (const workshop of extraWorkshops) {
    const fields = (locale: Locale) => ({
      number: workshop.number,
      title: workshop.titles[locale],
      slug: workshop.slugs[locale],
      date: `2024-${String((workshop.number % 12) + 1).padStart(2, '0')}-1${workshop.number % 10}`,
      summary: `${workshop.titles[locale]}: ${locale === 'nl' ? 'een verslag' : 'un compte rendu'}.`,
      themes: { connect: [{ documentId: theme.nl, locale }] },
    });
    const documentId = await save(WORKSHOP, 'nl', fields('nl'));
    await publish(WORKSHOP, documentId, 'nl');
    await save(WORKSHOP, 'fr', fields('fr'), documentId);
    await publish(WORKSHOP, documentId, 'fr');
    ids[workshop.number] = documentId;
  }
  // The seed's and the fixtures' publications: the first builds are full ones anyway.
  await changesSeen({ listed: false });

  const first = await build(releases.incremental);
  const full = await build(releases.full, { mode: 'full' });
  const lines = [
    'first builds of the content',
    `  ${describeBuild('A', first)}`,
    `  ${describeBuild('B', full)}`,
  ];
  timings.push(...lines);
  console.log(lines.join('\n'));
}, 600_000);

afterAll(async () => {
  console.log(`incremental and full builds:\n${timings.join('\n')}`);
  await cms?.stop();
  await proxy?.stop();
  await database?.drop();
  rmSync(releases.incremental, { recursive: true, force: true });
  rmSync(releases.full, { recursive: true, force: true });
  rmSync(publicDir, { recursive: true, force: true });
});

describe('an incremental build makes the same site as a full one', { timeout: 600_000 }, () => {
  it('from the same content, before any change: two full builds agree', async () => {
    await expectSameSite();
  });

  it('after a workshop’s title is changed, and switches atomically to a release of hard links', async () => {
    const documentId = ids[60]!;
    await save(WORKSHOP, 'nl', { title: 'Een nieuwe titel voor het 60e' }, documentId);
    await publish(WORKSHOP, documentId, 'nl');

    // Every few milliseconds while the build runs: `current` always leads to a whole release.
    const link = path.join(releases.incremental, 'current');
    const seen: string[] = [];
    const broken: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        try {
          const target = readlinkSync(link);
          if (seen.at(-1) !== target) seen.push(target);
          for (const file of [
            'client/nl/index.html',
            UNTOUCHED.nl,
            workshopFile('nl', 'veranderatelier-60'),
          ])
            statSync(path.join(releases.incremental, target, file));
        } catch (error) {
          broken.push((error as Error).message);
        }
        await delay(2);
      }
    })();
    const before = readlinkSync(link);
    try {
      await buildBothWays('a workshop’s title', {
        changes: [{ contentType: WORKSHOP, documentId, locale: 'nl' }],
        untouched: [UNTOUCHED.nl, UNTOUCHED.fr, workshopFile('fr', 'atelier-du-changement-60')],
        touched: [workshopFile('nl', 'veranderatelier-60')],
      });
    } finally {
      watching = false;
      await watcher;
    }
    expect(broken).toEqual([]);
    // The old release, the new one, and the new one with its search index: nothing in between.
    expect(seen[0]).toBe(before);
    expect(seen.at(-1)).toBe(readlinkSync(link));
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(
      readdirSync(releases.incremental).filter((name) => name.startsWith('.current-'))
    ).toEqual([]);
    const html = readFileSync(
      path.join(currentRelease(releases.incremental)!, workshopFile('nl', 'veranderatelier-60')),
      'utf8'
    );
    expect(html).toContain('Een nieuwe titel voor het 60e');
  });

  it('after a workshop’s slug is changed, with the redirect from its old address', async () => {
    const documentId = ids[61]!;
    await save(WORKSHOP, 'nl', { slug: 'veranderatelier-61-verhuisd' }, documentId);
    await publish(WORKSHOP, documentId, 'nl');
    await buildBothWays('a workshop’s slug', {
      changes: [{ contentType: WORKSHOP, documentId, locale: 'nl' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      touched: [workshopFile('nl', 'veranderatelier-61-verhuisd')],
    });
    const release = currentRelease(releases.incremental)!;
    expect(servedFiles(release)).not.toContain(workshopFile('nl', 'veranderatelier-61'));
    expect(readFileSync(path.join(release, 'client', 'redirects.json'), 'utf8')).toMatch(
      /"\/nl\/veranderateliers\/veranderatelier-61\/?"[^}]*"\/nl\/veranderateliers\/veranderatelier-61-verhuisd\/"/
    );
  });

  it('after a field both languages share (the date) is changed from Dutch', async () => {
    const documentId = ids[60]!;
    await save(WORKSHOP, 'nl', { date: '2024-01-20' }, documentId);
    await publish(WORKSHOP, documentId, 'nl');
    await buildBothWays('a shared field', {
      changes: [{ contentType: WORKSHOP, documentId, locale: 'nl' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      touched: [workshopFile('nl', 'veranderatelier-60')],
    });
  });

  it('after a presentation file is given to a workshop, and then replaced in the media library', async () => {
    const documentId = ids[64]!;
    const file = await upload('presentatie-64.pdf', pdf('eerste versie'), 'application/pdf');
    await save(WORKSHOP, 'nl', { presentationFile: file }, documentId);
    await publish(WORKSHOP, documentId, 'nl');
    await buildBothWays('a presentation file', {
      changes: [{ contentType: WORKSHOP, documentId, locale: 'nl' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      touched: [workshopFile('nl', 'veranderatelier-64')],
    });
    // A corrected file in place of the first, as the media library's Replace does: no document
    // is saved or published, so the site-publisher sees no change at all.
    await upload('presentatie-64.pdf', pdf('verbeterde versie'), 'application/pdf', file);
    await buildBothWays('a presentation file replaced', {
      changes: [],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      touched: [workshopFile('nl', 'veranderatelier-64')],
    });
  });

  it('after a workshop is unpublished in one language', async () => {
    const documentId = ids[62]!;
    await admin(`${collection(WORKSHOP, documentId)}/actions/unpublish?locale=nl`, {
      method: 'POST',
      body: {},
    });
    await buildBothWays('a workshop unpublished', {
      changes: [{ contentType: WORKSHOP, documentId, locale: 'nl' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
    });
    const release = currentRelease(releases.incremental)!;
    expect(servedFiles(release)).not.toContain(workshopFile('nl', 'veranderatelier-62'));
    expect(servedFiles(release)).toContain(workshopFile('fr', 'atelier-du-changement-62'));
  });

  it('after a workshop is deleted in every language', async () => {
    const documentId = ids[63]!;
    await admin(`${collection(WORKSHOP, documentId)}?locale=*`, { method: 'DELETE' });
    await buildBothWays('a workshop deleted', {
      // One change per language the delete took away, as Strapi returns its rows.
      changes: [
        { contentType: WORKSHOP, documentId, locale: 'nl' },
        { contentType: WORKSHOP, documentId, locale: 'fr' },
      ],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
    });
    const files = servedFiles(currentRelease(releases.incremental)!);
    expect(files).not.toContain(workshopFile('nl', 'veranderatelier-63'));
    expect(files).not.toContain(workshopFile('fr', 'atelier-du-changement-63'));
  });

  it('after a workshop is deleted, reported for every language at once', async () => {
    const documentId = ids[67]!;
    await admin(`${collection(WORKSHOP, documentId)}?locale=*`, { method: 'DELETE' });
    // The site-publisher names no language when Strapi returns no rows for a delete.
    await buildBothWays('a workshop deleted (no language named)', {
      changes: [expect.objectContaining({ contentType: WORKSHOP, documentId })],
      reported: [{ contentType: WORKSHOP, documentId, locale: null }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
    });
    const files = servedFiles(currentRelease(releases.incremental)!);
    expect(files).not.toContain(workshopFile('nl', 'veranderatelier-67'));
    expect(files).not.toContain(workshopFile('fr', 'atelier-du-changement-67'));
  });

  it('after a French version is added to a Dutch-only workshop', async () => {
    const { slug } = fixtureWorkshops.dutchOnly;
    const documentId = await documentIdOf('workshops', 'nl', slug);
    ids.dutchOnly = documentId;
    await save(
      WORKSHOP,
      'fr',
      { title: 'Enfin en français', slug: 'enfin-en-francais', date: '2025-01-15' },
      documentId
    );
    await publish(WORKSHOP, documentId, 'fr');
    await buildBothWays('a translation added', {
      changes: [{ contentType: WORKSHOP, documentId, locale: 'fr' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      // Its Dutch page's language switcher and hreflang set now lead to the French one.
      touched: [workshopFile('nl', slug), workshopFile('fr', 'enfin-en-francais')],
    });
  });

  it('after that French version is deleted again', async () => {
    const documentId = ids.dutchOnly!;
    await admin(`${collection(WORKSHOP, documentId)}?locale=fr`, { method: 'DELETE' });
    await buildBothWays('a translation removed', {
      changes: [{ contentType: WORKSHOP, documentId, locale: 'fr' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      touched: [workshopFile('nl', fixtureWorkshops.dutchOnly.slug)],
    });
    expect(servedFiles(currentRelease(releases.incremental)!)).not.toContain(
      workshopFile('fr', 'enfin-en-francais')
    );
  });

  it('after a theme shown on many workshop pages is renamed', async () => {
    await save(THEME, 'nl', { name: 'Voedselonzekerheid en armoede' }, ids.theme);
    await publish(THEME, ids.theme!, 'nl');
    const built = await buildBothWays('a theme renamed', {
      changes: [{ contentType: THEME, documentId: ids.theme!, locale: 'nl' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      touched: [
        workshopFile('nl', 'veranderatelier-9'),
        workshopFile('nl', 'veranderatelier-64'),
        workshopFile('nl', 'veranderatelier-66'),
      ],
    });
    expect(
      built.rendered.filter((file) => file.startsWith('client/nl/veranderateliers/')).length
    ).toBeGreaterThanOrEqual(6);
  });

  it('after the Dutch menu changes', async () => {
    const navigation = await admin<{ data: { header: Record<string, unknown>[] } }>(
      `/content-manager/single-types/${NAVIGATION}?locale=nl`
    );
    const header = navigation.data.header.map(({ label, list, url, page }) => ({
      label,
      list,
      url,
      ...(page
        ? { page: { documentId: (page as { documentId: string }).documentId, locale: 'nl' } }
        : {}),
    }));
    await saveSingle(NAVIGATION, 'nl', {
      header: [...header, { label: 'Alle verslagen', list: 'workshops' }],
    });
    await publishSingle(NAVIGATION, 'nl');
    await buildBothWays('the menu', {
      changes: [expect.objectContaining({ contentType: NAVIGATION, locale: 'nl' })],
      // Every Dutch page shows the menu; no French one does.
      untouched: [UNTOUCHED.fr],
      touched: [UNTOUCHED.nl],
    });
  });

  it('after the Dutch site settings change', async () => {
    await saveSingle(SETTINGS, 'nl', { tagline: 'Samen zorgen in het zuiden van Brussel' });
    await publishSingle(SETTINGS, 'nl');
    await buildBothWays('the site settings', {
      changes: [expect.objectContaining({ contentType: SETTINGS, locale: 'nl' })],
      untouched: [UNTOUCHED.fr],
      touched: [UNTOUCHED.nl],
    });
  });

  it('after an editor’s new page with the latest workshop reports is published', async () => {
    const documentId = await save(PAGE, 'nl', {
      title: 'Laatste verslagen',
      slug: 'laatste-verslagen',
      blocks: [
        { __component: 'blocks.rich-text', body: paragraph('De nieuwste verslagen.') },
        { __component: 'blocks.latest-items', heading: 'Nieuw', kind: 'workshopReports', count: 3 },
      ],
    });
    ids.page = documentId;
    await publish(PAGE, documentId, 'nl');
    await buildBothWays('a new page', {
      changes: [{ contentType: PAGE, documentId, locale: 'nl' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      touched: ['client/nl/laatste-verslagen/index.html'],
    });
  });

  it('after a new image is added to that page', async () => {
    const image = await upload(
      'nieuw-beeld.jpg',
      await photo(1600, 1000, { accent: '#2e7bb3' }),
      'image/jpeg'
    );
    await save(
      PAGE,
      'nl',
      {
        blocks: [
          { __component: 'blocks.rich-text', body: paragraph('De nieuwste verslagen.') },
          { __component: 'blocks.image', image, alt: 'Een blauw huis', decorative: false },
          {
            __component: 'blocks.latest-items',
            heading: 'Nieuw',
            kind: 'workshopReports',
            count: 3,
          },
        ],
      },
      ids.page
    );
    await publish(PAGE, ids.page!, 'nl');
    const before = servedFiles(currentRelease(releases.incremental)!);
    await buildBothWays('a new image', {
      changes: [{ contentType: PAGE, documentId: ids.page!, locale: 'nl' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      touched: ['client/nl/laatste-verslagen/index.html'],
    });
    const added = servedFiles(currentRelease(releases.incremental)!).filter(
      (file) => !before.includes(file)
    );
    expect(added.filter((file) => file.startsWith('client/media/')).length).toBeGreaterThan(6);
  });

  it('after that image is taken out of the page again', async () => {
    await save(
      PAGE,
      'nl',
      {
        blocks: [
          { __component: 'blocks.rich-text', body: paragraph('De nieuwste verslagen.') },
          {
            __component: 'blocks.latest-items',
            heading: 'Nieuw',
            kind: 'workshopReports',
            count: 3,
          },
        ],
      },
      ids.page
    );
    await publish(PAGE, ids.page!, 'nl');
    await buildBothWays('an image taken out', {
      changes: [{ contentType: PAGE, documentId: ids.page!, locale: 'nl' }],
      untouched: [UNTOUCHED.nl, UNTOUCHED.fr],
      touched: ['client/nl/laatste-verslagen/index.html'],
    });
  });
});

describe('an interrupted incremental build', { timeout: 600_000 }, () => {
  /** Every file of the served release, by path, with its inode: what visitors are sent. */
  const servedState = () => {
    const release = currentRelease(releases.incremental)!;
    return {
      release,
      files: Object.fromEntries(
        servedFiles(release).map((file) => [file, statSync(path.join(release, file)).ino])
      ),
    };
  };
  const releaseFolders = () =>
    readdirSync(releases.incremental)
      .filter((name) => /^\d{4}-/.test(name))
      .sort();

  const retitle = async (number: number, title: string) => {
    await save(WORKSHOP, 'nl', { title }, ids[number]);
    await publish(WORKSHOP, ids[number]!, 'nl');
    return changesSeen();
  };

  /** The next build after a fault: incremental if it can be, and the same site as a full one. */
  const recovers = async (label: string, plan: { changes: ChangedDocument[] }) => {
    const next = await build(releases.incremental, { changes: plan.changes });
    const full = await build(releases.full, { mode: 'full' });
    const lines = [label, `  ${describeBuild('A', next)}`, `  ${describeBuild('B', full)}`];
    timings.push(...lines);
    console.log(lines.join('\n'));
    await expectSameSite();
  };

  it('stopped while it renders, leaves the served site as it was; the next build is right', async () => {
    const plan = await retitle(64, 'Onderbroken titel');
    const served = servedState();
    const folders = releaseFolders();
    const site = await startStaticServer({
      port: await freePort(),
      releasesDir: releases.incremental,
    });
    try {
      const aborter = new AbortController();
      const out = path.join(releases.incremental, '.work', 'out', 'client');
      const started = Date.now();
      let settled = false;
      const building = build(releases.incremental, {
        changes: plan.changes,
        signal: aborter.signal,
      }).then(
        () => null,
        (error: Error) => error
      );
      void building.finally(() => (settled = true));
      // As soon as Astro renders its first page into the kept output.
      let rendering = false;
      while (!rendering && !settled) {
        rendering = readdirSync(out, { recursive: true, encoding: 'utf8' }).some(
          (file) => file.endsWith('.html') && statSync(path.join(out, file)).mtimeMs >= started
        );
        if (!rendering) await delay(10);
      }
      aborter.abort(new Error('Stopped by the test'));
      const error = await building;
      expect(error?.message).toMatch(/Stopped by the test/);

      expect(servedState()).toEqual(served);
      expect(releaseFolders()).toEqual(folders);
      const page = await fetch(`${site.url}/nl/veranderateliers/veranderatelier-64/`);
      expect(page.status).toBe(200);
      expect(await page.text()).not.toContain('Onderbroken titel');
    } finally {
      await site.stop();
    }
    await recovers('after a build stopped while rendering', plan);
  });

  it('that the CMS answers with errors, leaves the served site as it was; the next build is right', async () => {
    const plan = await retitle(65, 'Titel tijdens een storing');
    const served = servedState();
    const folders = releaseFolders();
    await fetch(`${proxy!.url}/__test/fail`, { method: 'POST' });
    let error: Error | null = null;
    try {
      await build(releases.incremental, { changes: plan.changes });
    } catch (caught) {
      error = caught as Error;
    } finally {
      await fetch(`${proxy!.url}/__test/recover`, { method: 'POST' });
    }
    expect(error?.message).toMatch(/answered 500/);
    expect(servedState()).toEqual(served);
    expect(releaseFolders()).toEqual(folders);
    await recovers('after a build the CMS refused', plan);
  });

  it('stopped while it indexes search after the switch, is made whole by the next build', async () => {
    const plan = await retitle(66, 'Gevonden door de zoekfunctie');
    const before = currentRelease(releases.incremental)!;
    const aborter = new AbortController();
    const building = build(releases.incremental, { changes: plan.changes, signal: aborter.signal });
    // The pages went live; their search index is being made in a second release.
    while (currentRelease(releases.incremental) === before) await delay(5);
    aborter.abort(new Error('Stopped by the test'));
    const stopped = await building;
    const live = currentRelease(releases.incremental)!;
    expect(path.basename(live)).toBe(stopped.release.id);
    expect(
      readFileSync(path.join(live, workshopFile('nl', 'veranderatelier-66')), 'utf8')
    ).toContain('Gevonden door de zoekfunctie');
    // Nothing changed since: the next build has only the unfinished index to catch up on.
    await changesSeen();
    const next = await build(releases.incremental, { changes: [] });
    const full = await build(releases.full, { mode: 'full' });
    const lines = [
      'after a build stopped while indexing search',
      `  ${describeBuild('A', next)}`,
      `  ${describeBuild('B', full)}`,
    ];
    timings.push(...lines);
    console.log(lines.join('\n'));
    // A bug in publishing/src/releases.ts, not fixed here: the stopped build's state says its
    // live release is done, and a build indexes again only the languages whose pages it wrote,
    // so the Dutch index stays the one from before the stopped build until a Dutch page changes.
    const entry = (releasesDir: string) =>
      readFileSync(
        path.join(currentRelease(releasesDir)!, 'client', 'pagefind', 'nl', 'pagefind-entry.json'),
        'utf8'
      );
    expect(
      entry(releases.incremental),
      'the Dutch search index the stopped build did not finish is made by the next build'
    ).toBe(entry(releases.full));
    await expectSameSite();
  });
});
