import { localeCodes, type LocaleCode } from '@zorgzone/config';
import { describe, expect, it } from 'vitest';
import {
  calendarPath,
  listKindOf,
  pathTo,
  restOfPath,
  routeOf,
  rssPath,
  workshopCalendarPath,
  type PageKind,
  type Route,
} from '../../site/src/lib/routes.ts';

const documentKinds = ['workshop', 'theme', 'focusEdition'] as const;

/** Every page kind's path in each language; a Record, so a new kind must be added here. */
const expectedPaths: Record<LocaleCode, Record<PageKind, string>> = {
  nl: {
    home: '/nl/',
    workshops: '/nl/veranderateliers/',
    workshop: '/nl/veranderateliers/veranderatelier-9/',
    themes: '/nl/themas/',
    theme: '/nl/themas/eerstelijnszorg/',
    focusEditions: '/nl/focus/',
    focusEdition: '/nl/focus/focus-3/',
    team: '/nl/team/',
    search: '/nl/zoeken/',
    notFound: '/nl/404/',
    page: '/nl/over-ons/werking/',
  },
  fr: {
    home: '/fr/',
    workshops: '/fr/ateliers-du-changement/',
    workshop: '/fr/ateliers-du-changement/atelier-du-changement-9/',
    themes: '/fr/themes/',
    theme: '/fr/themes/soins-de-premiere-ligne/',
    focusEditions: '/fr/focus/',
    focusEdition: '/fr/focus/focus-3/',
    team: '/fr/equipe/',
    search: '/fr/recherche/',
    notFound: '/fr/404/',
    page: '/fr/a-propos/fonctionnement/',
  },
};

const slugs: Record<LocaleCode, Record<(typeof documentKinds)[number], string>> = {
  nl: { workshop: 'veranderatelier-9', theme: 'eerstelijnszorg', focusEdition: 'focus-3' },
  fr: {
    workshop: 'atelier-du-changement-9',
    theme: 'soins-de-premiere-ligne',
    focusEdition: 'focus-3',
  },
};

const pageSlugs: Record<LocaleCode, string> = {
  nl: 'over-ons/werking',
  fr: 'a-propos/fonctionnement',
};

function routeFor(locale: LocaleCode, kind: PageKind): Route {
  if (kind === 'page') return { locale, kind, slug: pageSlugs[locale] };
  const documentKind = documentKinds.find((candidate) => candidate === kind);
  return documentKind ? { locale, kind, slug: slugs[locale][documentKind] } : { locale, kind };
}

const allRoutes: Route[] = localeCodes.flatMap((locale) =>
  (Object.keys(expectedPaths[locale]) as PageKind[]).map((kind) => routeFor(locale, kind))
);

describe('pathTo', () => {
  for (const route of allRoutes) {
    it(`puts the ${route.locale} ${route.kind} page at ${expectedPaths[route.locale][route.kind]}`, () => {
      expect(pathTo(route)).toBe(expectedPaths[route.locale][route.kind]);
    });
  }

  it('gives every page of the site a distinct path', () => {
    const paths = allRoutes.map(pathTo);
    expect(new Set(paths).size).toBe(paths.length);
  });

  for (const kind of documentKinds) {
    it(`refuses a ${kind} page without a slug`, () => {
      expect(() => pathTo({ locale: 'nl', kind })).toThrow(`A ${kind} page needs a slug`);
    });
  }

  it('refuses an editor’s page without a slug', () => {
    expect(() => pathTo({ locale: 'nl', kind: 'page' })).toThrow('A page needs a slug');
  });
});

describe('routeOf', () => {
  for (const route of allRoutes) {
    it(`reads ${pathTo(route)} back as the ${route.locale} ${route.kind} page`, () => {
      expect(routeOf(pathTo(route))).toEqual(route);
    });
  }

  it('reads a path without its trailing slash as the same page', () => {
    expect(routeOf('/fr/ateliers-du-changement/atelier-9')).toEqual({
      locale: 'fr',
      kind: 'workshop',
      slug: 'atelier-9',
    });
  });

  it('returns null for a locale the site does not publish', () => {
    expect(routeOf('/en/team/')).toBeNull();
  });

  it('returns null for the site root, which names no locale', () => {
    expect(routeOf('/')).toBeNull();
  });

  it('reads a path under none of the lists as an editor’s page, at any depth', () => {
    expect(routeOf('/nl/contact/')).toEqual({ locale: 'nl', kind: 'page', slug: 'contact' });
    expect(routeOf('/nl/ateliers-du-changement/x/')).toEqual({
      locale: 'nl',
      kind: 'page',
      slug: 'ateliers-du-changement/x',
    });
  });

  it('returns null for the feeds, which are no pages', () => {
    expect(routeOf('/nl/rss.xml')).toBeNull();
    expect(routeOf('/fr/agenda/atelier-9.ics')).toBeNull();
  });

  it('returns null for a path with more segments than a document page', () => {
    expect(routeOf('/nl/veranderateliers/veranderatelier-9/extra/')).toBeNull();
  });

  it('returns null for a slug under a list that holds no documents', () => {
    expect(routeOf('/nl/team/x/')).toBeNull();
    expect(routeOf('/fr/recherche/x/')).toBeNull();
    expect(routeOf('/nl/404/x/')).toBeNull();
  });
});

describe('listKindOf', () => {
  it('names the list each document kind belongs to', () => {
    expect(documentKinds.map(listKindOf)).toEqual(['workshops', 'themes', 'focusEditions']);
  });
});

describe('restOfPath', () => {
  it('is undefined for the home page', () => {
    expect(restOfPath({ locale: 'fr', kind: 'home' })).toBeUndefined();
  });

  it('is the path after the locale, without slashes at either end', () => {
    expect(restOfPath({ locale: 'nl', kind: 'workshop', slug: 'veranderatelier-9' })).toBe(
      'veranderateliers/veranderatelier-9'
    );
    expect(restOfPath({ locale: 'fr', kind: 'team' })).toBe('equipe');
  });

  for (const route of allRoutes) {
    it(`rebuilds ${pathTo(route)} when joined to its locale`, () => {
      const rest = restOfPath(route);
      expect(rest === undefined ? `/${route.locale}/` : `/${route.locale}/${rest}/`).toBe(
        pathTo(route)
      );
    });
  }
});

describe('feed paths', () => {
  it('puts the RSS feed of each locale at /<locale>/rss.xml', () => {
    expect(rssPath('nl')).toBe('/nl/rss.xml');
    expect(rssPath('fr')).toBe('/fr/rss.xml');
  });

  it('puts the calendar of each locale at /<locale>/agenda.ics', () => {
    expect(calendarPath('nl')).toBe('/nl/agenda.ics');
    expect(calendarPath('fr')).toBe('/fr/agenda.ics');
  });

  it("puts one workshop's calendar file under /<locale>/agenda/", () => {
    expect(workshopCalendarPath('fr', 'atelier-9')).toBe('/fr/agenda/atelier-9.ics');
  });
});

describe('numbered pages of long lists', () => {
  it('live under a localized page segment, and the first page is the list itself', () => {
    expect(pathTo({ locale: 'nl', kind: 'workshops', page: 1 })).toBe('/nl/veranderateliers/');
    expect(pathTo({ locale: 'nl', kind: 'workshops', page: 3 })).toBe(
      '/nl/veranderateliers/pagina/3/'
    );
    expect(pathTo({ locale: 'fr', kind: 'focusEditions', page: 2 })).toBe('/fr/focus/page/2/');
  });

  it('are read back from their paths, and nothing else is', () => {
    for (const route of [
      { locale: 'nl', kind: 'workshops', page: 12 },
      { locale: 'fr', kind: 'workshops', page: 2 },
      { locale: 'fr', kind: 'focusEditions', page: 4 },
    ] as const) {
      expect(routeOf(pathTo(route))).toEqual(route);
    }
    for (const path of [
      '/nl/veranderateliers/pagina/1/',
      '/nl/veranderateliers/pagina/02/',
      '/nl/veranderateliers/page/2/',
      '/nl/themas/pagina/2/',
      '/nl/veranderateliers/pagina/twee/',
    ]) {
      expect(routeOf(path), path).toBeNull();
    }
  });

  it('exist only for paged lists and whole page numbers', () => {
    expect(() => pathTo({ locale: 'nl', kind: 'themes', page: 2 })).toThrow('no page 2');
    expect(() => pathTo({ locale: 'nl', kind: 'workshops', page: 1.5 })).toThrow('no page 1.5');
  });
});
