import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPublishable, mediaCacheDir, mediaManifestPath, readMediaManifest } from './media/store';

/** Publishes under /media/ of the built site the uploads and image variants the build used. */
export function mediaIntegration(): AstroIntegration {
  let startedAt = 0;
  return {
    name: 'zorgzone-media',
    hooks: {
      // The earliest hook: the content layer may read Strapi (and write the manifest) before
      // astro:build:start.
      'astro:config:setup': () => {
        startedAt = Date.now();
      },
      'astro:build:done': ({ dir }) => {
        publishMedia(
          mediaCacheDir,
          path.join(fileURLToPath(dir), 'media'),
          manifestWrittenSince(startedAt)
        );
      },
    },
  };
}

/**
 * The manifest's list when this build wrote it. One left by an earlier build is ignored (a build
 * from a content snapshot reads no media and writes none), so the whole cache is published instead.
 */
function manifestWrittenSince(since: number): string[] | undefined {
  const file = mediaManifestPath();
  if (!existsSync(file) || statSync(file).mtimeMs < since) return undefined;
  return readMediaManifest(file);
}

/**
 * Puts `files` of the cache (every finished file in it when no list is given) into `targetDir`
 * and returns how many. Hard links: a release costs no disk for media that did not change, and is
 * safe because the store never rewrites a cached file in place (it renames a new one over it).
 */
export function publishMedia(
  cacheDir: string,
  targetDir: string,
  files?: readonly string[]
): number {
  const names =
    files ??
    (existsSync(cacheDir)
      ? readdirSync(cacheDir, { withFileTypes: true })
          .filter((entry) => entry.isFile() && isPublishable(entry.name))
          .map((entry) => entry.name)
      : []);
  if (!names.length) return 0;
  mkdirSync(targetDir, { recursive: true });
  for (const name of names) {
    const from = path.join(cacheDir, name);
    if (!existsSync(from))
      throw new Error(
        `The media file ${name} this build uses is missing from ${cacheDir}: build the site again.`
      );
    const to = path.join(targetDir, name);
    // A file of the same name from public/media/ would make the link fail.
    rmSync(to, { force: true });
    try {
      linkSync(from, to);
    } catch {
      // Another file system (a release on its own disk) or one without hard links. A real
      // problem, such as a full disk, fails the copy too, with the system's own words.
      copyFileSync(from, to);
    }
  }
  return names.length;
}
