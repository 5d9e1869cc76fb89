import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { filesUnder } from '../../../publishing/src/release-files.ts';
import { importSiteModule } from '../site-modules.ts';

export const WORKSHOP = 'api::workshop.workshop';

/** The little of the site's models this needs; the site's own types use extensionless imports. */
interface Ref {
  readonly documentId: string;
}
interface WorkshopEntry extends Ref {
  readonly slug: string;
  readonly title: string;
  readonly number: number;
  readonly date: string;
}
interface ThemeEntry extends Ref {
  readonly slug: string;
}
interface LocaleEntries {
  readonly workshops: readonly WorkshopEntry[];
  readonly themes: readonly ThemeEntry[];
  readonly focusEditions: readonly unknown[];
}
interface Route {
  locale: 'nl';
  kind: 'workshop' | 'workshops' | 'theme' | 'home';
  slug?: string;
  page?: number;
}
interface RoutesModule {
  pathTo(route: Route): string;
  rssPath(locale: 'nl'): string;
  calendarPath(locale: 'nl'): string;
  workshopCalendarPath(locale: 'nl', slug: string): string;
}
interface PagesModule {
  LIST_PAGE_SIZE: number;
  splitWorkshops(workshops: readonly WorkshopEntry[]): {
    upcoming: WorkshopEntry[];
    past: WorkshopEntry[];
  };
  workshopsInListOrder(workshops: readonly WorkshopEntry[]): WorkshopEntry[];
  themeCoverage(
    theme: ThemeEntry,
    workshops: readonly WorkshopEntry[],
    focusEditions: readonly unknown[]
  ): { roundTables: { workshop: WorkshopEntry }[]; otherWorkshops: WorkshopEntry[] };
}
interface SnapshotModule {
  readSnapshot(file: string): { nl: LocaleEntries };
}

// Constants of the site's templates that no module exports: HomePage.astro's latest reports,
// rss.xml.ts's RSS_ITEMS.
const HOME_REPORTS = 3;
const RSS_ITEMS = 50;

/** A page of the served site that shows the workshop, and whether its title is on it. */
export interface ShowingPage {
  readonly path: string;
  readonly why: string;
  /** False for a page that shows the workshop without its title: a title change leaves it as it is. */
  readonly showsTitle: boolean;
}

export interface EditTarget {
  readonly documentId: string;
  readonly number: number;
  readonly slug: string;
  readonly pages: readonly ShowingPage[];
}

/**
 * The Dutch workshop an editor is most likely to correct, the newest report, and every page that
 * shows it, found with the site's own functions (site/src/lib/pages.ts) on the content the CMS
 * build read: its page; the list page that lists it; home, the RSS feed and the calendar, which
 * show the newest reports; the theme pages of its round tables and themes. The sitemap lists
 * addresses only, and a title change keeps the address (the slug is its own field).
 */
export async function pagesShowingWorkshop(snapshotFile: string): Promise<EditTarget> {
  const [routes, pages, snapshot] = await Promise.all([
    importSiteModule<RoutesModule>('lib/routes.ts'),
    importSiteModule<PagesModule>('lib/pages.ts'),
    importSiteModule<SnapshotModule>('lib/strapi/snapshot.ts'),
  ]);
  const content = snapshot.readSnapshot(snapshotFile).nl;
  const { upcoming, past } = pages.splitWorkshops(content.workshops);
  const workshop = past[0] ?? upcoming[0];
  if (!workshop) throw new Error('No workshop is published in Dutch.');
  const is = (entry: Ref) => entry.documentId === workshop.documentId;
  const shown: ShowingPage[] = [
    {
      path: routes.pathTo({ locale: 'nl', kind: 'workshop', slug: workshop.slug }),
      why: 'its page',
      showsTitle: true,
    },
  ];
  const listPage =
    Math.floor(pages.workshopsInListOrder(content.workshops).findIndex(is) / pages.LIST_PAGE_SIZE) +
    1;
  shown.push({
    path: routes.pathTo({
      locale: 'nl',
      kind: 'workshops',
      ...(listPage > 1 ? { page: listPage } : {}),
    }),
    why: `workshops list page ${listPage}`,
    showsTitle: true,
  });
  if (is(upcoming[0] ?? { documentId: '' }) || past.slice(0, HOME_REPORTS).some(is))
    shown.push({
      path: routes.pathTo({ locale: 'nl', kind: 'home' }),
      why: 'home',
      showsTitle: true,
    });
  if (past.slice(0, RSS_ITEMS).some(is))
    shown.push({ path: routes.rssPath('nl'), why: 'RSS feed', showsTitle: true });
  shown.push({ path: routes.calendarPath('nl'), why: 'calendar', showsTitle: true });
  if (upcoming.some(is))
    shown.push({
      path: routes.workshopCalendarPath('nl', workshop.slug),
      why: 'its calendar file',
      showsTitle: true,
    });
  for (const theme of content.themes) {
    const coverage = pages.themeCoverage(theme, content.workshops, content.focusEditions);
    const byTitle = coverage.otherWorkshops.some(is);
    // ThemePage.astro names a round table's workshop by number and date, only the others by title.
    if (byTitle || coverage.roundTables.some((entry) => is(entry.workshop)))
      shown.push({
        path: routes.pathTo({ locale: 'nl', kind: 'theme', slug: theme.slug }),
        why: byTitle ? 'theme page' : 'theme page (by number and date)',
        showsTitle: byTitle,
      });
  }
  return {
    documentId: workshop.documentId,
    number: workshop.number,
    slug: workshop.slug,
    pages: shown,
  };
}

/** The site path a release's file is served at. */
const sitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Every page and feed of a release whose text contains `text`: a check on what the site's code
 * says shows the workshop. Pagefind's fragments are gzipped, so search is not among them.
 */
function filesContaining(clientDir: string, text: string): string[] {
  return filesUnder(clientDir)
    .filter((file) => /\.(html|xml|ics|txt)$/.test(file) && !file.startsWith('pagefind/'))
    .filter((file) => readFileSync(path.join(clientDir, file), 'utf8').includes(text))
    .map(sitePath);
}

type BuildSummary = {
  id: number;
  status: 'building' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  reason: string | null;
};

async function publisherStatus(cmsUrl: string, token: string) {
  const response = await fetch(`${cmsUrl}/site-publisher/status`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`GET /site-publisher/status: ${response.status}`);
  return ((await response.json()) as { data: { state: string; builds: BuildSummary[] } }).data;
}

/** The newest build the site-publisher has recorded, 0 before any. */
export async function lastBuildId(cmsUrl: string, token: string): Promise<number> {
  return (await publisherStatus(cmsUrl, token)).builds[0]?.id ?? 0;
}

/** Waits for the site-publisher to have finished a build newer than `afterId`, and nothing queued. */
export async function buildAfter(
  cmsUrl: string,
  token: string,
  afterId: number,
  timeoutMs = 600_000
): Promise<BuildSummary> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { state, builds } = await publisherStatus(cmsUrl, token);
    const build = builds.find((entry) => entry.id > afterId && entry.status !== 'building');
    if (state === 'idle' && build && builds[0]?.status !== 'building') return build;
    if (Date.now() > deadline)
      throw new Error(`The site-publisher had not built after ${timeoutMs / 1000} s.`);
    await delay(100);
  }
}

/**
 * Gives a workshop a new Dutch title as an editor does: save, then publish, through the admin
 * API. Returns when the publish request was sent, in `performance.now()` and wall-clock time.
 */
export async function saveAndPublish(
  cmsUrl: string,
  token: string,
  documentId: string,
  title: string
): Promise<{ at: number; atWall: number; publishMs: number }> {
  const admin = async (request: string, method: string, body: unknown) => {
    const response = await fetch(
      `${cmsUrl}/content-manager/collection-types/${WORKSHOP}${request}`,
      {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }
    );
    if (!response.ok)
      throw new Error(`${method} ${request}: ${response.status} ${await response.text()}`);
  };
  await admin(`/${documentId}?locale=nl`, 'PUT', { title });
  const atWall = Date.now();
  const at = performance.now();
  await admin(`/${documentId}/actions/publish?locale=nl`, 'POST', {});
  return { at, atWall, publishMs: performance.now() - at };
}

export interface OneEditToLive {
  readonly workshop: { documentId: string; number: number; path: string };
  /** The title it was given. */
  readonly title: string;
  /** From the publish request until every page that shows the title served the new one. */
  readonly seconds: number;
  /** The publish request's own answer time. */
  readonly publishMs: number;
  /** Each page, and when it first served the new title (null: not waited for, see `why`). */
  readonly pages: readonly (ShowingPage & { seconds: number | null })[];
  /** Pages whose text had the old title that the site's code did not name (waited for too). */
  readonly unexpected: readonly string[];
  /** Pages the code named as showing the title that did not have it before the edit. */
  readonly missing: readonly string[];
  /** When `current` pointed at another release: the build's release, then its search's. */
  readonly switches: readonly { release: string; seconds: number }[];
  /** When a served Dutch search fragment first held the new title. */
  readonly searchSeconds: number;
  /** The site-publisher's record of the build, its times from the publish request. */
  readonly build: {
    readonly status: string;
    readonly mode: 'incremental' | 'full';
    readonly startedAfterMs: number;
    readonly durationMs: number | null;
    readonly finishedAfterMs: number | null;
  };
  /** Fragments of the Dutch search index, after it followed, whose page the release lacks. */
  readonly searchLeadsNowhere: number;
}

/** Often enough that the figure is not rounded up by more than a few hundredths. */
const POLL_MS = 50;
/**
 * Pages are fetched when `current` moves, which is when the site server serves another release,
 * and otherwise this often, should a server follow later: the whole calendar, a few MB at
 * N = 5,000, fetched 20 times a second would take the CPU from the build being timed.
 */
const FETCH_ANYWAY_MS = 500;

const readLink = (file: string) => {
  try {
    return readlinkSync(file);
  } catch {
    return null;
  }
};

const fragmentDir = (releaseDir: string) =>
  path.join(releaseDir, 'client', 'pagefind', 'nl', 'fragment');
const fragmentNames = (releaseDir: string) =>
  existsSync(fragmentDir(releaseDir)) ? readdirSync(fragmentDir(releaseDir)) : [];
/** A Pagefind fragment: gzipped, a signature, then JSON with the page's url, text and meta. */
const readFragment = (file: string) =>
  JSON.parse(
    gunzipSync(readFileSync(file))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '')
  ) as {
    url: string;
    content: string;
    meta?: { title?: string };
  };

/** The served fragment that holds `title`, among those the release has and `known` had not. */
async function searchFragmentWith(
  siteUrl: string,
  releaseDir: string,
  known: ReadonlySet<string>,
  title: string
): Promise<string | null> {
  for (const name of fragmentNames(releaseDir)) {
    if (known.has(name)) continue;
    const fragment = readFragment(path.join(fragmentDir(releaseDir), name));
    if (!`${fragment.meta?.title ?? ''} ${fragment.content}`.includes(title)) continue;
    const served = await fetch(`${siteUrl}/pagefind/nl/fragment/${name}`);
    await served.arrayBuffer();
    if (served.ok) return name;
  }
  return null;
}

/**
 * One published edit until every page that shows it serves it: a workshop's Dutch title is saved
 * then published through the admin API, with the CMS's site-publisher building into
 * `releasesDir`, which `siteUrl` serves. The clock runs from the publish request. Then until the
 * Dutch search index has the new title, and the site-publisher's record of the build.
 */
export async function measureOneEditToLive({
  cmsUrl,
  siteUrl,
  adminToken,
  releasesDir,
  target,
  oldTitle,
  timeoutMs = 600_000,
}: {
  cmsUrl: string;
  siteUrl: string;
  adminToken: string;
  releasesDir: string;
  target: EditTarget;
  /** The workshop's Dutch title as the served site shows it now. */
  oldTitle: string;
  timeoutMs?: number;
}): Promise<OneEditToLive> {
  const link = path.join(releasesDir, 'current');
  const before = path.resolve(releasesDir, readLink(link) ?? '');
  const showing = filesContaining(path.join(before, 'client'), oldTitle);
  const named = new Set(target.pages.filter((page) => page.showsTitle).map((page) => page.path));
  const unexpected = showing.filter((page) => !named.has(page));
  const missing = [...named].filter((page) => !showing.includes(page));
  // Waiting for a page that never had the title would wait for ever: those are reported instead.
  const waited = showing;
  const knownFragments = new Set(fragmentNames(before));
  // A full build deletes the folder it keeps between builds: this says which kind the CMS ran.
  const marker = path.join(releasesDir, '.work', 'bench-kept-since-last-build');
  writeFileSync(marker, '');
  const afterId = await lastBuildId(cmsUrl, adminToken);

  const title = `Gewijzigd voor de benchmark ${Date.now()}`;
  const published = await saveAndPublish(cmsUrl, adminToken, target.documentId, title);
  const since = (time: number) => (time - published.at) / 1000;
  const liveAt = new Map<string, number>();
  const switches: { release: string; seconds: number }[] = [];
  let current = readLink(link);
  let lastFetch = -Infinity;
  let searchAt: number | null = null;
  while (liveAt.size < waited.length || searchAt === null) {
    const now = performance.now();
    if (now - published.at > timeoutMs) {
      const late = waited.filter((page) => !liveAt.has(page));
      throw new Error(
        `After ${timeoutMs / 1000} s, ${late.length ? `${late.join(', ')} still lacked` : 'search still lacked'} the new title.`
      );
    }
    const next = readLink(link);
    const switched = next !== current;
    if (switched && next) switches.push({ release: next, seconds: since(now) });
    current = next;
    if (liveAt.size < waited.length && (switched || now - lastFetch >= FETCH_ANYWAY_MS)) {
      lastFetch = now;
      await Promise.all(
        waited
          .filter((page) => !liveAt.has(page))
          .map(async (page) => {
            const served = await fetch(siteUrl + page);
            if (served.ok && (await served.text()).includes(title))
              liveAt.set(page, performance.now());
          })
      );
    }
    if (searchAt === null && switched && next) {
      const releaseDir = path.resolve(releasesDir, next);
      if (await searchFragmentWith(siteUrl, releaseDir, knownFragments, title))
        searchAt = performance.now();
    }
    await delay(POLL_MS);
  }
  const build = await buildAfter(cmsUrl, adminToken, afterId);
  const mode = existsSync(marker) ? 'incremental' : 'full';
  rmSync(marker, { force: true });
  const live = path.resolve(releasesDir, readLink(link) ?? '');
  const clientDir = path.join(live, 'client');
  const searchLeadsNowhere = fragmentNames(live)
    .map((name) => readFragment(path.join(fragmentDir(live), name)).url)
    .filter(
      (url) =>
        !existsSync(path.join(clientDir, decodeURI(url), url.endsWith('/') ? 'index.html' : ''))
    ).length;
  const wall = (iso: string | null) => (iso ? Date.parse(iso) - published.atWall : null);
  return {
    workshop: { documentId: target.documentId, number: target.number, path: target.pages[0]!.path },
    title,
    seconds: Math.max(...[...liveAt.values()].map(since)),
    publishMs: published.publishMs,
    pages: [
      ...target.pages.map((page) => ({
        ...page,
        seconds: liveAt.has(page.path) ? since(liveAt.get(page.path)!) : null,
      })),
      ...unexpected.map((page) => ({
        path: page,
        why: 'found by its text',
        showsTitle: true,
        seconds: since(liveAt.get(page)!),
      })),
    ],
    unexpected,
    missing,
    switches,
    searchSeconds: since(searchAt),
    build: {
      status: build.status,
      mode,
      startedAfterMs: wall(build.startedAt)!,
      durationMs: build.durationMs,
      finishedAfterMs: wall(build.finishedAt),
    },
    searchLeadsNowhere,
  };
}
