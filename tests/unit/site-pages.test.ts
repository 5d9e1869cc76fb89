import type { LocaleCode } from '@zorgzone/config';
import { describe, expect, it } from 'vitest';
import {
  LIST_PAGE_SIZE,
  pageCount,
  pageOf,
  sitePages,
  splitWorkshops,
  themeCoverage,
  workshopsInListOrder,
} from '../../site/src/lib/pages.ts';
import type {
  FocusEdition,
  Page,
  SiteContent,
  Theme,
  Workshop,
} from '../../site/src/lib/strapi/models.ts';

type ThemeRef = { documentId: string; name: string; slug: string };

const indexed = { title: null, description: null, image: null, noindex: false };

function workshop(
  documentId: string,
  slug: string,
  date: string,
  extra: { roundTables?: { title: string; themes: ThemeRef[] }[]; themes?: ThemeRef[] } = {}
): Workshop {
  return {
    documentId,
    slug,
    date,
    roundTables: (extra.roundTables ?? []).map((table) => ({ ...table, body: [] })),
    themes: extra.themes ?? [],
    seo: indexed,
  } as unknown as Workshop;
}

function theme(documentId: string, slug: string): Theme {
  return { documentId, slug, name: slug, seo: indexed } as unknown as Theme;
}

function focusEdition(documentId: string, slug: string, themes: ThemeRef[] = []): FocusEdition {
  return { documentId, slug, themes, seo: indexed } as unknown as FocusEdition;
}

function page(
  documentId: string,
  slugPath: string,
  parentId: string | null = null,
  noindex = false
): Page {
  return {
    documentId,
    slugPath,
    slug: slugPath.split('/').at(-1),
    parentId,
    title: slugPath,
    seo: { ...indexed, noindex },
  } as unknown as Page;
}

function localeContent(
  locale: LocaleCode,
  documents: {
    workshops?: Workshop[];
    themes?: Theme[];
    focusEditions?: FocusEdition[];
    pages?: Page[];
  }
) {
  return {
    locale,
    settings: { siteName: 'Zorgzone Zuid' },
    home: null,
    workshops: documents.workshops ?? [],
    themes: documents.themes ?? [],
    focusEditions: documents.focusEditions ?? [],
    team: [],
    pages: documents.pages ?? [],
  };
}

const content = {
  nl: localeContent('nl', {
    workshops: [
      workshop('w-both', 'veranderatelier-9', '2025-10-16'),
      workshop('w-nl-only', 'alleen-nederlands', '2025-03-01'),
    ],
    themes: [theme('t-both', 'eerstelijnszorg')],
    focusEditions: [focusEdition('f-both', 'focus-3')],
    pages: [
      page('p-about', 'over-ons'),
      page('p-work', 'over-ons/werking', 'p-about'),
      page('p-nl-only', 'over-ons/werking/alleen-nl', 'p-work'),
      page('p-hidden', 'verborgen', null, true),
    ],
  }),
  fr: localeContent('fr', {
    workshops: [workshop('w-both', 'atelier-9', '2025-10-16')],
    themes: [theme('t-both', 'soins-de-premiere-ligne'), theme('t-fr-only', 'seulement-francais')],
    focusEditions: [focusEdition('f-both', 'focus-3')],
    pages: [
      page('p-about', 'a-propos'),
      page('p-work', 'a-propos/fonctionnement', 'p-about'),
      page('p-hidden', 'cachee'),
    ],
  }),
} as unknown as SiteContent;

const pages = sitePages(content);

function pageAt(path: string) {
  const page = pages.find((candidate) => candidate.path === path);
  if (!page) throw new Error(`no page at ${path}`);
  return page;
}

describe('sitePages', () => {
  it('builds every fixed page in both languages', () => {
    const fixed = pages.filter((page) => page.documentId === undefined).map((page) => page.path);
    expect(fixed.sort()).toEqual(
      [
        '/nl/',
        '/nl/veranderateliers/',
        '/nl/themas/',
        '/nl/focus/',
        '/nl/team/',
        '/nl/zoeken/',
        '/nl/404/',
        '/fr/',
        '/fr/ateliers-du-changement/',
        '/fr/themes/',
        '/fr/focus/',
        '/fr/equipe/',
        '/fr/recherche/',
        '/fr/404/',
      ].sort()
    );
  });

  it('builds one page per document in each language that has it', () => {
    const documentPages = pages
      .filter((page) => page.documentId !== undefined)
      .map((page) => page.path);
    expect(documentPages.sort()).toEqual(
      [
        '/nl/veranderateliers/veranderatelier-9/',
        '/nl/veranderateliers/alleen-nederlands/',
        '/fr/ateliers-du-changement/atelier-9/',
        '/nl/themas/eerstelijnszorg/',
        '/fr/themes/soins-de-premiere-ligne/',
        '/fr/themes/seulement-francais/',
        '/nl/focus/focus-3/',
        '/fr/focus/focus-3/',
        '/nl/over-ons/',
        '/nl/over-ons/werking/',
        '/nl/over-ons/werking/alleen-nl/',
        '/nl/verborgen/',
        '/fr/a-propos/',
        '/fr/a-propos/fonctionnement/',
        '/fr/cachee/',
      ].sort()
    );
  });

  it('gives every page a distinct path', () => {
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
  });

  it('links a fixed page to the same page in the other language', () => {
    expect(pageAt('/nl/team/').translations).toEqual({ nl: '/nl/team/', fr: '/fr/equipe/' });
    expect(pageAt('/fr/equipe/').switchTargets).toEqual({ nl: '/nl/team/', fr: '/fr/equipe/' });
  });

  it('gives a document page its route with locale, kind and slug', () => {
    expect(pageAt('/fr/ateliers-du-changement/atelier-9/')).toMatchObject({
      route: { locale: 'fr', kind: 'workshop', slug: 'atelier-9' },
      documentId: 'w-both',
    });
  });

  it('gives a document in both languages mutual translations with their own slugs', () => {
    const expected = {
      nl: '/nl/veranderateliers/veranderatelier-9/',
      fr: '/fr/ateliers-du-changement/atelier-9/',
    };
    expect(pageAt(expected.nl).translations).toEqual(expected);
    expect(pageAt(expected.fr).translations).toEqual(expected);
  });

  it('switches languages from a translated document to its translation', () => {
    expect(pageAt('/nl/themas/eerstelijnszorg/').switchTargets).toEqual({
      nl: '/nl/themas/eerstelijnszorg/',
      fr: '/fr/themes/soins-de-premiere-ligne/',
    });
  });

  it('lists only its own language among the translations of a document only in nl', () => {
    expect(pageAt('/nl/veranderateliers/alleen-nederlands/').translations).toEqual({
      nl: '/nl/veranderateliers/alleen-nederlands/',
    });
  });

  it('switches to the fr list from a workshop only in nl', () => {
    expect(pageAt('/nl/veranderateliers/alleen-nederlands/').switchTargets).toEqual({
      nl: '/nl/veranderateliers/alleen-nederlands/',
      fr: '/fr/ateliers-du-changement/',
    });
  });

  it('builds no fr page for a document only in nl', () => {
    expect(
      pages.filter((page) => page.documentId === 'w-nl-only').map((page) => page.path)
    ).toEqual(['/nl/veranderateliers/alleen-nederlands/']);
  });

  it('switches to the nl list from a theme only in fr', () => {
    expect(pageAt('/fr/themes/seulement-francais/').switchTargets).toEqual({
      nl: '/nl/themas/',
      fr: '/fr/themes/seulement-francais/',
    });
  });
});

describe('editors’ pages', () => {
  it('live under their parents, each language with its own slugs', () => {
    expect(pageAt('/nl/over-ons/werking/')).toMatchObject({
      route: { locale: 'nl', kind: 'page', slug: 'over-ons/werking' },
      translations: { nl: '/nl/over-ons/werking/', fr: '/fr/a-propos/fonctionnement/' },
    });
  });

  it('switch a page without a translation to the nearest page above it that has one', () => {
    expect(pageAt('/nl/over-ons/werking/alleen-nl/').switchTargets.fr).toBe(
      '/fr/a-propos/fonctionnement/'
    );
  });

  it('switch a top-level page without a translation to the home page', () => {
    const content = {
      nl: localeContent('nl', { pages: [page('p-solo', 'alleen')] }),
      fr: localeContent('fr', {}),
    } as unknown as SiteContent;
    const solo = sitePages(content).find((entry) => entry.path === '/nl/alleen/')!;
    expect(solo.switchTargets.fr).toBe('/fr/');
  });
});

describe('hreflang sets', () => {
  const withAlternates = pages.filter((entry) => entry.alternates.length > 0);

  it('make every member of a set list the same set, itself and x-default included', () => {
    for (const member of withAlternates) {
      expect(
        member.alternates.map((alternate) => alternate.path),
        member.path
      ).toContain(member.path);
      for (const alternate of member.alternates) {
        const other = pages.find((candidate) => candidate.path === alternate.path);
        if (other)
          expect(other.alternates, `${member.path} → ${other.path}`).toEqual(member.alternates);
      }
      expect(
        member.alternates.filter((alternate) => alternate.hreflang === 'x-default')
      ).toHaveLength(1);
    }
  });

  it('name the language chooser at / as x-default of the home pages', () => {
    expect(pageAt('/nl/').alternates).toEqual([
      { hreflang: 'nl-BE', path: '/nl/' },
      { hreflang: 'fr-BE', path: '/fr/' },
      { hreflang: 'x-default', path: '/' },
    ]);
    expect(pageAt('/fr/').alternates).toEqual(pageAt('/nl/').alternates);
  });

  it('leave out a version kept from search engines, and give it no set of its own', () => {
    expect(pageAt('/nl/verborgen/')).toMatchObject({ noindex: true, alternates: [] });
    expect(pageAt('/fr/cachee/').alternates).toEqual([
      { hreflang: 'fr-BE', path: '/fr/cachee/' },
      { hreflang: 'x-default', path: '/fr/cachee/' },
    ]);
    expect(pageAt('/fr/cachee/').switchTargets.nl).toBe('/nl/verborgen/');
  });

  it('give search and the 404 page no set: they are kept from search engines', () => {
    expect(pageAt('/nl/zoeken/')).toMatchObject({ noindex: true, alternates: [] });
    expect(pageAt('/fr/404/')).toMatchObject({ noindex: true, alternates: [] });
  });
});

describe('splitWorkshops', () => {
  const workshops = [
    workshop('a', 'a', '2024-05-01'),
    workshop('b', 'b', '2026-03-10'),
    workshop('c', 'c', '2025-10-16'),
    workshop('d', 'd', '2025-12-01'),
    workshop('e', 'e', '2025-01-20'),
  ];

  it('puts future workshops soonest first', () => {
    const { upcoming } = splitWorkshops(workshops, '2025-10-17');
    expect(upcoming.map((entry) => entry.date)).toEqual(['2025-12-01', '2026-03-10']);
  });

  it('puts past workshops newest first', () => {
    const { past } = splitWorkshops(workshops, '2025-10-17');
    expect(past.map((entry) => entry.date)).toEqual(['2025-10-16', '2025-01-20', '2024-05-01']);
  });

  it("counts a workshop on today's date as upcoming", () => {
    const { upcoming, past } = splitWorkshops(workshops, '2025-10-16');
    expect(upcoming.map((entry) => entry.date)).toEqual(['2025-10-16', '2025-12-01', '2026-03-10']);
    expect(past.map((entry) => entry.date)).not.toContain('2025-10-16');
  });

  it('does not reorder the workshops it was given', () => {
    const dates = workshops.map((entry) => entry.date);
    splitWorkshops(workshops, '2025-10-17');
    expect(workshops.map((entry) => entry.date)).toEqual(dates);
  });
});

describe('themeCoverage', () => {
  const care: ThemeRef = { documentId: 't-care', name: 'Zorg', slug: 'zorg' };
  const housing: ThemeRef = { documentId: 't-housing', name: 'Wonen', slug: 'wonen' };
  const workshops = [
    workshop('w3', 'w3', '2025-10-16', {
      roundTables: [
        { title: 'Zorg en wonen', themes: [care, housing] },
        { title: 'Alleen wonen', themes: [housing] },
      ],
    }),
    workshop('w2', 'w2', '2025-03-01', { themes: [care] }),
    workshop('w1', 'w1', '2024-10-01', {
      roundTables: [{ title: 'Zorg vroeger', themes: [care] }],
      themes: [care],
    }),
  ];
  const editions = [
    focusEdition('f1', 'focus-1', [housing]),
    focusEdition('f2', 'focus-2', [care, housing]),
  ];
  const coverage = themeCoverage(theme('t-care', 'zorg'), workshops, editions);

  it("finds the round tables tagged with the theme's documentId across workshops, in workshop order", () => {
    expect(
      coverage.roundTables.map((entry) => [entry.workshop.documentId, entry.roundTable.title])
    ).toEqual([
      ['w3', 'Zorg en wonen'],
      ['w1', 'Zorg vroeger'],
    ]);
  });

  it('lists workshops tagged with the theme that have no round table on it', () => {
    expect(coverage.otherWorkshops.map((entry) => entry.documentId)).toEqual(['w2']);
  });

  it('lists the Focus editions tagged with the theme', () => {
    expect(coverage.focusEditions.map((entry) => entry.documentId)).toEqual(['f2']);
  });

  it('finds nothing for a theme no document mentions', () => {
    expect(themeCoverage(theme('t-none', 'niets'), workshops, editions)).toEqual({
      roundTables: [],
      otherWorkshops: [],
      focusEditions: [],
    });
  });
});

describe('paged lists', () => {
  const manyWorkshops = (locale: string, count: number) =>
    Array.from({ length: count }, (_, index) =>
      workshop(
        `w-${index}`,
        `${locale}-${index}`,
        `2020-01-${String((index % 28) + 1).padStart(2, '0')}`
      )
    );

  it('split a list into pages of LIST_PAGE_SIZE, keeping an empty list’s first page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(LIST_PAGE_SIZE)).toBe(1);
    expect(pageCount(LIST_PAGE_SIZE + 1)).toBe(2);
    const entries = Array.from({ length: 50 }, (_, index) => index);
    expect(pageOf(entries, 1)).toEqual(entries.slice(0, LIST_PAGE_SIZE));
    expect(pageOf(entries, 3)).toEqual(entries.slice(2 * LIST_PAGE_SIZE));
  });

  it('list upcoming workshops first, soonest first, then reports newest first', () => {
    const ordered = workshopsInListOrder(
      [
        workshop('a', 'a', '2020-01-01'),
        workshop('b', 'b', '2031-05-01'),
        workshop('c', 'c', '2024-01-01'),
        workshop('d', 'd', '2030-05-01'),
      ],
      '2026-01-01'
    );
    expect(ordered.map((entry) => entry.slug)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('build every page, each linked to the same page of the other language while it exists', () => {
    const paged = {
      nl: localeContent('nl', { workshops: manyWorkshops('nl', LIST_PAGE_SIZE * 2 + 1) }),
      fr: localeContent('fr', { workshops: manyWorkshops('fr', LIST_PAGE_SIZE + 1) }),
    } as unknown as SiteContent;
    const lists = sitePages(paged).filter((page) => page.route.kind === 'workshops');
    expect(lists.map((page) => page.path)).toEqual([
      '/nl/veranderateliers/',
      '/nl/veranderateliers/pagina/2/',
      '/nl/veranderateliers/pagina/3/',
      '/fr/ateliers-du-changement/',
      '/fr/ateliers-du-changement/page/2/',
    ]);
    const third = lists.find((page) => page.path === '/nl/veranderateliers/pagina/3/')!;
    expect(third.translations).toEqual({ nl: '/nl/veranderateliers/pagina/3/' });
    expect(third.switchTargets.fr).toBe('/fr/ateliers-du-changement/');
    const second = lists.find((page) => page.path === '/fr/ateliers-du-changement/page/2/')!;
    expect(second.translations.nl).toBe('/nl/veranderateliers/pagina/2/');
  });
});
