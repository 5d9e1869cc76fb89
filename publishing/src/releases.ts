import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import type { SiteWarning } from '@zorgzone/config';
import { siteDir } from './paths.ts';
import { buildSite } from './site-build.ts';

/** Each build goes into a fresh folder here; its `current` link points at the one being served. */
const defaultReleasesDir = path.resolve(
  process.env.SITE_RELEASES_DIR || path.join(siteDir, 'releases')
);

/** The folder of the release being served, or null before the first successful build. */
export function currentRelease(releasesDir = defaultReleasesDir): string | null {
  const link = path.join(releasesDir, 'current');
  return existsSync(link) ? path.resolve(releasesDir, readlinkSync(link)) : null;
}

export interface Release {
  readonly id: string;
  readonly pages: number;
  /** What the build left out or found missing, from its report: for editors to mend. */
  readonly warnings: readonly SiteWarning[];
}

export interface PublishOptions {
  readonly releasesDir?: string;
  /** Aborting stops the build; the served site is never switched once it fires. */
  readonly signal?: AbortSignal;
}

/**
 * Builds the site into a new release and only then points `current` at it, by renaming a
 * fresh symlink over the old one: visitors see the old site or the new one, never half of
 * either, and a failed or aborted build leaves the served site untouched and its folder removed.
 */
export async function publishRelease(
  strapiUrl: string,
  { releasesDir = defaultReleasesDir, signal }: PublishOptions = {}
): Promise<Release> {
  const id = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(releasesDir, id);
  const nextLink = path.join(releasesDir, `.current-${id}`);
  const reportFile = path.join(dir, 'build-report.json');
  let pages: number;
  let warnings: readonly SiteWarning[];
  try {
    mkdirSync(releasesDir, { recursive: true });
    // Not recursive: on a read-only file system that would report ENOENT instead of EROFS.
    mkdirSync(dir);
    await buildSite({
      strapiUrl,
      outDir: dir,
      output: 'pipe',
      env: { SITE_BUILD_REPORT: reportFile },
      signal,
    });
    pages = countPages(path.join(dir, 'client'));
    warnings = reportedWarnings(reportFile);
    symlinkSync(id, nextLink);
    renameSync(nextLink, path.join(releasesDir, 'current'));
  } catch (error) {
    rmSync(nextLink, { force: true });
    rmSync(dir, { recursive: true, force: true });
    throw new Error(failureMessage(error, releasesDir), { cause: error });
  }
  prune(releasesDir, id);
  return { id, pages, warnings };
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

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.html') && !name.startsWith('pagefind')
  ).length;
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
