import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultStrapiUrl, locales, type LocaleCode } from '@zorgzone/config';
import { mediaCacheDir, MediaStore, writeMediaManifest } from '../media/store';
import { StrapiClient, StrapiError } from './client';
import { localizeMedia } from './media';
import type { SiteContent } from './models';
import { fetchFocusEditions } from './queries/focus-editions';
import { fetchPages } from './queries/pages';
import { fetchRedirects } from './queries/redirects';
import { fetchHomePage, fetchNavigation, fetchSiteSettings } from './queries/site';
import { fetchTeam } from './queries/team';
import { fetchThemes } from './queries/themes';
import { fetchWorkshops } from './queries/workshops';
import type { RawLocaleContent } from './raw';
import { resolveContent } from './resolve';
import { readSnapshot, writeSnapshot } from './snapshot';

/** Reads one language's content: nine requests, plus one per extra page of a collection. */
export async function loadLocale(
  client: StrapiClient,
  locale: LocaleCode
): Promise<RawLocaleContent> {
  const [settings, home, navigation, workshops, themes, focusEditions, team, pages, redirects] =
    await Promise.all([
      fetchSiteSettings(client, locale),
      fetchHomePage(client, locale),
      fetchNavigation(client, locale),
      fetchWorkshops(client, locale),
      fetchThemes(client, locale),
      fetchFocusEditions(client, locale),
      fetchTeam(client, locale),
      fetchPages(client, locale),
      fetchRedirects(client, locale),
    ]);
  if (!settings) {
    throw new StrapiError(
      `Strapi at ${client.baseUrl} has no published site settings in "${locale}": publish them in the admin (Site settings) first.`,
      `${client.baseUrl}/api/site-setting?locale=${locale}`
    );
  }
  return {
    locale,
    settings,
    home,
    navigation,
    workshops,
    themes,
    focusEditions,
    team,
    pages,
    redirects,
  };
}

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
  const raws = await Promise.all(locales.map((locale) => loadLocale(client, locale.code)));
  const store = new MediaStore();
  const media = await localizeMedia(client, raws, store);
  writeMediaManifest(store.usedFiles());
  const content = resolveContent(raws, media);
  const warnings = Object.values(content).flatMap((entry) => entry.warnings);
  const report = {
    strapiUrl: client.baseUrl,
    requests: client.requestCount,
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
