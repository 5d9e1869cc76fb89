import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PAGE_SIZE, StrapiClient, StrapiError } from '../../site/src/lib/strapi/client.ts';
import { toQueryString } from '../../site/src/lib/strapi/query-string.ts';
import {
  blocks,
  focusEditionEntry,
  seoEntry,
  siteSettingsEntry,
  teamMemberEntry,
  themeEntry,
  workshopEntry,
} from '../../site/src/lib/strapi/schemas.ts';
import { pageBlock, pageBlocks } from '../../site/src/lib/strapi/queries/blocks.ts';
import { homePageEntry } from '../../site/src/lib/strapi/queries/site.ts';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** A workshop as Strapi 5's REST API sends it, with the ids and timestamps the site ignores. */
function strapiWorkshop(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 17,
    documentId: 'wk9a1b2c3d4e5f6g7h8i9j0k',
    locale: 'nl',
    number: 9,
    title: 'Negende veranderatelier',
    slug: 'veranderatelier-9',
    date: '2025-10-16',
    startTime: '14:00:00.000',
    endTime: '16:30:00.000',
    venue: 'Gemeentehuis, Halle',
    summary: 'Over eerstelijnszorg in de regio.',
    participants: 'Huisartsen, OCMW, thuiszorg',
    participantCount: 42,
    presentationUrl: 'https://example.org/presentatie',
    createdAt: '2025-09-01T08:15:30.123Z',
    updatedAt: '2025-09-02T10:00:00.000Z',
    publishedAt: '2025-09-02T10:00:00.000Z',
    presentationFile: {
      id: 4,
      documentId: 'file4',
      name: 'presentatie.pdf',
      url: '/uploads/presentatie_abc.pdf',
      mime: 'application/pdf',
    },
    programme: [
      { id: 1, startTime: '14:00:00.000', endTime: '14:15:00.000', label: 'Onthaal' },
      { id: 2, startTime: '14:15:00.000', endTime: null, label: 'Rondetafels' },
    ],
    agendaTopics: [{ id: 3, title: 'Stand van zaken', details: [paragraph('Kort overzicht.')] }],
    roundTables: [
      {
        id: 5,
        title: 'Rondetafel eerstelijn',
        body: [
          paragraph('We bespraken de samenwerking.'),
          {
            type: 'list',
            format: 'unordered',
            children: [
              {
                type: 'list-item',
                children: [
                  { type: 'text', text: 'Zie ' },
                  {
                    type: 'link',
                    url: 'https://example.org',
                    children: [{ type: 'text', text: 'de site', bold: true }],
                  },
                ],
              },
            ],
          },
        ],
        themes: [{ id: 8, documentId: 'th1', name: 'Eerstelijnszorg', slug: 'eerstelijnszorg' }],
      },
    ],
    resources: [
      { id: 6, label: 'Verslag', url: 'https://example.org/verslag.pdf', description: '' },
    ],
    themes: [{ id: 8, documentId: 'th1', name: 'Eerstelijnszorg', slug: 'eerstelijnszorg' }],
    teamMembers: [{ id: 2, documentId: 'tm1', name: 'An Peeters' }],
    ...overrides,
  };
}

/** A copy of an entry without the given fields, as when Strapi leaves them out. */
function without(entry: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !keys.includes(key)));
}

describe('workshopEntry', () => {
  it('parses a Strapi 5 workshop into the typed model, dropping ids and timestamps', () => {
    expect(workshopEntry.parse(strapiWorkshop())).toEqual({
      documentId: 'wk9a1b2c3d4e5f6g7h8i9j0k',
      locale: 'nl',
      number: 9,
      title: 'Negende veranderatelier',
      slug: 'veranderatelier-9',
      date: '2025-10-16',
      startTime: '14:00:00.000',
      endTime: '16:30:00.000',
      venue: 'Gemeentehuis, Halle',
      summary: 'Over eerstelijnszorg in de regio.',
      participants: 'Huisartsen, OCMW, thuiszorg',
      participantCount: 42,
      presentationUrl: 'https://example.org/presentatie',
      presentationFile: {
        url: '/uploads/presentatie_abc.pdf',
        mime: 'application/pdf',
        name: 'presentatie.pdf',
      },
      updatedAt: '2025-09-02T10:00:00.000Z',
      programme: [
        { startTime: '14:00:00.000', endTime: '14:15:00.000', label: 'Onthaal' },
        { startTime: '14:15:00.000', endTime: null, label: 'Rondetafels' },
      ],
      agendaTopics: [{ title: 'Stand van zaken', details: [paragraph('Kort overzicht.')] }],
      roundTables: [
        {
          title: 'Rondetafel eerstelijn',
          body: [
            paragraph('We bespraken de samenwerking.'),
            {
              type: 'list',
              format: 'unordered',
              children: [
                {
                  type: 'list-item',
                  children: [
                    { type: 'text', text: 'Zie ' },
                    {
                      type: 'link',
                      url: 'https://example.org',
                      children: [{ type: 'text', text: 'de site', bold: true }],
                    },
                  ],
                },
              ],
            },
          ],
          themes: [{ documentId: 'th1', name: 'Eerstelijnszorg', slug: 'eerstelijnszorg' }],
        },
      ],
      resources: [{ label: 'Verslag', url: 'https://example.org/verslag.pdf', description: null }],
      themes: [{ documentId: 'th1', name: 'Eerstelijnszorg', slug: 'eerstelijnszorg' }],
      teamMembers: [{ documentId: 'tm1', name: 'An Peeters' }],
      seo: null,
    });
  });

  it('turns null optional texts into null', () => {
    const workshop = workshopEntry.parse(
      strapiWorkshop({ startTime: null, venue: null, summary: null, presentationUrl: null })
    );
    expect([
      workshop.startTime,
      workshop.venue,
      workshop.summary,
      workshop.presentationUrl,
    ]).toEqual([null, null, null, null]);
  });

  it('turns absent optional texts into null', () => {
    const workshop = workshopEntry.parse(without(strapiWorkshop(), 'endTime', 'participants'));
    expect([workshop.endTime, workshop.participants]).toEqual([null, null]);
  });

  it('turns empty and blank optional texts into null', () => {
    const workshop = workshopEntry.parse(strapiWorkshop({ venue: '', summary: '   ' }));
    expect([workshop.venue, workshop.summary]).toEqual([null, null]);
  });

  it('turns a missing participant count and presentation file into null', () => {
    const workshop = workshopEntry.parse(
      strapiWorkshop({ participantCount: null, presentationFile: undefined })
    );
    expect([workshop.participantCount, workshop.presentationFile]).toEqual([null, null]);
  });

  it('turns null or absent repeatable components and relations into empty lists', () => {
    const workshop = workshopEntry.parse(
      strapiWorkshop({
        programme: null,
        agendaTopics: undefined,
        roundTables: null,
        resources: null,
        themes: undefined,
        teamMembers: null,
      })
    );
    expect(workshop).toMatchObject({
      programme: [],
      agendaTopics: [],
      roundTables: [],
      resources: [],
      themes: [],
      teamMembers: [],
    });
  });

  it('turns a round table without body or themes into one with empty lists', () => {
    const workshop = workshopEntry.parse(
      strapiWorkshop({ roundTables: [{ id: 1, title: 'Zonder inhoud', body: null }] })
    );
    expect(workshop.roundTables).toEqual([{ title: 'Zonder inhoud', body: [], themes: [] }]);
  });

  it('rejects an entry without a title', () => {
    expect(workshopEntry.safeParse(without(strapiWorkshop(), 'title')).success).toBe(false);
  });

  it('rejects an entry whose title is null', () => {
    expect(workshopEntry.safeParse(strapiWorkshop({ title: null })).success).toBe(false);
  });

  it('rejects an entry whose number is a string', () => {
    expect(workshopEntry.safeParse(strapiWorkshop({ number: '9' })).success).toBe(false);
  });

  it('rejects a round-table theme without a slug', () => {
    const entry = strapiWorkshop({
      roundTables: [{ title: 'R', body: [], themes: [{ documentId: 'th1', name: 'Zorg' }] }],
    });
    expect(workshopEntry.safeParse(entry).success).toBe(false);
  });
});

describe('blocks', () => {
  it('accepts headings, quotes, code, images and nested lists', () => {
    const value = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Titel' }] },
      { type: 'quote', children: [{ type: 'text', text: 'Citaat', italic: true }] },
      { type: 'code', children: [{ type: 'text', text: 'x = 1' }] },
      {
        type: 'image',
        image: { url: '/uploads/a.png', alternativeText: null, width: 10, height: 5 },
      },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Een' }] },
          {
            type: 'list',
            format: 'unordered',
            children: [{ type: 'list-item', children: [{ type: 'text', text: 'Genest' }] }],
          },
        ],
      },
    ];
    expect(blocks.parse(value)).toEqual(value);
  });

  it('turns null and absent rich text into an empty list', () => {
    expect(blocks.parse(null)).toEqual([]);
    expect(blocks.parse(undefined)).toEqual([]);
  });

  it('rejects a heading level outside 1 to 6', () => {
    const value = [{ type: 'heading', level: 7, children: [{ type: 'text', text: 'Te diep' }] }];
    expect(blocks.safeParse(value).success).toBe(false);
  });

  it('rejects a block type the site cannot render', () => {
    expect(blocks.safeParse([{ type: 'video', children: [] }]).success).toBe(false);
  });
});

describe('themeEntry', () => {
  it('parses a theme, turning a blank short description and null description into null and []', () => {
    expect(
      themeEntry.parse({
        id: 3,
        documentId: 'th1',
        locale: 'fr',
        name: 'Soins de première ligne',
        slug: 'soins-de-premiere-ligne',
        shortDescription: '',
        description: null,
      })
    ).toEqual({
      documentId: 'th1',
      locale: 'fr',
      name: 'Soins de première ligne',
      slug: 'soins-de-premiere-ligne',
      shortDescription: null,
      description: [],
      seo: null,
    });
  });

  it('rejects a theme without a slug', () => {
    expect(themeEntry.safeParse({ documentId: 'th1', locale: 'nl', name: 'Zorg' }).success).toBe(
      false
    );
  });
});

describe('focusEditionEntry', () => {
  const edition = {
    id: 1,
    documentId: 'fe3',
    locale: 'nl',
    edition: 3,
    title: 'Focus 3',
    slug: 'focus-3',
    summary: 'Over mantelzorg.',
    editionStatus: 'published',
    publicationDate: '2025-06-01',
    pdf: { id: 9, url: '/uploads/focus3.pdf', mime: 'application/pdf' },
    url: null,
    themes: [{ id: 8, documentId: 'th1', name: 'Mantelzorg', slug: 'mantelzorg' }],
    webinar: { id: 2, date: '2025-09-10', description: '', recordingUrl: null },
  };

  it('parses an edition with its webinar component', () => {
    expect(focusEditionEntry.parse(edition)).toEqual({
      documentId: 'fe3',
      locale: 'nl',
      edition: 3,
      title: 'Focus 3',
      slug: 'focus-3',
      summary: 'Over mantelzorg.',
      editionStatus: 'published',
      publicationDate: '2025-06-01',
      pdf: { url: '/uploads/focus3.pdf', mime: 'application/pdf' },
      url: null,
      themes: [{ documentId: 'th1', name: 'Mantelzorg', slug: 'mantelzorg' }],
      webinar: { date: '2025-09-10', description: null, recordingUrl: null },
      seo: null,
    });
  });

  it('turns a missing webinar, pdf and themes into null, null and []', () => {
    const parsed = focusEditionEntry.parse({
      ...edition,
      webinar: null,
      pdf: null,
      themes: undefined,
    });
    expect([parsed.webinar, parsed.pdf, parsed.themes]).toEqual([null, null, []]);
  });

  it('rejects an edition status other than published or in_preparation', () => {
    expect(focusEditionEntry.safeParse({ ...edition, editionStatus: 'draft' }).success).toBe(false);
  });
});

describe('teamMemberEntry', () => {
  it('defaults a missing display order to 0 and a missing active flag to true', () => {
    const member = teamMemberEntry.parse({
      documentId: 'tm1',
      locale: 'nl',
      name: 'An Peeters',
      displayOrder: null,
    });
    expect(member).toEqual({
      documentId: 'tm1',
      locale: 'nl',
      name: 'An Peeters',
      role: null,
      photo: null,
      photoAlt: null,
      bio: null,
      displayOrder: 0,
      active: true,
    });
  });

  it('keeps an explicit inactive flag', () => {
    const member = teamMemberEntry.parse({
      documentId: 'tm1',
      locale: 'nl',
      name: 'An Peeters',
      active: false,
    });
    expect(member.active).toBe(false);
  });
});

describe('siteSettingsEntry', () => {
  it('parses the settings, turning empty texts into null and missing lists into []', () => {
    expect(
      siteSettingsEntry.parse({
        id: 1,
        documentId: 'ss1',
        siteName: 'Zorgzone Zuid',
        tagline: '',
        contactEmail: 'info@example.org',
        contactPhone: null,
        footerLines: [{ id: 1, text: 'Een initiatief van de regio', url: '' }],
        enterpriseNumber: '',
        privacyStatement: { id: 3, documentId: 'p1', title: 'Privacyverklaring' },
        accessibilityStatement: null,
      })
    ).toEqual({
      siteName: 'Zorgzone Zuid',
      tagline: null,
      organisationName: null,
      legalForm: null,
      registeredOffice: null,
      enterpriseNumber: null,
      legalEntitiesRegister: null,
      contactEmail: 'info@example.org',
      contactPhone: null,
      address: null,
      footerLines: [{ text: 'Een initiatief van de regio', url: null }],
      privacyStatement: { documentId: 'p1' },
      accessibilityStatement: null,
    });
  });

  it('rejects settings without a site name', () => {
    expect(siteSettingsEntry.safeParse({ tagline: 'x' }).success).toBe(false);
  });
});

describe('homePageEntry', () => {
  it('parses a home page with no intro and no blocks into one with empty lists', () => {
    expect(homePageEntry.parse({ id: 1, title: 'Welkom', intro: null, blocks: null })).toEqual({
      title: 'Welkom',
      intro: [],
      blocks: [],
    });
  });
});

describe('seoEntry', () => {
  it('keeps an editor’s title, description, image and noindex, and defaults noindex to false', () => {
    expect(
      seoEntry.parse({
        id: 4,
        metaTitle: 'Over ons',
        metaDescription: '',
        socialImage: { id: 2, url: '/uploads/team.jpg', width: 4000, height: 3000 },
        noindex: null,
      })
    ).toEqual({
      metaTitle: 'Over ons',
      metaDescription: null,
      socialImage: { url: '/uploads/team.jpg', width: 4000, height: 3000 },
      noindex: false,
    });
    expect(seoEntry.parse(undefined)).toBeNull();
  });
});

describe('pageBlock', () => {
  it('tells the blocks apart by their component, with defaults for what editors left empty', () => {
    expect(
      pageBlocks.parse([
        { id: 1, __component: 'blocks.image', image: null, alt: '', decorative: null },
        {
          id: 2,
          __component: 'blocks.latest-items',
          heading: 'Nieuw',
          kind: 'focusEditions',
          count: 3,
        },
        { id: 3, __component: 'blocks.contact-card', heading: null, useSiteContact: null },
      ])
    ).toEqual([
      {
        __component: 'blocks.image',
        image: null,
        alt: null,
        decorative: false,
        caption: null,
        credit: null,
      },
      { __component: 'blocks.latest-items', heading: 'Nieuw', kind: 'focusEditions', count: 3 },
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
    ]);
  });

  it('rejects a block the site has no renderer for, so the build fails loudly', () => {
    expect(pageBlocks.safeParse([{ __component: 'blocks.carousel' }]).success).toBe(false);
  });

  it('rejects a latest-items block asking for more than twelve', () => {
    expect(
      pageBlock.safeParse({
        __component: 'blocks.latest-items',
        heading: 'x',
        kind: 'focusEditions',
        count: 50,
      }).success
    ).toBe(false);
  });
});

describe('toQueryString', () => {
  it('writes nested objects and arrays as bracketed keys with array indexes', () => {
    expect(
      toQueryString({ populate: { roundTables: { populate: { themes: { fields: ['name'] } } } } })
    ).toBe('populate[roundTables][populate][themes][fields][0]=name');
  });

  it('joins several parameters with & in the order given', () => {
    expect(
      toQueryString({ locale: 'fr', sort: ['date:desc', 'number:desc'], pagination: { page: 2 } })
    ).toBe('locale=fr&sort[0]=date%3Adesc&sort[1]=number%3Adesc&pagination[page]=2');
  });

  it('writes numbers and booleans as text', () => {
    expect(toQueryString({ populate: { programme: true }, pagination: { pageSize: 100 } })).toBe(
      'populate[programme]=true&pagination[pageSize]=100'
    );
  });

  it('URI-encodes values', () => {
    expect(toQueryString({ filters: { title: { $eq: 'Zorg & welzijn? ja=nee' } } })).toBe(
      'filters[title][%24eq]=Zorg%20%26%20welzijn%3F%20ja%3Dnee'
    );
  });

  it('URI-encodes keys but keeps their brackets readable', () => {
    expect(toQueryString({ 'a b': { 'c&d': 'x' } })).toBe('a%20b[c%26d]=x');
  });

  it('is empty for an empty query', () => {
    expect(toQueryString({})).toBe('');
  });
});

const baseUrl = 'http://strapi.test:1337';

interface FakeCall {
  url: URL;
  headers: Record<string, string>;
}

/** A fetch that answers each request with the next of the given responses and records it. */
function fakeFetch(...answers: ({ status?: number; body?: unknown } | Error)[]) {
  const calls: FakeCall[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: new URL(String(input)),
      headers: (init?.headers ?? {}) as Record<string, string>,
    });
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`unexpected request ${String(input)}`);
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer.body ?? null), { status: answer.status ?? 200 });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const item = z.object({ documentId: z.string(), name: z.string() });

function page(names: string[], pageNumber: number, pageCount: number) {
  return {
    body: {
      data: names.map((name) => ({ id: 1, documentId: `doc-${name}`, name })),
      meta: {
        pagination: { page: pageNumber, pageSize: PAGE_SIZE, pageCount, total: names.length },
      },
    },
  };
}

describe('StrapiClient.getAll', () => {
  it('reads every page until the page number reaches the page count', async () => {
    const { fetch, calls } = fakeFetch(
      page(['a', 'b'], 1, 3),
      page(['c'], 2, 3),
      page(['d'], 3, 3)
    );
    const client = new StrapiClient({ baseUrl, fetch });
    const entries = await client.getAll('/api/themes', { locale: 'nl' }, item);
    expect(entries.map((entry) => entry.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(calls.map((call) => call.url.searchParams.get('pagination[page]'))).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('asks for pages of 100 entries', async () => {
    const { fetch, calls } = fakeFetch(page(['a'], 1, 1));
    await new StrapiClient({ baseUrl, fetch }).getAll('/api/themes', {}, item);
    expect(PAGE_SIZE).toBe(100);
    expect(calls[0]!.url.searchParams.get('pagination[pageSize]')).toBe('100');
  });

  it('requests the path under the base URL with the query, even when the base URL ends in /', async () => {
    const { fetch, calls } = fakeFetch(page([], 1, 0));
    await new StrapiClient({ baseUrl: `${baseUrl}/`, fetch }).getAll(
      '/api/themes',
      { locale: 'fr', fields: ['name'] },
      item
    );
    expect(calls[0]!.url.origin + calls[0]!.url.pathname).toBe(`${baseUrl}/api/themes`);
    expect(calls[0]!.url.searchParams.get('locale')).toBe('fr');
    expect(calls[0]!.url.searchParams.get('fields[0]')).toBe('name');
  });

  it('stops after one request for an empty collection', async () => {
    const { fetch, calls } = fakeFetch(page([], 1, 0));
    const entries = await new StrapiClient({ baseUrl, fetch }).getAll('/api/themes', {}, item);
    expect(entries).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('stops when the answer has no pagination', async () => {
    const { fetch, calls } = fakeFetch({ body: { data: [{ documentId: 'x', name: 'X' }] } });
    const entries = await new StrapiClient({ baseUrl, fetch }).getAll('/api/themes', {}, item);
    expect(entries).toEqual([{ documentId: 'x', name: 'X' }]);
    expect(calls).toHaveLength(1);
  });

  it('counts its requests in requestCount', async () => {
    const { fetch } = fakeFetch(page(['a'], 1, 2), page(['b'], 2, 2), { body: { data: null } });
    const client = new StrapiClient({ baseUrl, fetch });
    expect(client.requestCount).toBe(0);
    await client.getAll('/api/themes', {}, item);
    expect(client.requestCount).toBe(2);
    await client.getSingle('/api/home-page', {}, item);
    expect(client.requestCount).toBe(3);
  });

  it('sends the token as a bearer authorization header', async () => {
    const { fetch, calls } = fakeFetch(page([], 1, 0));
    await new StrapiClient({ baseUrl, token: 's3cret', fetch }).getAll('/api/themes', {}, item);
    expect(calls[0]!.headers).toEqual({ authorization: 'Bearer s3cret' });
  });

  it('sends no authorization header without a token', async () => {
    const { fetch, calls } = fakeFetch(page([], 1, 0));
    await new StrapiClient({ baseUrl, fetch }).getAll('/api/themes', {}, item);
    expect(calls[0]!.headers).toEqual({});
  });
});

describe('StrapiClient.getSingle', () => {
  it('returns the parsed entry', async () => {
    const { fetch } = fakeFetch({ body: { data: { id: 1, title: 'Welkom', intro: null } } });
    const home = await new StrapiClient({ baseUrl, fetch }).getSingle(
      '/api/home-page',
      {},
      homePageEntry
    );
    expect(home).toEqual({ title: 'Welkom', intro: [], blocks: [] });
  });

  it('returns null when Strapi answers 404', async () => {
    const { fetch } = fakeFetch({
      status: 404,
      body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } },
    });
    const client = new StrapiClient({ baseUrl, fetch });
    expect(await client.getSingle('/api/home-page', { locale: 'fr' }, homePageEntry)).toBeNull();
  });

  it('returns null when Strapi answers with null data', async () => {
    const { fetch } = fakeFetch({ body: { data: null, meta: {} } });
    const client = new StrapiClient({ baseUrl, fetch });
    expect(await client.getSingle('/api/home-page', {}, homePageEntry)).toBeNull();
  });
});

describe('StrapiClient errors', () => {
  it('throws a StrapiError naming the base URL and the status when Strapi answers 500', async () => {
    const { fetch } = fakeFetch({ status: 500, body: { error: { status: 500 } } });
    const error = await new StrapiClient({ baseUrl, fetch })
      .getAll('/api/themes', {}, item)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrapiError);
    expect((error as StrapiError).message).toContain(baseUrl);
    expect((error as StrapiError).message).toContain('answered 500');
    expect((error as StrapiError).status).toBe(500);
    expect((error as StrapiError).url).toContain(`${baseUrl}/api/themes?`);
  });

  it('throws a StrapiError for a 404 from a collection', async () => {
    const { fetch } = fakeFetch({ status: 404, body: {} });
    await expect(
      new StrapiClient({ baseUrl, fetch }).getAll('/api/themes', {}, item)
    ).rejects.toThrow(StrapiError);
  });

  it('throws a StrapiError for a 500 from a single type', async () => {
    const { fetch } = fakeFetch({ status: 500, body: {} });
    await expect(
      new StrapiClient({ baseUrl, fetch }).getSingle('/api/home-page', {}, homePageEntry)
    ).rejects.toThrow(`Strapi at ${baseUrl} answered 500`);
  });

  it('throws a StrapiError saying Strapi is unreachable, with the cause, when fetch rejects', async () => {
    const refused = new TypeError('fetch failed', {
      cause: new Error('connect ECONNREFUSED 127.0.0.1:1337'),
    });
    const { fetch } = fakeFetch(refused);
    const error = await new StrapiClient({ baseUrl, fetch })
      .getAll('/api/themes', {}, item)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrapiError);
    expect((error as StrapiError).message).toContain(`Strapi at ${baseUrl} is unreachable`);
    expect((error as StrapiError).message).toContain('ECONNREFUSED');
  });

  it('throws a StrapiError naming the path when the data does not fit the schema', async () => {
    const { fetch } = fakeFetch({
      body: {
        data: [without(strapiWorkshop(), 'title')],
        meta: { pagination: { page: 1, pageCount: 1 } },
      },
    });
    const error = await new StrapiClient({ baseUrl, fetch })
      .getAll('/api/workshops', {}, workshopEntry)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrapiError);
    expect((error as StrapiError).message).toContain('/api/workshops');
    expect((error as StrapiError).message).toContain('does not understand');
  });

  it('throws a StrapiError when a single type does not fit the schema', async () => {
    const { fetch } = fakeFetch({ body: { data: { intro: [] } } });
    await expect(
      new StrapiClient({ baseUrl, fetch }).getSingle('/api/home-page', {}, homePageEntry)
    ).rejects.toThrow(StrapiError);
  });
});
