import {
  existsSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { buildSite, siteDir } from './site.ts';

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
}

/**
 * Builds the site into a new release and only then points `current` at it, by renaming a
 * fresh symlink over the old one: visitors see the old site or the new one, never half of
 * either, and a failed build leaves the served site untouched.
 */
export function publishRelease(strapiUrl: string, releasesDir = defaultReleasesDir): Release {
  mkdirSync(releasesDir, { recursive: true });
  const id = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(releasesDir, id);
  try {
    buildSite({
      strapiUrl,
      outDir: dir,
      output: 'pipe',
      env: { SITE_BUILD_REPORT: path.join(dir, 'build-report.json') },
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const pages = countPages(path.join(dir, 'client'));
  const nextLink = path.join(releasesDir, `.current-${id}`);
  symlinkSync(id, nextLink);
  renameSync(nextLink, path.join(releasesDir, 'current'));
  prune(releasesDir, id);
  return { id, pages };
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
