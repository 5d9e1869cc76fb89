import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultStrapiUrl, locales, type LocaleCode } from '@zorgzone/config';
import { StrapiClient, StrapiError } from './client';
import type { LocaleContent, SiteContent } from './models';
import { fetchFocusEditions } from './queries/focus-editions';
import { fetchHomePage, fetchSiteSettings } from './queries/site';
import { fetchTeam } from './queries/team';
import { fetchThemes } from './queries/themes';
import { fetchWorkshops } from './queries/workshops';
import { readSnapshot, writeSnapshot } from './snapshot';

/** Where the build keeps uploads it copied from Strapi; the media integration publishes them under /media/. */
export const mediaCacheDir = path.resolve(
  process.env.SITE_MEDIA_CACHE || 'node_modules/.cache/zorgzone-media'
);

/** Reads one language's content: six requests, plus one per extra page of a collection. */
export async function loadLocale(client: StrapiClient, locale: LocaleCode): Promise<LocaleContent> {
  const [settings, home, workshops, themes, focusEditions, team] = await Promise.all([
    fetchSiteSettings(client, locale),
    fetchHomePage(client, locale),
    fetchWorkshops(client, locale),
    fetchThemes(client, locale),
    fetchFocusEditions(client, locale),
    fetchTeam(client, locale),
  ]);
  if (!settings) {
    throw new StrapiError(
      `Strapi at ${client.baseUrl} has no published site settings in "${locale}": publish them in the admin (Site settings) first.`,
      `${client.baseUrl}/api/site-setting?locale=${locale}`
    );
  }
  const withLocale = <T extends { locale: string }>(entries: T[]) =>
    entries.map((entry) => ({ ...entry, locale }));
  return {
    locale,
    settings,
    home,
    workshops: withLocale(workshops),
    themes: withLocale(themes),
    focusEditions: withLocale(focusEditions),
    team: withLocale(team),
  };
}

/**
 * Copies each uploaded file the content uses into the media cache and points the content at
 * /media/…, so visitors' browsers only ever ask the site's own origin.
 */
async function localizeMedia(client: StrapiClient, content: LocaleContent[]): Promise<void> {
  const copies = new Map<string, string>();
  const localize = async (file: { url: string } | null) => {
    if (!file) return;
    let local = copies.get(file.url);
    if (!local) {
      const name = `${createHash('sha256').update(file.url).digest('hex').slice(0, 12)}-${path.basename(new URL(file.url, client.baseUrl).pathname)}`;
      mkdirSync(mediaCacheDir, { recursive: true });
      writeFileSync(path.join(mediaCacheDir, name), await client.download(file.url));
      local = `/media/${name}`;
      copies.set(file.url, local);
    }
    file.url = local;
  };
  for (const locale of content) {
    for (const workshop of locale.workshops) await localize(workshop.presentationFile);
    for (const edition of locale.focusEditions) await localize(edition.pdf);
    for (const member of locale.team) await localize(member.photo);
  }
}

/** Reads the whole site's content from Strapi, in bulk, and records how many requests it took. */
export async function loadContent(client: StrapiClient): Promise<SiteContent> {
  const started = performance.now();
  const content = await Promise.all(locales.map((locale) => loadLocale(client, locale.code)));
  await localizeMedia(client, content);
  const report = {
    strapiUrl: client.baseUrl,
    requests: client.requestCount,
    seconds: (performance.now() - started) / 1000,
  };
  const reportFile =
    process.env.SITE_BUILD_REPORT || path.join(mediaCacheDir, '..', 'zorgzone-build-report.json');
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
  console.log(`Read the content from ${client.baseUrl} in ${client.requestCount} API requests.`);
  return Object.fromEntries(content.map((entry) => [entry.locale, entry])) as SiteContent;
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
