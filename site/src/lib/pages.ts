import { defaultLocale, getLocale, localeCodes, type LocaleCode } from '@zorgzone/config';
import { isUpcoming, todayInBrussels } from './format';
import {
  listKindOf,
  pagedKinds,
  pathTo,
  type DocumentKind,
  type PagedKind,
  type PageKind,
  type Route,
} from './routes';
import type { FocusEdition, LocaleContent, SiteContent, Theme, Workshop } from './strapi/models';

/** One page of the site: where it is, and where the same content is in each language. */
export interface SitePage {
  readonly route: Route;
  readonly path: string;
  /** Paths of this very content in each language that has it (hreflang alternates). */
  readonly translations: Partial<Record<LocaleCode, string>>;
  /** Where the language switcher leads in each language: the translation, or else its list. */
  readonly switchTargets: Record<LocaleCode, string>;
  readonly documentId?: string;
}

const documentLists: Record<
  DocumentKind,
  (content: SiteContent, locale: LocaleCode) => readonly { documentId: string; slug: string }[]
> = {
  workshop: (content, locale) => content[locale].workshops,
  theme: (content, locale) => content[locale].themes,
  focusEdition: (content, locale) => content[locale].focusEditions,
};

/** Entries on one page of a paged list: a phone screen's worth of scrolling, a light page. */
export const LIST_PAGE_SIZE = 24;

/** Workshops in the order the list's pages show them: upcoming ones first, then the reports. */
export function workshopsInListOrder(workshops: readonly Workshop[], today?: string): Workshop[] {
  const { upcoming, past } = splitWorkshops(workshops, today);
  return [...upcoming, ...past];
}

const pagedListLength: Record<PagedKind, (content: LocaleContent) => number> = {
  workshops: (content) => content.workshops.length,
  focusEditions: (content) => content.focusEditions.length,
};

/** How many pages a list of `count` entries fills; an empty list still has its first page. */
export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / LIST_PAGE_SIZE));
}

/** The entries of one page (counted from 1) of a paged list. */
export function pageOf<T>(entries: readonly T[], page = 1): T[] {
  return entries.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
}

const fixedKinds: PageKind[] = ['home', 'themes', 'team', 'search', 'notFound'];

/** Every page the site builds, in every language, derived from the content alone. */
export function sitePages(content: SiteContent): SitePage[] {
  const pages: SitePage[] = [];
  for (const kind of fixedKinds) {
    const translations = Object.fromEntries(
      localeCodes.map((locale) => [locale, pathTo({ locale, kind })])
    ) as Record<LocaleCode, string>;
    for (const locale of localeCodes) {
      pages.push({
        route: { locale, kind },
        path: translations[locale],
        translations,
        switchTargets: translations,
      });
    }
  }
  for (const kind of pagedKinds) {
    const counts = Object.fromEntries(
      localeCodes.map((locale) => [locale, pageCount(pagedListLength[kind](content[locale]))])
    ) as Record<LocaleCode, number>;
    for (const locale of localeCodes) {
      for (let number = 1; number <= counts[locale]; number += 1) {
        const page = number === 1 ? undefined : number;
        const translations: Partial<Record<LocaleCode, string>> = {};
        const switchTargets = {} as Record<LocaleCode, string>;
        for (const other of localeCodes) {
          if (number <= counts[other]) translations[other] = pathTo({ locale: other, kind, page });
          switchTargets[other] = translations[other] ?? pathTo({ locale: other, kind });
        }
        const route = { locale, kind, ...(page ? { page } : {}) };
        pages.push({ route, path: pathTo(route), translations, switchTargets });
      }
    }
  }
  for (const kind of Object.keys(documentLists) as DocumentKind[]) {
    // Each document's slug per language, so finding a translation is a lookup, not a search.
    const slugs = Object.fromEntries(
      localeCodes.map((locale) => [
        locale,
        new Map(
          documentLists[kind](content, locale).map((entry) => [entry.documentId, entry.slug])
        ),
      ])
    ) as Record<LocaleCode, Map<string, string>>;
    for (const locale of localeCodes) {
      for (const document of documentLists[kind](content, locale)) {
        const translations: Partial<Record<LocaleCode, string>> = {};
        const switchTargets = {} as Record<LocaleCode, string>;
        for (const other of localeCodes) {
          const slug = slugs[other].get(document.documentId);
          if (slug) translations[other] = pathTo({ locale: other, kind, slug });
          switchTargets[other] =
            translations[other] ?? pathTo({ locale: other, kind: listKindOf(kind) });
        }
        const route = { locale, kind, slug: document.slug };
        pages.push({
          route,
          path: pathTo(route),
          translations,
          switchTargets,
          documentId: document.documentId,
        });
      }
    }
  }
  return pages;
}

/** Upcoming workshops soonest first, then past ones newest first. */
export function splitWorkshops(workshops: readonly Workshop[], today = todayInBrussels()) {
  const upcoming = workshops
    .filter((workshop) => isUpcoming(workshop.date, today))
    .sort((a, b) => a.date.localeCompare(b.date));
  const past = workshops
    .filter((workshop) => !isUpcoming(workshop.date, today))
    .sort((a, b) => b.date.localeCompare(a.date));
  return { upcoming, past };
}

/**
 * Round tables a theme page shows in full, newest first; older ones are listed by title, so the
 * page stays light however many workshops discussed the theme.
 */
export const THEME_FULL_ROUND_TABLES = 5;

/** A theme's round tables across workshops (newest workshop first) and its Focus editions. */
export function themeCoverage(
  theme: Theme,
  workshops: readonly Workshop[],
  focusEditions: readonly FocusEdition[]
) {
  const roundTables = workshops.flatMap((workshop) =>
    workshop.roundTables
      .filter((roundTable) => roundTable.themes.some((ref) => ref.documentId === theme.documentId))
      .map((roundTable) => ({ workshop, roundTable }))
  );
  const otherWorkshops = workshops.filter(
    (workshop) =>
      workshop.themes.some((ref) => ref.documentId === theme.documentId) &&
      !roundTables.some((entry) => entry.workshop.documentId === workshop.documentId)
  );
  const editions = focusEditions.filter((edition) =>
    edition.themes.some((ref) => ref.documentId === theme.documentId)
  );
  return { roundTables, otherWorkshops, focusEditions: editions };
}

/** A page's hreflang alternates: each translation, and x-default on the default locale's version. */
export function pageAlternates(page: SitePage): { hreflang: string; path: string }[] {
  const alternates = localeCodes.flatMap((code) => {
    const path = page.translations[code];
    return path ? [{ hreflang: getLocale(code).tag, path }] : [];
  });
  const fallback = page.translations[defaultLocale];
  return fallback ? [...alternates, { hreflang: 'x-default', path: fallback }] : alternates;
}
