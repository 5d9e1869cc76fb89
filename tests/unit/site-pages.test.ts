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
  SiteContent,
  Theme,
  Workshop,
} from '../../site/src/lib/strapi/models.ts';

type ThemeRef = { documentId: string; name: string; slug: string };

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
  } as unknown as Workshop;
}

function theme(documentId: string, slug: string): Theme {
  return { documentId, slug, name: slug } as unknown as Theme;
}

function focusEdition(documentId: string, slug: string, themes: ThemeRef[] = []): FocusEdition {
  return { documentId, slug, themes } as unknown as FocusEdition;
}

function localeContent(
  locale: LocaleCode,
  documents: {
    workshops?: Workshop[];
    themes?: Theme[];
    focusEditions?: FocusEdition[];
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
  }),
  fr: localeContent('fr', {
    workshops: [workshop('w-both', 'atelier-9', '2025-10-16')],
    themes: [theme('t-both', 'soins-de-premiere-ligne'), theme('t-fr-only', 'seulement-francais')],
    focusEditions: [focusEdition('f-both', 'focus-3')],
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
