import type { LocaleCode } from '@zorgzone/config';

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
  | 'notFound';

/** Path segments as visitors read them in each language. */
const segments: Record<
  LocaleCode,
  Record<'workshops' | 'themes' | 'focusEditions' | 'team' | 'search' | 'notFound', string>
> = {
  nl: {
    workshops: 'veranderateliers',
    themes: 'themas',
    focusEditions: 'focus',
    team: 'team',
    search: 'zoeken',
    notFound: '404',
  },
  fr: {
    workshops: 'ateliers-du-changement',
    themes: 'themes',
    focusEditions: 'focus',
    team: 'equipe',
    search: 'recherche',
    notFound: '404',
  },
};

/** Where the numbered pages of a long list live: `/nl/veranderateliers/pagina/2/`. */
const pageSegment: Record<LocaleCode, string> = { nl: 'pagina', fr: 'page' };

/** The lists long enough, as the archive grows, to be split into numbered pages. */
export const pagedKinds = ['workshops', 'focusEditions'] as const;
export type PagedKind = (typeof pagedKinds)[number];

const isPagedKind = (kind: string): kind is PagedKind =>
  (pagedKinds as readonly string[]).includes(kind);

/** Each document page lives under its list. */
const listOf = { workshop: 'workshops', theme: 'themes', focusEdition: 'focusEditions' } as const;

export type DocumentKind = keyof typeof listOf;
export type ListKind = (typeof listOf)[DocumentKind];

export interface Route {
  readonly locale: LocaleCode;
  readonly kind: PageKind;
  readonly slug?: string;
  /** The page of a paged list, from 2 on; absent for its first page. */
  readonly page?: number;
}

/** The site path of a page, with a trailing slash: `/nl/veranderateliers/veranderatelier-9/`. */
export function pathTo({ locale, kind, slug, page }: Route): string {
  if (kind === 'home') return `/${locale}/`;
  if (kind === 'workshop' || kind === 'theme' || kind === 'focusEdition') {
    if (!slug) throw new Error(`A ${kind} page needs a slug`);
    return `/${locale}/${segments[locale][listOf[kind]]}/${slug}/`;
  }
  const list = `/${locale}/${segments[locale][kind]}/`;
  if (page === undefined || page === 1) return list;
  if (!isPagedKind(kind) || !Number.isInteger(page) || page < 1)
    throw new Error(`The ${kind} list has no page ${page}`);
  return `${list}${pageSegment[locale]}/${page}/`;
}

/** The page a path names, or null: the inverse of pathTo. */
export function routeOf(path: string): Route | null {
  const parts = path.split('/').filter(Boolean);
  const [locale, segment, slug, pageNumber, ...rest] = parts;
  if ((locale !== 'nl' && locale !== 'fr') || rest.length > 0) return null;
  if (segment === undefined) return { locale, kind: 'home' };
  const entry = Object.entries(segments[locale]).find(([, value]) => value === segment);
  if (!entry) return null;
  const kind = entry[0] as keyof (typeof segments)['nl'];
  if (slug === undefined) return { locale, kind };
  if (pageNumber !== undefined) {
    const page = Number(pageNumber);
    return isPagedKind(kind) &&
      slug === pageSegment[locale] &&
      String(page) === pageNumber &&
      page > 1
      ? { locale, kind, page }
      : null;
  }
  const documentKind = (Object.keys(listOf) as DocumentKind[]).find(
    (candidate) => listOf[candidate] === kind
  );
  return documentKind ? { locale, kind: documentKind, slug } : null;
}

/** The list a document page belongs to: where a missing translation leads instead. */
export function listKindOf(kind: DocumentKind): ListKind {
  return listOf[kind];
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
