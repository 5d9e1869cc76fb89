import { photo } from './photos.ts';

/**
 * Content the tests add before the site is built, beside the seed: a workshop only in Dutch,
 * a workshop whose title and rich text carry script payloads, an upcoming workshop, and a page
 * in both languages with one block of each kind, a 3000-pixel photo among them.
 */
export const XSS_TITLE = '<script>alert("xss-title")</script> Atelier';
export const XSS_BODY = '<img src=x onerror=alert("xss-body")>';

export const fixtureWorkshops = {
  dutchOnly: { number: 50, slug: 'alleen-in-het-nederlands', title: 'Alleen in het Nederlands' },
  xss: { number: 51, slugs: { nl: 'xss-atelier', fr: 'xss-atelier-fr' } },
  upcoming: { number: 52, slugs: { nl: 'veranderatelier-52', fr: 'atelier-du-changement-52' } },
} as const;

/** The page with every block, in both languages, and its photo's description in each. */
export const blocksPage = {
  slugs: { nl: 'alle-blokken', fr: 'tous-les-blocs' },
  titles: { nl: 'Alle blokken', fr: 'Tous les blocs' },
  photoAlt: {
    nl: 'Een rood huis in een groen landschap',
    fr: 'Une maison rouge dans un paysage vert',
  },
  photo: { width: 3000, height: 2000 },
  /** The Dutch version's title in search results, which its sharing image goes with. */
  metaTitle: 'Alle blokken, voor zoekmachines',
} as const;

/** The smallest PDF the media library accepts. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** A 1×1 PNG, the smallest image the media library accepts. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64'
);

/** A date some weeks ahead, so the upcoming workshop stays upcoming whenever the suite runs. */
export function upcomingDate(now = new Date()): string {
  return new Date(now.getTime() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

export async function createFixtures(cmsUrl: string, token: string): Promise<void> {
  const upload = async (name: string, bytes: Buffer, type: string) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${cmsUrl}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    if (response.status !== 201)
      throw new Error(
        `Fixture upload of ${name} failed: ${response.status} ${await response.text()}`
      );
    return ((await response.json()) as { id: number }[])[0]!.id;
  };
  const call = async (
    path: string,
    method: string,
    body: unknown,
    type = 'api::workshop.workshop'
  ) => {
    const response = await fetch(`${cmsUrl}/content-manager/collection-types/${type}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(
        `Fixture ${method} ${path} failed: ${response.status} ${await response.text()}`
      );
    return (await response.json()) as { data: { documentId: string } };
  };
  const publish = (documentId: string, locale: string, type?: string) =>
    call(`/${documentId}/actions/publish?locale=${locale}`, 'POST', {}, type);

  const { dutchOnly, xss, upcoming } = fixtureWorkshops;
  const dutch = await call('?locale=nl', 'POST', {
    number: dutchOnly.number,
    title: dutchOnly.title,
    slug: dutchOnly.slug,
    date: '2025-01-15',
  });
  await publish(dutch.data.documentId, 'nl');

  const payloadWorkshop = (slug: string) => ({
    number: xss.number,
    title: XSS_TITLE,
    slug,
    date: '2025-02-20',
    summary: XSS_BODY,
    roundTables: [{ title: XSS_TITLE, body: paragraph(XSS_BODY) }],
  });
  const payload = await call('?locale=nl', 'POST', payloadWorkshop(xss.slugs.nl));
  await call(`/${payload.data.documentId}?locale=fr`, 'PUT', payloadWorkshop(xss.slugs.fr));
  await publish(payload.data.documentId, 'nl');
  await publish(payload.data.documentId, 'fr');

  const date = upcomingDate();
  const next = (title: string, slug: string, labels: [string, string]) => ({
    number: upcoming.number,
    title,
    slug,
    date,
    startTime: '12:00:00.000',
    endTime: '16:00:00.000',
    venue: 'Brussel / Bruxelles',
    programme: [
      { startTime: '12:00:00.000', endTime: '13:00:00.000', label: labels[0] },
      { startTime: '14:00:00.000', endTime: '16:00:00.000', label: labels[1] },
    ],
  });
  const created = await call(
    '?locale=nl',
    'POST',
    next('Het 52e veranderatelier', upcoming.slugs.nl, ['Netwerklunch', 'Veranderatelier'])
  );
  await call(
    `/${created.data.documentId}?locale=fr`,
    'PUT',
    next('Le 52e atelier du changement', upcoming.slugs.fr, [
      'Lunch réseau',
      'Atelier du changement',
    ])
  );
  await publish(created.data.documentId, 'nl');
  await publish(created.data.documentId, 'fr');

  const photoId = await upload(
    'landschap.jpg',
    await photo(blocksPage.photo.width, blocksPage.photo.height),
    'image/jpeg'
  );
  const pdfId = await upload('programma.pdf', PDF, 'application/pdf');
  const blocksIn = (locale: 'nl' | 'fr') => {
    const words = (
      {
        nl: [
          'Tekst met een kop',
          'Wie neemt deel?',
          'Professionals uit welzijn en zorg.',
          'Programma (pdf)',
        ],
        fr: [
          'Texte avec un titre',
          'Qui participe ?',
          'Des professionnels du social-santé.',
          'Programme (PDF)',
        ],
      } satisfies Record<
        string,
        [heading: string, question: string, answer: string, download: string]
      >
    )[locale];
    return [
      {
        __component: 'blocks.rich-text',
        body: [
          { type: 'heading', level: 2, children: [{ type: 'text', text: words[0] }] },
          ...paragraph(`${blocksPage.titles[locale]}: ${words[0]}.`),
          {
            type: 'list',
            format: 'unordered',
            children: [{ type: 'list-item', children: [{ type: 'text', text: words[2] }] }],
          },
        ],
      },
      {
        __component: 'blocks.image',
        image: photoId,
        alt: blocksPage.photoAlt[locale],
        decorative: false,
        caption: blocksPage.titles[locale],
        credit: '© Zorgzone',
      },
      {
        __component: 'blocks.call-to-action',
        text: words[2],
        link: { label: blocksPage.titles[locale], list: 'workshops' },
      },
      { __component: 'blocks.latest-items', heading: words[0], kind: 'workshopReports', count: 2 },
      {
        __component: 'blocks.questions',
        heading: words[1],
        items: [{ question: words[1], answer: paragraph(words[2]) }],
      },
      {
        __component: 'blocks.contact-card',
        heading: 'Contact',
        useSiteContact: false,
        name: 'Zorgzone Zuid',
        email: 'team@example.test',
      },
      { __component: 'blocks.file-download', file: pdfId, label: words[3] },
    ];
  };
  const page = await call(
    '?locale=nl',
    'POST',
    {
      title: blocksPage.titles.nl,
      slug: blocksPage.slugs.nl,
      blocks: blocksIn('nl'),
      seo: { metaTitle: blocksPage.metaTitle, metaDescription: 'Elk blok.', socialImage: photoId },
    },
    'api::page.page'
  );
  await call(
    `/${page.data.documentId}?locale=fr`,
    'PUT',
    { title: blocksPage.titles.fr, slug: blocksPage.slugs.fr, blocks: blocksIn('fr') },
    'api::page.page'
  );
  await publish(page.data.documentId, 'nl', 'api::page.page');
  await publish(page.data.documentId, 'fr', 'api::page.page');
}
