import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultStrapiUrl, locales, type ChangedDocument } from '@zorgzone/config';
import { mediaCacheDir, MediaStore, writeMediaManifest } from '../media/store';
import { StrapiClient } from './client';
import { loadLocaleChanges, readContentCache, writeContentCache } from './incremental';
import { localizeMedia } from './media';
import type { SiteContent } from './models';
import type { RawLocaleContent } from './raw';
import { loadLocale } from './read-locale';
import { resolveContent } from './resolve';
import { readSnapshot, writeSnapshot } from './snapshot';

/**
 * Where a build's report goes: its release's folder when it is published (SITE_BUILD_REPORT),
 * else beside the media cache.
 */
function reportFile(): string {
  return (
    process.env.SITE_BUILD_REPORT || path.join(mediaCacheDir, '..', 'zorgzone-build-report.json')
  );
}

/**
 * Reads the whole site's content from Strapi, in bulk, publishes its media, resolves it, and
 * records how many requests it took, what the media cost and what editors should mend.
 */
export async function loadContent(client: StrapiClient): Promise<SiteContent> {
  const started = performance.now();
  const { raws, read } = await readRaws(client);
  const store = new MediaStore();
  const media = await localizeMedia(client, raws, store);
  writeMediaManifest(store.usedFiles());
  const content = resolveContent(raws, media);
  const warnings = Object.values(content).flatMap((entry) => entry.warnings);
  const report = {
    strapiUrl: client.baseUrl,
    requests: client.requestCount,
    /** `whole`, or `byDifference` from the previous build's content (incremental builds). */
    read,
    seconds: (performance.now() - started) / 1000,
    media: store.stats(),
    warnings,
  };
  mkdirSync(path.dirname(reportFile()), { recursive: true });
  writeFileSync(reportFile(), JSON.stringify(report, null, 2));
  console.log(
    `Read the content from ${client.baseUrl} in ${client.requestCount} API requests; images encoded ${report.media.encoded}, reused ${report.media.reused}.`
  );
  for (const warning of warnings) console.warn(`Left out or missing: ${JSON.stringify(warning)}`);
  return content;
}

/**
 * The documents the CMS's site-publisher saw change since the previous build. Absent, the build
 * relies on `updatedAt` and each collection's size alone.
 */
function changedDocuments(): ChangedDocument[] {
  const value = process.env.SITE_CHANGED_DOCUMENTS;
  return value ? (JSON.parse(value) as ChangedDocument[]) : [];
}

/**
 * Every language's content as Strapi sends it. With SITE_CONTENT_CACHE (the publisher sets it for
 * incremental builds), what the previous build read is kept and only what changed since is read
 * again; the result is saved there for the next build.
 */
async function readRaws(
  client: StrapiClient
): Promise<{ raws: RawLocaleContent[]; read: 'whole' | 'byDifference' }> {
  const cacheFile = process.env.SITE_CONTENT_CACHE;
  const readStartedAt = new Date();
  const cache = cacheFile ? readContentCache(cacheFile) : null;
  const previous = new Map(cache?.raws.map((raw) => [raw.locale, raw]));
  const changed = changedDocuments();
  const raws = await Promise.all(
    locales.map(({ code }) => {
      const before = previous.get(code);
      return cache && before
        ? loadLocaleChanges(client, before, new Date(cache.readStartedAt), changed)
        : loadLocale(client, code);
    })
  );
  if (cacheFile) writeContentCache(cacheFile, readStartedAt, raws);
  return { raws, read: cache ? 'byDifference' : 'whole' };
}

let cached: Promise<SiteContent> | undefined;

/**
 * The content every page renders from, read once per build from STRAPI_URL (and STRAPI_TOKEN).
 * For the benchmark, SITE_CONTENT_SNAPSHOT_OUT saves it as JSON and SITE_CONTENT_SNAPSHOT
 * builds from such a file instead of Strapi.
 */
export function siteContent(): Promise<SiteContent> {
  const snapshot = process.env.SITE_CONTENT_SNAPSHOT;
  const snapshotOut = process.env.SITE_CONTENT_SNAPSHOT_OUT;
  cached ??= snapshot
    ? Promise.resolve(readSnapshot(snapshot))
    : loadContent(
        new StrapiClient({
          baseUrl: process.env.STRAPI_URL || defaultStrapiUrl,
          token: process.env.STRAPI_TOKEN || undefined,
        })
      ).then((content) => {
        if (snapshotOut) writeSnapshot(snapshotOut, content);
        return content;
      });
  return cached;
}
