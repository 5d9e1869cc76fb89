import type { LocaleCode } from './locales.js';

/** The site's fixed lists; each has one path segment per language under `/<locale>/`. */
export type ListKind = 'workshops' | 'themes' | 'focusEditions' | 'team' | 'search' | 'notFound';

/** Path segments as visitors read them in each language. */
export const listSegments: Readonly<Record<LocaleCode, Readonly<Record<ListKind, string>>>> = {
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
export const pageNumberSegments: Readonly<Record<LocaleCode, string>> = {
  nl: 'pagina',
  fr: 'page',
};

/** The feeds beside the pages of a language: `/nl/rss.xml`, `/nl/agenda.ics`, `/nl/agenda/…`. */
export const feedSegments = ['rss.xml', 'agenda.ics', 'agenda'] as const;

/** Document types with a page of their own, and the list each lives under (pages live at the top). */
export const documentLists = {
  workshop: 'workshops',
  theme: 'themes',
  focusEdition: 'focusEditions',
} as const satisfies Record<string, ListKind>;

export type ListedDocumentKind = keyof typeof documentLists;

/**
 * First path segments an editor's top-level page may not take in a language, because the site's
 * lists and feeds live there.
 */
export function reservedTopLevelSegments(locale: LocaleCode): string[] {
  return [...Object.values(listSegments[locale]), ...feedSegments];
}

/**
 * The site path of a document, with a trailing slash. A page's `slugPath` is its slug under its
 * parents' (`over-ons/werking`); the other kinds live under their list.
 */
export function documentPath(
  locale: LocaleCode,
  kind: ListedDocumentKind | 'page',
  slugPath: string
): string {
  if (!slugPath)
    throw new Error(kind === 'page' ? 'A page needs a slug' : `A ${kind} page needs a slug`);
  return kind === 'page'
    ? `/${locale}/${slugPath}/`
    : `/${locale}/${listSegments[locale][documentLists[kind]]}/${slugPath}/`;
}
