import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { locales, type ChangedDocument, type SiteWarning } from '@zorgzone/config';
import { rootDir, siteDir } from './paths.ts';
import { isCompressible, precompress, PRECOMPRESSED } from './precompress.ts';
import {
  assembleRelease,
  cachedPageFiles,
  filesUnder,
  linkTree,
  removeGonePages,
} from './release-files.ts';
import { buildSite, indexSearch } from './site-build.ts';

/** Each build goes into a fresh folder here; its `current` link points at the one being served. */
const defaultReleasesDir = path.resolve(
  process.env.SITE_RELEASES_DIR || path.join(siteDir, 'releases')
);

/** The folder of the release being served, or null before the first successful build. */
export function currentRelease(releasesDir = defaultReleasesDir): string | null {
  const link = path.join(releasesDir, 'current');
  return existsSync(link) ? path.resolve(releasesDir, readlinkSync(link)) : null;
}

export type BuildMode = 'incremental' | 'full';

export interface Release {
  readonly id: string;
  readonly pages: number;
  /** What the build left out or found missing, from its report: for editors to mend. */
  readonly warnings: readonly SiteWarning[];
  /** `full` when asked for, on the first build, or when the site's code or settings changed. */
  readonly mode: BuildMode;
  /** Files written anew into the release; the rest are hard links to the previous one's. */
  readonly writtenFiles: number;
  /**
   * When the build's release went live, and when the follow-up release with the changed files'
   * compressed copies and the changed languages' search index replaced it, in ms from start.
   */
  readonly liveAfterMs: number;
  readonly searchAfterMs: number;
  /** How long each step took, in ms: astro, release, searchBeforeLive, then compress, search. */
  readonly steps: Readonly<Record<string, number>>;
  /** The languages whose search index was rebuilt, before the switch (pages removed) or after. */
  readonly search: {
    readonly beforeLive: readonly string[];
    readonly afterLive: readonly string[];
  };
}

export interface PublishOptions {
  readonly releasesDir?: string;
  /** Aborting stops the build; the served site is never switched once it fires. */
  readonly signal?: AbortSignal;
  /** `full` renders every page and reads all content again (Rebuild now). */
  readonly mode?: BuildMode;
  /** What the CMS saw change since the last build; read again whatever else `updatedAt` shows. */
  readonly changes?: readonly ChangedDocument[];
}

/**
 * What a build keeps between builds, beside the releases: Astro's output folder and cache, the
 * content it read, and the fingerprint of the code that built them. A failed build deletes it,
 * so the next one starts in full.
 */
const workDirOf = (releasesDir: string) => path.join(releasesDir, '.work');

/**
 * What the site's pages are made by: its code, its dependencies and the settings read at build
 * time. When it changes, the next build is a full one, so no page keeps an older template.
 */
function codeFingerprint(): string {
  const hash = createHash('sha256');
  const sources = [
    path.join(siteDir, 'src'),
    path.join(siteDir, 'public'),
    path.join(rootDir, 'config', 'dist'),
  ];
  const files = [
    path.join(siteDir, 'astro.config.ts'),
    path.join(siteDir, 'package.json'),
    path.join(rootDir, 'package-lock.json'),
    ...sources.flatMap((dir) => filesUnder(dir).map((file) => path.join(dir, file))),
  ].sort();
  for (const file of files) {
    hash.update(`${path.relative(rootDir, file)}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  for (const name of BUILD_SETTINGS) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** Environment variables the pages' output depends on. */
const BUILD_SETTINGS = ['PUBLIC_SITE_URL', 'SITE_BUILD_MAX_HEAP_MB'];

interface WorkState {
  readonly fingerprint: string;
  readonly release: string;
  /** Languages whose search index a stopped or failed follow-up left behind their pages. */
  readonly staleSearch?: readonly string[];
}

function readWorkState(workDir: string): WorkState | null {
  try {
    return JSON.parse(readFileSync(path.join(workDir, 'state.json'), 'utf8')) as WorkState;
  } catch {
    return null;
  }
}

function writeWorkState(workDir: string, state: WorkState): void {
  writeFileSync(path.join(workDir, 'state.json'), JSON.stringify(state));
}

/** Whether the folder holds a client/<locale>/ page, by its relative path. */
const localeOf = (file: string) => /^client\/([a-z]{2})\/.*\.html$/.exec(file)?.[1] ?? null;

/**
 * Builds the site into a new release and only then points `current` at it, by renaming a fresh
 * symlink over the old one: visitors see the old site or the new one, never half of either, and
 * a failed or aborted build leaves the served site untouched and its folder removed.
 *
 * A build renders only the pages whose content changed (Astro's incremental build, keyed by
 * site/src/lib/page-keys.ts) into a folder kept between builds, reads from the CMS only what
 * changed (site/src/lib/strapi/incremental.ts), and makes the release from the previous one by
 * hard links, writing only the files that changed (and their brotli and gzip copies). A
 * language's search index is rebuilt when its pages changed: after the switch, in a second
 * release made the same way, or before it when pages were removed, so search never leads to a
 * page that is gone.
 */
export async function publishRelease(
  strapiUrl: string,
  {
    releasesDir = defaultReleasesDir,
    signal,
    mode = 'incremental',
    changes = [],
  }: PublishOptions = {}
): Promise<Release> {
  const started = performance.now();
  const workDir = workDirOf(releasesDir);
  const outDir = path.join(workDir, 'out');
  const manifest = path.join(workDir, 'astro', 'incremental-build.json');
  const fingerprint = codeFingerprint();
  const previous = currentRelease(releasesDir);
  const state = readWorkState(workDir);
  const incremental =
    mode === 'incremental' &&
    state?.fingerprint === fingerprint &&
    previous !== null &&
    path.basename(previous) === state.release &&
    existsSync(outDir);
  const id = releaseId();
  const dir = path.join(releasesDir, id);
  const reportFile = path.join(dir, 'build-report.json');
  let pages = 0;
  let writtenFiles = 0;
  let warnings: readonly SiteWarning[];
  const deferred: string[] = [];
  let toCompress: string[] = [];
  const beforeLive: string[] = [];
  const steps: Record<string, number> = {};
  let stepStarted = performance.now();
  const stepDone = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round(now - stepStarted);
    stepStarted = now;
  };
  try {
    mkdirSync(releasesDir, { recursive: true });
    if (!incremental) rmSync(workDir, { recursive: true, force: true });
    // Not recursive: on a read-only file system that would report ENOENT instead of EROFS.
    mkdirSync(dir);
    mkdirSync(workDir, { recursive: true });
    const pagesBefore = cachedPageFiles(manifest);
    const buildStarted = Date.now();
    await buildSite({
      strapiUrl,
      outDir,
      output: 'pipe',
      env: {
        SITE_INCREMENTAL: '1',
        SITE_CACHE_DIR: path.join(workDir, 'astro'),
        SITE_CONTENT_CACHE: path.join(workDir, 'content.json'),
        SITE_CHANGED_DOCUMENTS: JSON.stringify(incremental ? changes : []),
        SITE_BUILD_REPORT: reportFile,
      },
      signal,
    });
    stepDone('astro');
    // The file system's clock is coarse: a page written as the build began may look a little older.
    const gone = removeGonePages(outDir, pagesBefore, cachedPageFiles(manifest), buildStarted - 50);
    const { written } = assembleRelease(outDir, dir, previous);
    stepDone('release');
    signal?.throwIfAborted();
    // Compressed after the switch, and only what visitors are sent (the server bundle is the
    // preview server's): a server sends a file as it is until its compressed copies exist.
    writtenFiles = written.length;
    warnings = reportedWarnings(reportFile);
    const removedIn = new Set(gone.map(localeOf));
    const changedIn = new Set([...written.map(localeOf), ...(state?.staleSearch ?? [])]);
    for (const { code } of locales) {
      const index = path.join('client', 'pagefind', code);
      const hasIndex = previous !== null && existsSync(path.join(previous, index));
      if (!incremental || removedIn.has(code) || !hasIndex) {
        beforeLive.push(code);
        await indexSearch(path.join(dir, 'client'), code, { signal });
        continue;
      }
      linkTree(path.join(previous, index), path.join(dir, index));
      if (changedIn.has(code)) deferred.push(code);
    }
    const files = filesUnder(path.join(dir, 'client'));
    pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).length;
    // The files written, a new index's, and any whose copies a failed follow-up never made:
    // every compressible file without a copy.
    const present = new Set(files);
    toCompress = files
      .filter(
        (file) =>
          isCompressible(file) &&
          !PRECOMPRESSED.some(({ extension }) => present.has(file + extension))
      )
      .map((file) => `client/${file}`);
    stepDone('searchBeforeLive');
    switchCurrent(releasesDir, id);
  } catch (error) {
    rmSync(path.join(releasesDir, `.current-${id}`), { force: true });
    rmSync(dir, { recursive: true, force: true });
    // The kept output may be half rendered: the next build starts afresh.
    rmSync(workDir, { recursive: true, force: true });
    throw new Error(failureMessage(error, releasesDir), { cause: error });
  }
  const liveAfterMs = performance.now() - started;
  // Until the follow-up is live, the deferred languages' index is behind: a build stopped
  // meanwhile leaves that said, and the next build indexes them again.
  writeWorkState(workDir, { fingerprint, release: id, staleSearch: deferred });
  const served =
    deferred.length || toCompress.length
      ? await followUp(releasesDir, id, { languages: deferred, toCompress, steps, signal })
      : id;
  writeWorkState(workDir, {
    fingerprint,
    release: served,
    staleSearch: served === id ? deferred : [],
  });
  prune(releasesDir, served);
  return {
    id: served,
    pages,
    warnings,
    mode: incremental ? 'incremental' : 'full',
    writtenFiles,
    liveAfterMs,
    searchAfterMs: performance.now() - started,
    steps,
    search: { beforeLive, afterLive: served === id ? [] : deferred },
  };
}

/** A release's folder name: the time it was made, sortable, unique to the millisecond. */
function releaseId(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Points `current` at a release by renaming a fresh link over it: atomic for every reader. */
function switchCurrent(releasesDir: string, id: string): void {
  const nextLink = path.join(releasesDir, `.current-${id}`);
  symlinkSync(id, nextLink);
  renameSync(nextLink, path.join(releasesDir, 'current'));
}

/**
 * What a release can do without, done off the path to live: the brotli and gzip copies of the
 * files the build wrote, and the search index of the languages whose pages changed. They go into
 * a copy of the release just switched to (hard links), which is switched to in turn; a served
 * release is never written to. Returns the release being served. A failure keeps the live
 * release as it is, with its files uncompressed and its previous index, which leads to no page
 * that is gone (pages removed are indexed before the switch).
 */
async function followUp(
  releasesDir: string,
  live: string,
  {
    languages,
    toCompress,
    steps,
    signal,
  }: {
    languages: readonly string[];
    toCompress: readonly string[];
    steps: Record<string, number>;
    signal?: AbortSignal;
  }
): Promise<string> {
  let id = releaseId();
  if (id <= live) id = `${live}-complete`;
  const dir = path.join(releasesDir, id);
  try {
    let started = performance.now();
    linkTree(
      path.join(releasesDir, live),
      dir,
      languages.map((code) => `client/pagefind/${code}`)
    );
    for (const code of languages) await indexSearch(path.join(dir, 'client'), code, { signal });
    steps.searchAfterLive = Math.round(performance.now() - started);
    started = performance.now();
    const indexFiles = languages.flatMap((code) =>
      filesUnder(path.join(dir, 'client', 'pagefind', code)).map(
        (file) => `client/pagefind/${code}/${file}`
      )
    );
    await precompress([...toCompress, ...indexFiles].map((file) => path.join(dir, file)));
    steps.compress = Math.round(performance.now() - started);
    signal?.throwIfAborted();
    switchCurrent(releasesDir, id);
    return id;
  } catch (error) {
    rmSync(path.join(releasesDir, `.current-${id}`), { force: true });
    rmSync(dir, { recursive: true, force: true });
    if (!signal?.aborted)
      console.error(
        `The compressed copies and the search index of ${languages.join(', ') || 'no language'} were not updated; the site is served without them: ${(error as Error).message}`
      );
    return live;
  }
}

/**
 * The warnings in a build's report. A missing or unreadable report must not fail a build
 * that produced a good site, so it reads as no warnings; entries without a code and a
 * locale are dropped, as the admin could not say what or where they are.
 */
function reportedWarnings(reportFile: string): SiteWarning[] {
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    return [];
  }
  const warnings = (report as { warnings?: unknown } | null)?.warnings;
  return Array.isArray(warnings)
    ? warnings.filter(
        (warning): warning is SiteWarning =>
          typeof (warning as { code?: unknown } | null)?.code === 'string' &&
          typeof (warning as { locale?: unknown }).locale === 'string'
      )
    : [];
}

const KEPT = 'Nothing was published: the live site was kept as it was.';

const FREE_SPACE = 'Ask the server’s administrator to free some space, then rebuild.';
const MAKE_WRITABLE = 'Ask the server’s administrator to make it writable, then rebuild.';

/**
 * Storage faults an editor can act on (or pass on), in plain words. Matched on the system's
 * own wording, which Node ("ENOSPC: no space left on device") and the build's native tools
 * ("No space left on device (os error 28)") share.
 */
const STORAGE_PROBLEMS = [
  {
    pattern: /no space left on device/i,
    cause: 'the disk is full (no space left)',
    remedy: FREE_SPACE,
  },
  { pattern: /disk quota exceeded/i, cause: 'the disk quota is used up', remedy: FREE_SPACE },
  {
    pattern: /read-only file system/i,
    cause: 'the folder is not writable (read-only file system)',
    remedy: MAKE_WRITABLE,
  },
  {
    pattern: /permission denied/i,
    cause: 'the folder is not writable (permission denied)',
    remedy: MAKE_WRITABLE,
  },
];

/**
 * The first line is what the admin's build history shows: for a full disk or an unwritable
 * folder, which folder and why in plain words (the cause may only be in the build tool's log);
 * the build's own message follows for whoever reads the whole log.
 */
function failureMessage(error: unknown, releasesDir: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const problem = STORAGE_PROBLEMS.find(({ pattern }) => pattern.test(message));
  return problem
    ? `Could not write the new site to ${releasesDir}: ${problem.cause}. ${KEPT} ${problem.remedy}\n${message}`
    : `${message}\n${KEPT}`;
}

/** Keeps the newest few releases (SITE_RELEASES_KEEP), so one being read is not deleted under a visitor. */
function prune(releasesDir: string, currentId: string): void {
  const keep = Number(process.env.SITE_RELEASES_KEEP || 3);
  const releases = readdirSync(releasesDir)
    .filter((name) => /^\d{4}-/.test(name))
    .sort()
    .reverse();
  for (const old of releases.slice(keep)) {
    if (old !== currentId) rmSync(path.join(releasesDir, old), { recursive: true, force: true });
  }
}
