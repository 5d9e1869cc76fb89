import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import {
  apacheRedirects,
  caddyRedirects,
  netlifyRedirects,
  nginxRedirects,
  parseRedirectsFile,
} from '../../site/src/lib/redirects/host-formats.ts';
import { siteDir } from './paths.ts';
import { PRECOMPRESSED } from './precompress.ts';

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    );
}

/** The output files of every page Astro's incremental cache records (`client/nl/…/index.html`). */
export function cachedPageFiles(manifestFile: string): Set<string> {
  const files = new Set<string>();
  if (!existsSync(manifestFile)) return files;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    version?: number;
    routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
  };
  if (manifest.version !== 1)
    throw new Error(
      `${manifestFile} has a format this build does not know (version ${manifest.version}): Astro changed it; build in full (Rebuild now) and update publishing/src/release-files.ts.`
    );
  for (const route of Object.values(manifest.routes ?? {}))
    for (const { outputFile } of Object.values(route.paths ?? {}))
      if (outputFile) files.add(outputFile);
  return files;
}

/**
 * Deletes from a kept output folder the pages Astro no longer builds (a changed slug, an
 * unpublished document): Astro removes them from its cache but not from the folder it renders
 * into. A page written since `renderedSince` (ms) was built by this build, with or without a key,
 * and stays. Returns the pages deleted.
 */
export function removeGonePages(
  outDir: string,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  renderedSince = Infinity
): string[] {
  const gone = [...before].filter(
    (file) =>
      !after.has(file) &&
      (statSync(path.join(outDir, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) < renderedSince
  );
  for (const file of gone) {
    rmSync(path.join(outDir, file), { force: true });
    removeEmptyParents(outDir, path.dirname(path.join(outDir, file)));
  }
  if (gone.length > 0) rewriteRedirectFiles(outDir);
  return gone;
}

/**
 * Writes the web servers' redirect files again from `client/redirects.json`, by the rules of
 * site/src/lib/redirects/integration.ts, which leaves out a redirect from an address a page is
 * served at. That integration runs at the end of Astro's build, while the pages deleted above are
 * still in the kept folder: a changed slug's redirect from its old address was left out of
 * `_redirects`, `.htaccess` and the nginx and Caddy includes (the incremental build test found
 * it), though redirects.json, which our site server reads, has it.
 */
function rewriteRedirectFiles(outDir: string): void {
  const clientDir = path.join(outDir, 'client');
  const source = path.join(clientDir, 'redirects.json');
  if (!existsSync(source)) return;
  const isPage = (sitePath: string) => {
    const file = path.join(clientDir, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
    return file.startsWith(clientDir + path.sep) && existsSync(file) && statSync(file).isFile();
  };
  const { redirects } = parseRedirectsFile(readFileSync(source, 'utf8'), { isPage });
  writeFileSync(path.join(clientDir, '_redirects'), netlifyRedirects(redirects));
  writeFileSync(path.join(clientDir, '.htaccess'), apacheRedirects(redirects));
  writeFileSync(path.join(outDir, 'redirects.nginx.conf'), nginxRedirects(redirects));
  writeFileSync(path.join(outDir, 'redirects.caddy'), caddyRedirects(redirects));
}

/**
 * The media files of a kept output folder that its last build did not use: the media integration
 * links the files the build used into `client/media/` and never removes one, so an image taken
 * out of every page would stay in each release after (the incremental build test found it). The
 * build's manifest (`media-manifest.json`, beside its report in the release) lists what it used;
 * without one nothing is called unused. Files of the site's own `public/media/` stay.
 */
function unusedMedia(release: string): (file: string) => boolean {
  const manifest = path.join(release, 'media-manifest.json');
  if (!existsSync(manifest)) return () => false;
  const { files } = JSON.parse(readFileSync(manifest, 'utf8')) as { files?: unknown };
  if (!Array.isArray(files)) return () => false;
  const used = new Set(files.map((name) => `client/media/${String(name)}`));
  return (file) =>
    file.startsWith('client/media/') &&
    !used.has(file) &&
    !existsSync(path.join(siteDir, 'public', file.slice('client/'.length)));
}

function removeEmptyParents(root: string, dir: string): void {
  for (let current = dir; current.startsWith(root + path.sep); current = path.dirname(current)) {
    if (readdirSync(current).length > 0) return;
    rmdirSync(current);
  }
}

export interface AssembledRelease {
  /** Files written anew (relative paths): what changed since the previous release. */
  readonly written: readonly string[];
  /** Files taken from the previous release by hard link, their compressed copies included. */
  readonly linked: number;
}

/**
 * Whether two files hold the same bytes: by size and modification time first (rsync's quick
 * check, within a millisecond, as a time set with utimes comes back rounded), else by content, for
 * the pages Astro renders every time and the bundles Vite writes again unchanged.
 */
function sameFile(a: Stats, b: Stats, aPath: string, bPath: string): boolean {
  if (a.size !== b.size) return false;
  return Math.abs(a.mtimeMs - b.mtimeMs) < 1 || readFileSync(aPath).equals(readFileSync(bPath));
}

/**
 * Makes `dir` hold exactly the files of `source`, less the media its build no longer uses (see
 * `unusedMedia`; deleted from `source` too): each file the previous release has unchanged
 * is a hard link to the previous release's, with its brotli and gzip copies (and its time, so
 * Last-Modified says when the file last changed); the others are copied, keeping their time. Nothing of the previous release is written to: a release never changes once it is
 * served, and `source` is rewritten in place by the next build.
 */
export function assembleRelease(
  source: string,
  dir: string,
  previous: string | null
): AssembledRelease {
  const written: string[] = [];
  let linked = 0;
  const made = new Set<string>();
  const parentOf = (file: string) => {
    const parent = path.dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    return file;
  };
  const unused = unusedMedia(dir);
  for (const file of filesUnder(source)) {
    const from = path.join(source, file);
    if (unused(file)) {
      rmSync(from);
      continue;
    }
    const to = parentOf(path.join(dir, file));
    const stats = statSync(from);
    const before = previous ? path.join(previous, file) : null;
    const previousStats = before ? statSync(before, { throwIfNoEntry: false }) : undefined;
    if (before && previousStats && sameFile(stats, previousStats, from, before)) {
      linkSync(before, to);
      linked += 1;
      for (const { extension } of PRECOMPRESSED) {
        if (existsSync(before + extension)) {
          linkSync(before + extension, to + extension);
          linked += 1;
        }
      }
      continue;
    }
    copyFileSync(from, to);
    utimesSync(to, stats.atimeMs / 1000, stats.mtimeMs / 1000);
    written.push(file);
  }
  return { written, linked };
}

/** Hard-links every file of `from` into `to`, leaving out the folders `skip` names (relative). */
export function linkTree(from: string, to: string, skip: readonly string[] = []): void {
  const skipped = (file: string) => skip.some((folder) => file.startsWith(`${folder}/`));
  const made = new Set<string>();
  for (const file of filesUnder(from)) {
    if (skipped(file)) continue;
    const target = path.join(to, file);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    linkSync(path.join(from, file), target);
  }
}
