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
import type {
  FocusEdition,
  LocaleContent,
  Seo,
  SiteContent,
  Theme,
  Workshop,
} from './strapi/models';

/** A page's language versions for search engines: `hreflang` and where. */
export interface Alternate {
  readonly hreflang: string;
  readonly path: string;
}

/** One page of the site: where it is, and where the same content is in each language. */
export interface SitePage {
  readonly route: Route;
  readonly path: string;
  /** Paths of this very content in each language that has it. */
  readonly translations: Partial<Record<LocaleCode, string>>;
  /**
   * The hreflang set this page belongs to: every indexable version, and x-default. Every member
   * of a set lists the same set, itself included.
   */
  readonly alternates: readonly Alternate[];
  /** Where the language switcher leads in each language: the translation, or else its list. */
  readonly switchTargets: Record<LocaleCode, string>;
  /** Kept out of search engines, the site's search and the sitemap. */
  readonly noindex: boolean;
  readonly documentId?: string;
}

/** What the site's pages of one kind need from a document: where it is and whether it is indexed. */
interface DocumentPage {
  readonly documentId: string;
  readonly slug: string;
  readonly seo: Seo;
  /** An editor's page's parent, in the same language. */
  readonly parentId?: string | null;
}

const documentLists: Record<
  DocumentKind | 'page',
  (content: SiteContent, locale: LocaleCode) => readonly DocumentPage[]
> = {
  workshop: (content, locale) => content[locale].workshops,
  theme: (content, locale) => content[locale].themes,
  focusEdition: (content, locale) => content[locale].focusEditions,
  page: (content, locale) =>
    content[locale].pages.map((page) => ({ ...page, slug: page.slugPath })),
};

/** The kinds whose pages search engines are kept from: they show nothing of their own. */
const NOINDEX_KINDS: readonly PageKind[] = ['search', 'notFound'];

/**
 * The hreflang set of a page's versions: x-default is the default language's version (or the
 * only one there is), or for the home pages the language chooser at `/`, in their set too.
 */
function alternatesOf(
  translations: Partial<Record<LocaleCode, string>>,
  xDefault = translations[defaultLocale] ?? Object.values(translations)[0]
): Alternate[] {
  const alternates = localeCodes.flatMap((code) => {
    const path = translations[code];
    return path ? [{ hreflang: getLocale(code).tag, path }] : [];
  });
  return xDefault ? [...alternates, { hreflang: 'x-default', path: xDefault }] : alternates;
}

/** The language chooser at `/`: x-default of the home pages, listing the same set as they do. */
export const CHOOSER_PATH = '/';

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
    const noindex = NOINDEX_KINDS.includes(kind);
    const alternates = noindex
      ? []
      : alternatesOf(translations, kind === 'home' ? CHOOSER_PATH : undefined);
    for (const locale of localeCodes) {
      pages.push({
        route: { locale, kind },
        path: translations[locale],
        translations,
        alternates,
        switchTargets: translations,
        noindex,
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
        pages.push({
          route,
          path: pathTo(route),
          translations,
          alternates: alternatesOf(translations),
          switchTargets,
          noindex: false,
        });
      }
    }
  }
  for (const kind of Object.keys(documentLists) as (DocumentKind | 'page')[]) {
    // Each document per language, so finding a translation is a lookup, not a search.
    const versions = Object.fromEntries(
      localeCodes.map((locale) => [
        locale,
        new Map(documentLists[kind](content, locale).map((entry) => [entry.documentId, entry])),
      ])
    ) as Record<LocaleCode, Map<string, DocumentPage>>;
    for (const locale of localeCodes) {
      for (const document of versions[locale].values()) {
        const translations: Partial<Record<LocaleCode, string>> = {};
        const indexed: Partial<Record<LocaleCode, string>> = {};
        const switchTargets = {} as Record<LocaleCode, string>;
        for (const other of localeCodes) {
          const version = versions[other].get(document.documentId);
          if (version) {
            translations[other] = pathTo({ locale: other, kind, slug: version.slug });
            if (!version.seo.noindex) indexed[other] = translations[other];
          }
          switchTargets[other] =
            translations[other] ??
            missingTranslationTarget(versions, locale, other, kind, document);
        }
        const route = { locale, kind, slug: document.slug };
        pages.push({
          route,
          path: pathTo(route),
          translations,
          alternates: document.seo.noindex ? [] : alternatesOf(indexed),
          switchTargets,
          noindex: document.seo.noindex,
          documentId: document.documentId,
        });
      }
    }
  }
  return pages;
}

/**
 * Where the language switcher leads when a document has no version in `to`: a document's list,
 * or for an editor's page the nearest page above it (in its own language) that has one, else the
 * home page.
 */
function missingTranslationTarget(
  versions: Record<LocaleCode, Map<string, DocumentPage>>,
  from: LocaleCode,
  to: LocaleCode,
  kind: DocumentKind | 'page',
  document: DocumentPage
): string {
  if (kind !== 'page') return pathTo({ locale: to, kind: listKindOf(kind) });
  // Every page kept in `versions` has its parents there too: the data layer places none in a circle.
  for (let above = document.parentId; above; above = versions[from].get(above)?.parentId) {
    const version = versions[to].get(above);
    if (version) return pathTo({ locale: to, kind: 'page', slug: version.slug });
  }
  return pathTo({ locale: to, kind: 'home' });
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

interface ThemeRoundTable {
  readonly workshop: Workshop;
  readonly roundTable: Workshop['roundTables'][number];
}

/** What a theme's page lists; shared between its key and its page, so never changed. */
export interface ThemeCoverage {
  readonly roundTables: readonly ThemeRoundTable[];
  readonly otherWorkshops: readonly Workshop[];
  readonly focusEditions: readonly FocusEdition[];
}

interface CoverageBeingBuilt {
  roundTables: ThemeRoundTable[];
  otherWorkshops: Workshop[];
  focusEditions: FocusEdition[];
}

const coverageIndexes = new WeakMap<
  readonly Workshop[],
  WeakMap<readonly FocusEdition[], Map<string, ThemeCoverage>>
>();

/**
 * Every theme's coverage in one pass over the workshops, kept per list: the build asks for each
 * theme page's (its key, then its page), and a search per theme grows with themes × workshops.
 */
function coverageIndex(
  workshops: readonly Workshop[],
  focusEditions: readonly FocusEdition[]
): Map<string, ThemeCoverage> {
  let byEditions = coverageIndexes.get(workshops);
  if (!byEditions) coverageIndexes.set(workshops, (byEditions = new WeakMap()));
  const known = byEditions.get(focusEditions);
  if (known) return known;
  const index = new Map<string, CoverageBeingBuilt>();
  const entry = (themeId: string) => {
    let coverage = index.get(themeId);
    if (!coverage)
      index.set(themeId, (coverage = { roundTables: [], otherWorkshops: [], focusEditions: [] }));
    return coverage;
  };
  const distinct = (refs: readonly { documentId: string }[]) =>
    new Set(refs.map((ref) => ref.documentId));
  for (const workshop of workshops) {
    const discussed = new Set<string>();
    for (const roundTable of workshop.roundTables) {
      for (const themeId of distinct(roundTable.themes)) {
        entry(themeId).roundTables.push({ workshop, roundTable });
        discussed.add(themeId);
      }
    }
    for (const themeId of distinct(workshop.themes))
      if (!discussed.has(themeId)) entry(themeId).otherWorkshops.push(workshop);
  }
  for (const edition of focusEditions)
    for (const themeId of distinct(edition.themes)) entry(themeId).focusEditions.push(edition);
  byEditions.set(focusEditions, index);
  return index;
}

/** A theme's round tables across workshops (newest workshop first) and its Focus editions. */
export function themeCoverage(
  theme: Theme,
  workshops: readonly Workshop[],
  focusEditions: readonly FocusEdition[]
): ThemeCoverage {
  return (
    coverageIndex(workshops, focusEditions).get(theme.documentId) ?? {
      roundTables: [],
      otherWorkshops: [],
      focusEditions: [],
    }
  );
}
