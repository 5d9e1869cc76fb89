import type { LocaleCode } from '@zorgzone/config';
import { StrapiClient, StrapiError } from './client';
import { fetchFocusEditions } from './queries/focus-editions';
import { fetchPages } from './queries/pages';
import { fetchRedirects } from './queries/redirects';
import { fetchHomePage, fetchNavigation, fetchSiteSettings } from './queries/site';
import { fetchTeam } from './queries/team';
import { fetchThemes } from './queries/themes';
import { fetchWorkshops } from './queries/workshops';
import type { RawLocaleContent } from './raw';

/** The collections that grow with the archive; an incremental build reads them by difference. */
export type GrowingKind = 'workshops' | 'themes' | 'focusEditions';

export type SmallTypes = Omit<RawLocaleContent, GrowingKind>;

/** The single types and the short collections of one language, read whole. */
export async function readSmallTypes(
  client: StrapiClient,
  locale: LocaleCode
): Promise<SmallTypes> {
  const [settings, home, navigation, team, pages, redirects] = await Promise.all([
    fetchSiteSettings(client, locale),
    fetchHomePage(client, locale),
    fetchNavigation(client, locale),
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
  return { locale, settings, home, navigation, team, pages, redirects };
}

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
const byDocumentId = (a: { documentId: string }, b: { documentId: string }) =>
  a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;

/**
 * The growing collections in the order the site lists them, sorted here rather than by the
 * database: a collection brought up to date from the previous build's copy must come out in the
 * same order as one read whole, and SQLite and PostgreSQL do not compare names alike. Names sort
 * as the language does (“Écoute” beside “Eenzaamheid”); ties fall back to the document id.
 */
export function inSiteOrder(content: RawLocaleContent): RawLocaleContent {
  const collator = new Intl.Collator(content.locale);
  return {
    ...content,
    workshops: [...content.workshops].sort(
      (a, b) => newestFirst(a.date, b.date) || b.number - a.number || byDocumentId(a, b)
    ),
    themes: [...content.themes].sort(
      (a, b) => collator.compare(a.name, b.name) || byDocumentId(a, b)
    ),
    focusEditions: [...content.focusEditions].sort(
      (a, b) => b.edition - a.edition || byDocumentId(a, b)
    ),
  };
}

export const readCollection = {
  workshops: fetchWorkshops,
  themes: fetchThemes,
  focusEditions: fetchFocusEditions,
} satisfies Record<GrowingKind, unknown>;

/** One language's whole content: nine requests, plus one per extra page of a collection. */
export async function loadLocale(
  client: StrapiClient,
  locale: LocaleCode
): Promise<RawLocaleContent> {
  const [small, workshops, themes, focusEditions] = await Promise.all([
    readSmallTypes(client, locale),
    fetchWorkshops(client, locale),
    fetchThemes(client, locale),
    fetchFocusEditions(client, locale),
  ]);
  return inSiteOrder({ ...small, workshops, themes, focusEditions });
}
