import {
  documentLists,
  documentPath,
  feedSegments,
  listSegments,
  pageNumberSegments,
  type ListedDocumentKind,
  type ListKind,
  type LocaleCode,
} from '@zorgzone/config';

/** The kinds of page the site has; each has one path per locale. */
export type PageKind =
  | 'home'
  | 'workshops'
  | 'workshop'
  | 'themes'
  | 'theme'
  | 'focusEditions'
  | 'focusEdition'
  | 'team'
  | 'search'
  | 'notFound'
  | 'page';

/** The lists long enough, as the archive grows, to be split into numbered pages. */
export const pagedKinds = ['workshops', 'focusEditions'] as const;
export type PagedKind = (typeof pagedKinds)[number];

const isPagedKind = (kind: string): kind is PagedKind =>
  (pagedKinds as readonly string[]).includes(kind);

/** The document kinds that live under a list; editors' pages live at the top of a language. */
export type DocumentKind = ListedDocumentKind;
export type { ListKind };

export interface Route {
  readonly locale: LocaleCode;
  readonly kind: PageKind;
  readonly slug?: string;
  /** The page of a paged list, from 2 on; absent for its first page. */
  readonly page?: number;
}

/**
 * The site path of a page, with a trailing slash: `/nl/veranderateliers/veranderatelier-9/`. An
 * editor's page's slug is its path under its parents: `over-ons/werking`.
 */
export function pathTo({ locale, kind, slug, page }: Route): string {
  if (kind === 'home') return `/${locale}/`;
  if (kind === 'page' || isDocumentKind(kind)) return documentPath(locale, kind, slug ?? '');
  const list = `/${locale}/${listSegments[locale][kind]}/`;
  if (page === undefined || page === 1) return list;
  if (!isPagedKind(kind) || !Number.isInteger(page) || page < 1)
    throw new Error(`The ${kind} list has no page ${page}`);
  return `${list}${pageNumberSegments[locale]}/${page}/`;
}

const isDocumentKind = (kind: string): kind is DocumentKind => Object.hasOwn(documentLists, kind);

/**
 * The page a path names, or null: the inverse of pathTo. A path under no list names an editor's
 * page; whether it exists is for the content to say.
 */
export function routeOf(path: string): Route | null {
  const parts = path.split('/').filter(Boolean);
  const [locale, segment, slug, pageNumber, ...rest] = parts;
  if (locale !== 'nl' && locale !== 'fr') return null;
  if (segment === undefined) return { locale, kind: 'home' };
  const entry = Object.entries(listSegments[locale]).find(([, value]) => value === segment);
  if (!entry)
    return (feedSegments as readonly string[]).includes(segment)
      ? null
      : { locale, kind: 'page', slug: parts.slice(1).join('/') };
  if (rest.length > 0) return null;
  const kind = entry[0] as ListKind;
  if (slug === undefined) return { locale, kind };
  if (pageNumber !== undefined) {
    const page = Number(pageNumber);
    return isPagedKind(kind) &&
      slug === pageNumberSegments[locale] &&
      String(page) === pageNumber &&
      page > 1
      ? { locale, kind, page }
      : null;
  }
  const documentKind = (Object.keys(documentLists) as DocumentKind[]).find(
    (candidate) => documentLists[candidate] === kind
  );
  return documentKind ? { locale, kind: documentKind, slug } : null;
}

/** The list a document page belongs to: where a missing translation leads instead. */
export function listKindOf(kind: DocumentKind): ListKind {
  return documentLists[kind];
}

/** The path within a locale, without the locale: what `[...path]` receives in getStaticPaths. */
export function restOfPath(route: Route): string | undefined {
  const rest = pathTo(route).split('/').filter(Boolean).slice(1).join('/');
  return rest === '' ? undefined : rest;
}

/** The RSS feed of a locale's workshop reports. */
export function rssPath(locale: LocaleCode): string {
  return `/${locale}/rss.xml`;
}

/** The calendar feed of all of a locale's workshops. */
export function calendarPath(locale: LocaleCode): string {
  return `/${locale}/agenda.ics`;
}

/** The calendar file of one upcoming workshop. */
export function workshopCalendarPath(locale: LocaleCode, slug: string): string {
  return `/${locale}/agenda/${slug}.ics`;
}
