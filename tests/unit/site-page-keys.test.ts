import type { LocaleCode } from '@zorgzone/config';
import { describe, expect, it } from 'vitest';
import { pageCacheKeys } from '../../site/src/lib/page-keys.ts';
import { sitePages } from '../../site/src/lib/pages.ts';
import type { MediaIndex } from '../../site/src/lib/strapi/media.ts';
import type { RawLocaleContent } from '../../site/src/lib/strapi/raw.ts';
import { resolveContent } from '../../site/src/lib/strapi/resolve.ts';
import { siteSettings } from '../support/site-settings.ts';

const media: MediaIndex = { image: () => null, social: () => null, file: () => null };

const themeRef = (documentId: string) => ({
  documentId,
  name: `Thema ${documentId}`,
  slug: documentId,
});

const workshop = (number: number, themes: string[], title = `Atelier ${number}`) => ({
  documentId: `w${number}`,
  locale: 'nl',
  number,
  title,
  slug: `atelier-${number}`,
  date: `2025-0${number}-10`,
  presentationFile: null,
  agendaTopics: [],
  roundTables: [],
  themes: themes.map(themeRef),
  seo: null,
});

const theme = (documentId: string, name = `Thema ${documentId}`) => ({
  documentId,
  locale: 'nl',
  name,
  slug: documentId,
  description: [],
  seo: null,
});

function raw(locale: LocaleCode, extra: Partial<Record<keyof RawLocaleContent, unknown>> = {}) {
  return {
    locale,
    settings: siteSettings({ organisationName: 'BRUSANO', legalForm: 'vzw' }),
    home: null,
    navigation: null,
    workshops: [],
    themes: [],
    focusEditions: [],
    team: [],
    pages: [],
    redirects: [],
    ...extra,
  } as unknown as RawLocaleContent;
}

/** Each page's key by its path, for content made of the given Dutch workshops and themes. */
function keys(
  nl: Partial<Record<keyof RawLocaleContent, unknown>>
): Map<string, string | undefined> {
  const content = resolveContent([raw('nl', nl), raw('fr')], media);
  const keyOf = pageCacheKeys(content);
  return new Map(sitePages(content).map((page) => [page.path, keyOf(page)]));
}

const base = {
  themes: [theme('eenzaamheid'), theme('voeding')],
  workshops: [workshop(1, ['eenzaamheid']), workshop(2, ['voeding']), workshop(3, [])],
};

/** The paths whose keys differ between two builds. */
function changedPaths(
  before: Map<string, string | undefined>,
  after: Map<string, string | undefined>
) {
  return [...after.keys()].filter((path) => before.get(path) !== after.get(path)).sort();
}

describe('pageCacheKeys', () => {
  it('gives equal content equal keys, and no key to the pages that summarise everything', () => {
    const first = keys(base);
    expect(keys(base)).toEqual(first);
    for (const path of ['/nl/', '/nl/themas/', '/nl/team/', '/nl/zoeken/', '/fr/'])
      expect(first.get(path)).toBeUndefined();
    expect(first.get('/nl/veranderateliers/atelier-1/')).toMatch(/^[\w-]{43}$/);
  });

  it('changes, for a new title, the workshop’s own page, its list and its theme’s page only', () => {
    const renamed = {
      ...base,
      workshops: [workshop(1, ['eenzaamheid'], 'Nieuwe titel'), ...base.workshops.slice(1)],
    };
    expect(changedPaths(keys(base), keys(renamed))).toEqual([
      '/nl/themas/eenzaamheid/',
      '/nl/veranderateliers/',
      '/nl/veranderateliers/atelier-1/',
    ]);
  });

  it('changes, for a renamed theme, every workshop that shows the theme and the theme’s page', () => {
    const renamed = {
      themes: [theme('eenzaamheid', 'Sociaal isolement'), theme('voeding')],
      workshops: [
        { ...workshop(1, []), themes: [{ ...themeRef('eenzaamheid'), name: 'Sociaal isolement' }] },
        ...base.workshops.slice(1),
      ],
    };
    const changed = changedPaths(keys(base), keys(renamed));
    expect(changed).toContain('/nl/veranderateliers/atelier-1/');
    expect(changed).toContain('/nl/themas/eenzaamheid/');
    expect(changed).not.toContain('/nl/veranderateliers/atelier-2/');
    expect(changed).not.toContain('/nl/themas/voeding/');
  });

  it('changes every keyed page of a language when its settings change, and none of the other', () => {
    const before = keys(base);
    const content = resolveContent(
      [
        raw('nl', {
          ...base,
          settings: siteSettings({ organisationName: 'BRUSANO', legalForm: 'asbl' }),
        }),
        raw('fr'),
      ],
      media
    );
    const keyOf = pageCacheKeys(content);
    for (const page of sitePages(content)) {
      const key = keyOf(page);
      if (key === undefined) continue;
      if (page.route.locale === 'nl') expect(key, page.path).not.toBe(before.get(page.path));
      else expect(key, page.path).toBe(before.get(page.path));
    }
  });
});
