import type { LocaleCode } from '@zorgzone/config';
import { describe, expect, it } from 'vitest';
import type { MediaIndex } from '../../site/src/lib/strapi/media.ts';
import type { RawLocaleContent } from '../../site/src/lib/strapi/raw.ts';
import { resolveContent } from '../../site/src/lib/strapi/resolve.ts';
import { siteSettings } from '../support/site-settings.ts';

const TODAY = '2026-12-01';

/** Every upload has a copy, except those whose URL says "missing". */
const media: MediaIndex = {
  image: (url) =>
    url.includes('missing')
      ? null
      : { src: `/media${url}`, srcset: `/media${url} 720w`, width: 720, height: 480, sources: [] },
  social: (url) => ({ url: `/media/social${url}`, width: 1200, height: 630, type: 'image/jpeg' }),
  file: (url) => (url.includes('missing') ? null : `/media${url}`),
};

const link = (label: string, destination: Record<string, unknown>) => ({
  label,
  page: null,
  workshop: null,
  theme: null,
  focusEdition: null,
  list: null,
  url: null,
  ...destination,
});

const page = (documentId: string, slug: string, extra: Record<string, unknown> = {}) => ({
  documentId,
  locale: 'nl',
  title: slug,
  slug,
  summary: null,
  position: 0,
  reviewedOn: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  parent: null,
  blocks: [],
  seo: null,
  ...extra,
});

const workshop = (documentId: string, slug: string, date: string) => ({
  documentId,
  locale: 'nl',
  number: 1,
  title: slug,
  slug,
  date,
  presentationFile: null,
  agendaTopics: [],
  roundTables: [],
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

const resolve = (nl: RawLocaleContent, fr: RawLocaleContent = raw('fr')) =>
  resolveContent([nl, fr], media, TODAY);

describe('resolveContent', () => {
  it('places pages under their parents, and leaves out one on an address already taken', () => {
    const content = resolve(
      raw('nl', {
        pages: [
          page('about', 'over-ons'),
          page('work', 'werking', { parent: { documentId: 'about' } }),
          page('team', 'team'),
        ],
      })
    ).nl;
    expect(content.pages.map((entry) => entry.slugPath)).toEqual(['over-ons', 'over-ons/werking']);
    expect(content.pages[1]!.parentId).toBe('about');
    expect(content.warnings).toContainEqual({
      code: 'pageLeftOut',
      locale: 'nl',
      title: 'team',
      documentId: 'team',
      path: '/nl/team/',
    });
  });

  it('gives menu links their destinations, and leaves out one whose destination is not published', () => {
    const content = resolve(
      raw('nl', {
        pages: [page('about', 'over-ons')],
        workshops: [workshop('w9', 'veranderatelier-9', '2025-10-16')],
        navigation: {
          header: [
            link('Over ons', { page: { documentId: 'about' } }),
            link('Negen', { workshop: { documentId: 'w9' } }),
            link('Thema’s', { list: 'themes' }),
            link('BRUSANO', { url: 'https://www.brusano.brussels/' }),
            link('Weg', { page: { documentId: 'unpublished' } }),
            link('Gevaarlijk', { url: 'javascript:alert(1)' }),
          ],
          footerColumns: [{ heading: 'Leeg', links: [link('Ook weg', { page: null })] }],
        },
      })
    ).nl;
    expect(content.navigation.header.map(({ label, href }) => [label, href])).toEqual([
      ['Over ons', '/nl/over-ons/'],
      ['Negen', '/nl/veranderateliers/veranderatelier-9/'],
      ['Thema’s', '/nl/themas/'],
      ['BRUSANO', 'https://www.brusano.brussels/'],
    ]);
    expect(content.navigation.header[0]!.route).toEqual({
      locale: 'nl',
      kind: 'page',
      slug: 'over-ons',
    });
    expect(content.navigation.footerColumns).toEqual([]);
    const leftOut = content.warnings.flatMap((warning) =>
      warning.code === 'linkLeftOut' ? [warning.label] : []
    );
    expect(leftOut).toEqual(['Weg', 'Gevaarlijk', 'Ook weg']);
  });

  it('fills in latest items and a contact card from the site settings, and leaves out what has nothing to show', () => {
    const content = resolve(
      raw('nl', {
        workshops: [
          workshop('old', 'oud', '2025-01-01'),
          workshop('next', 'volgend', '2027-01-01'),
          workshop('recent', 'recent', '2026-06-01'),
        ],
        pages: [
          page('blocks', 'blokken', {
            blocks: [
              {
                __component: 'blocks.latest-items',
                heading: 'Verslagen',
                kind: 'workshopReports',
                count: 1,
              },
              {
                __component: 'blocks.latest-items',
                heading: 'Gepland',
                kind: 'upcomingWorkshops',
                count: 3,
              },
              {
                __component: 'blocks.contact-card',
                heading: null,
                useSiteContact: true,
                name: null,
                email: null,
                phone: null,
                address: null,
                note: null,
              },
              {
                __component: 'blocks.image',
                image: { url: '/missing.jpg' },
                alt: 'x',
                decorative: false,
                caption: null,
                credit: null,
              },
              {
                __component: 'blocks.image',
                image: { url: '/photo.jpg' },
                alt: 'Foto',
                decorative: true,
                caption: null,
                credit: null,
              },
            ],
          }),
        ],
      })
    ).nl;
    const blocks = content.pages[0]!.blocks;
    expect(blocks.map((block) => block.__component)).toEqual([
      'blocks.latest-items',
      'blocks.latest-items',
      'blocks.image',
    ]);
    const [reports, upcoming, image] = blocks as unknown as [
      { workshops: { slug: string }[] },
      { workshops: { slug: string }[] },
      { alt: string },
    ];
    expect(reports.workshops.map((entry) => entry.slug)).toEqual(['recent']);
    expect(upcoming.workshops.map((entry) => entry.slug)).toEqual(['volgend']);
    // Marked decorative: its description is not read out.
    expect(image.alt).toBe('');
    expect(content.warnings.filter((warning) => warning.code === 'blockLeftOut')).toEqual([
      {
        code: 'blockLeftOut',
        locale: 'nl',
        place: { kind: 'page', title: 'blokken', documentId: 'blocks' },
        block: 'contactCard',
      },
      {
        code: 'blockLeftOut',
        locale: 'nl',
        place: { kind: 'page', title: 'blokken', documentId: 'blocks' },
        block: 'image',
      },
    ]);
  });

  it('shows a contact card with the site’s e-mail once the settings have one', () => {
    const nl = raw('nl', {
      pages: [
        page('contact', 'contact', {
          blocks: [
            {
              __component: 'blocks.contact-card',
              heading: 'Contact',
              useSiteContact: true,
              name: null,
              email: null,
              phone: null,
              address: null,
              note: null,
            },
          ],
        }),
      ],
    });
    (nl.settings as { contactEmail: string | null }).contactEmail = 'info@example.test';
    expect(resolve(nl).nl.pages[0]!.blocks[0]).toMatchObject({
      __component: 'blocks.contact-card',
      name: 'Zorgzone Zuid',
      email: 'info@example.test',
    });
  });

  it('lists every fact of the association nobody filled in, and never fills one in itself', () => {
    const content = resolve(raw('nl')).nl;
    const missing = content.warnings.flatMap((warning) =>
      warning.code === 'missingFact' ? [warning.fact] : []
    );
    expect(missing.sort()).toEqual(
      [
        'accessibilityStatement',
        'contactEmail',
        'enterpriseNumber',
        'legalEntitiesRegister',
        'privacyStatement',
        'registeredOffice',
      ].sort()
    );
    expect(content.settings.enterpriseNumber).toBeNull();
    expect(content.legalLinks).toEqual({ privacy: null, accessibility: null });
  });

  it('links the statements chosen in the settings, and says when the accessibility statement is not reviewed for a year', () => {
    const nl = raw('nl', {
      pages: [
        page('privacy', 'privacyverklaring'),
        page('a11y', 'toegankelijkheidsverklaring', { reviewedOn: '2025-11-30' }),
      ],
    });
    Object.assign(nl.settings, {
      privacyStatement: { documentId: 'privacy' },
      accessibilityStatement: { documentId: 'a11y' },
    });
    const content = resolve(nl).nl;
    expect(content.legalLinks.privacy?.href).toBe('/nl/privacyverklaring/');
    expect(content.legalLinks.accessibility?.href).toBe('/nl/toegankelijkheidsverklaring/');
    expect(content.warnings).toContainEqual({
      code: 'statementNotReviewed',
      locale: 'nl',
      title: 'toegankelijkheidsverklaring',
      documentId: 'a11y',
      reviewedOn: '2025-11-30',
    });
    (nl.pages[1] as { reviewedOn: string }).reviewedOn = '2026-02-01';
    expect(resolve(nl).nl.warnings.some((warning) => warning.code === 'statementNotReviewed')).toBe(
      false
    );
  });

  it('resolves redirects to a document, a list or a file, across both languages', () => {
    const content = resolve(
      raw('nl', {
        workshops: [workshop('w9', 'veranderatelier-9', '2025-10-16')],
        redirects: [
          {
            from: '/events/veranderatelier-9/',
            permanent: true,
            ...link('', { workshop: { documentId: 'w9' } }),
            file: null,
          },
          {
            from: '/oude-pdf.pdf',
            permanent: false,
            ...link('', {}),
            file: { url: '/uploads/pres.pdf' },
          },
          {
            from: '/weg/',
            permanent: true,
            ...link('', { page: { documentId: 'unpublished' } }),
            file: null,
          },
        ],
      }),
      raw('fr', {
        redirects: [
          { from: '/agenda-fr/', permanent: true, ...link('', { list: 'workshops' }), file: null },
        ],
      })
    );
    expect(content.nl.redirects).toEqual([
      {
        from: '/events/veranderatelier-9/',
        to: '/nl/veranderateliers/veranderatelier-9/',
        status: 301,
      },
      { from: '/oude-pdf.pdf', to: '/media/uploads/pres.pdf', status: 302 },
    ]);
    expect(content.fr.redirects).toEqual([
      { from: '/agenda-fr/', to: '/fr/ateliers-du-changement/', status: 301 },
    ]);
    expect(content.nl.warnings).toContainEqual({
      code: 'redirectLeftOut',
      locale: 'nl',
      from: '/weg/',
      reason: 'noDestination',
    });
  });
});
