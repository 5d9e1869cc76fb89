/**
 * The whole website an editor runs: pages made in the admin, menus, redirects old and automatic,
 * each checked on the served site after Publish, and the rules that keep editors from breaking it.
 */
import { readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { currentRelease } from '../../publishing/src/releases.ts';
import { siteDir } from '../../publishing/src/paths.ts';
import { contentManager, loginAsAdmin, request, uploadFile } from '../support/api.ts';
import { photo } from '../support/photos.ts';
import { waitForPublisher } from '../support/stack-setup.ts';

const PAGE = 'api::page.page';
const NAVIGATION = 'api::navigation.navigation';
const REDIRECT = 'api::redirect.redirect';
/** Where site builds keep encoded images (site/src/lib/media/store.ts), as the test stack runs them. */
const mediaCacheDir = path.join(siteDir, 'node_modules', '.cache', 'zorgzone-media');

type Locale = 'nl' | 'fr';

/** A served answer as a browser gets it before following any redirect. */
async function served(
  sitePath: string
): Promise<{ status: number; location: string | null; body: string }> {
  const response = await fetch(`${inject('siteUrl')}${sitePath}`, { redirect: 'manual' });
  return {
    status: response.status,
    location: response.headers.get('location'),
    body: await response.text(),
  };
}

async function published() {
  const [build] = await waitForPublisher(inject('cmsUrl'), await loginAsAdmin());
  expect(build?.status, build?.reason ?? '').toBe('succeeded');
}

async function publish(uid: string, documentId: string | null, locale: Locale) {
  const where = documentId ? `collection-types/${uid}/${documentId}` : `single-types/${uid}`;
  const response = await contentManager(`/${where}/actions/publish?locale=${locale}`, {
    method: 'POST',
    body: {},
  });
  expect(response.status, response.text).toBe(200);
}

/** Saves a page in one language (a new document unless `documentId`) and returns its id. */
async function savePage(locale: Locale, data: Record<string, unknown>, documentId?: string) {
  const response = await contentManager<{ data: { documentId: string } }>(
    documentId
      ? `/collection-types/${PAGE}/${documentId}?locale=${locale}`
      : `/collection-types/${PAGE}?locale=${locale}`,
    { method: documentId ? 'PUT' : 'POST', body: data }
  );
  expect(response.status, response.text).toBeLessThan(300);
  return response.body.data.documentId;
}

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** The header menu's links of a served page. */
function menuLinks(html: string): { href: string; label: string }[] {
  const nav = /<nav class="wrap site-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<a href="([^"]+)"[^>]*>\s*([^<]*?)\s*<\/a>/g)].map((match) => ({
    href: match[1]!,
    label: match[2]!,
  }));
}

/** The navigation as the content manager reads it, with its header links made savable again. */
async function headerLinks(locale: Locale) {
  const response = await contentManager<{ data: { header: Record<string, unknown>[] } }>(
    `/single-types/${NAVIGATION}?locale=${locale}`
  );
  return response.body.data.header.map(({ label, list, url, page }) => ({
    label,
    list,
    url,
    ...(page ? { page: { documentId: (page as { documentId: string }).documentId, locale } } : {}),
  }));
}

describe('an editor’s page', () => {
  it('appears on the served site after Publish, and in the menu once it is added there', async () => {
    const stamp = Date.now();
    const pages: Record<Locale, string> = { nl: `nieuw-${stamp}`, fr: `nouveau-${stamp}` };
    const documentId = await savePage('nl', {
      title: `Nieuw ${stamp}`,
      slug: pages.nl,
      blocks: [{ __component: 'blocks.rich-text', body: paragraph(`Tekst ${stamp}`) }],
    });
    await savePage(
      'fr',
      {
        title: `Nouveau ${stamp}`,
        slug: pages.fr,
        blocks: [{ __component: 'blocks.rich-text', body: paragraph(`Texte ${stamp}`) }],
      },
      documentId
    );
    const before: Record<Locale, unknown[]> = {
      nl: await headerLinks('nl'),
      fr: await headerLinks('fr'),
    };
    try {
      for (const locale of ['nl', 'fr'] as const) {
        await publish(PAGE, documentId, locale);
        const menu = await contentManager(`/single-types/${NAVIGATION}?locale=${locale}`, {
          method: 'PUT',
          body: {
            header: [
              ...before[locale],
              {
                label: locale === 'nl' ? `Menu ${stamp}` : `Menu FR ${stamp}`,
                page: { documentId, locale },
              },
            ],
          },
        });
        expect(menu.status, menu.text).toBe(200);
        await publish(NAVIGATION, null, locale);
      }
      await published();

      const nl = await served(`/nl/${pages.nl}/`);
      expect(nl.status).toBe(200);
      expect(nl.body).toContain(`Tekst ${stamp}`);
      expect(nl.body).toMatch(new RegExp(`hreflang="fr-BE" href="[^"]*/fr/${pages.fr}/"`));
      const home = await served('/fr/');
      expect(menuLinks(home.body)).toContainEqual({
        href: `/fr/${pages.fr}/`,
        label: `Menu FR ${stamp}`,
      });

      // Unpublished, it leaves the menu with no broken link, and the build says so for editors.
      const unpublished = await contentManager(
        `/collection-types/${PAGE}/${documentId}/actions/unpublish?locale=nl`,
        { method: 'POST', body: {} }
      );
      expect(unpublished.status, unpublished.text).toBe(200);
      await published();
      expect((await served(`/nl/${pages.nl}/`)).status).toBe(404);
      const dutchHome = await served('/nl/');
      expect(menuLinks(dutchHome.body).map((link) => link.label)).not.toContain(`Menu ${stamp}`);
      expect(dutchHome.body).not.toContain(`/nl/${pages.nl}/`);
      expect(menuLinks((await served('/fr/')).body).map((link) => link.label)).toContain(
        `Menu FR ${stamp}`
      );
      const report = JSON.parse(
        readFileSync(path.join(currentRelease(inject('releasesDir'))!, 'build-report.json'), 'utf8')
      ) as { warnings: unknown[] };
      expect(report.warnings).toContainEqual({
        code: 'linkLeftOut',
        locale: 'nl',
        place: { kind: 'navigation' },
        label: `Menu ${stamp}`,
      });
    } finally {
      for (const locale of ['nl', 'fr'] as const) {
        await contentManager(`/single-types/${NAVIGATION}?locale=${locale}`, {
          method: 'PUT',
          body: { header: before[locale] },
        });
        await publish(NAVIGATION, null, locale);
      }
      await contentManager(`/collection-types/${PAGE}/${documentId}?locale=*`, {
        method: 'DELETE',
      });
      await published();
    }
  });

  it('keeps each language’s blocks and search fields its own when the other is published (strapi/strapi#25802)', async () => {
    const documentId = await savePage('nl', {
      title: 'Eigen taal',
      slug: `eigen-taal-${Date.now()}`,
      blocks: [{ __component: 'blocks.rich-text', body: paragraph('Nederlandse tekst') }],
      seo: { metaTitle: 'Nederlandse titel' },
    });
    try {
      await savePage(
        'fr',
        {
          title: 'Propre langue',
          slug: `propre-langue-${Date.now()}`,
          blocks: [{ __component: 'blocks.rich-text', body: paragraph('Texte français') }],
          seo: { metaTitle: 'Titre français' },
        },
        documentId
      );
      await publish(PAGE, documentId, 'nl');
      await publish(PAGE, documentId, 'fr');
      const dutch = await request(
        `/api/pages/${documentId}?locale=nl&populate[blocks][on][blocks.rich-text]=true&populate[seo]=true`
      );
      expect(JSON.stringify(dutch.body)).toContain('Nederlandse tekst');
      expect(JSON.stringify(dutch.body)).toContain('Nederlandse titel');
      expect(JSON.stringify(dutch.body)).not.toMatch(/Texte français|Titre français/);
    } finally {
      await contentManager(`/collection-types/${PAGE}/${documentId}?locale=*`, {
        method: 'DELETE',
      });
      await published();
    }
  });
});

describe('the legal pages', () => {
  it('show when the accessibility statement was last reviewed, which editors are told to do', async () => {
    const found = await request<{ data: { documentId: string }[] }>(
      '/api/pages?locale=nl&filters[slug][$eq]=toegankelijkheidsverklaring'
    );
    const documentId = found.body.data[0]!.documentId;
    const attention = async () =>
      (
        await request<{ data: { attention: { warnings: { code: string; locale: string }[] } } }>(
          '/site-publisher/status',
          { token: await loginAsAdmin() }
        )
      ).body.data.attention.warnings.filter(
        (warning) => warning.code === 'statementNotReviewed' && warning.locale === 'nl'
      );
    expect(await attention()).toHaveLength(1);
    const reviewedOn = new Date().toISOString().slice(0, 10);
    try {
      await savePage('nl', { reviewedOn }, documentId);
      await publish(PAGE, documentId, 'nl');
      await published();
      const html = (await served('/nl/toegankelijkheidsverklaring/')).body;
      expect(html).toMatch(
        new RegExp(`Laatst nagekeken op <time datetime="${reviewedOn}">[^<]+</time>`)
      );
      expect(await attention()).toEqual([]);
    } finally {
      await savePage('nl', { reviewedOn: null }, documentId);
      await publish(PAGE, documentId, 'nl');
      await published();
    }
  });
});

describe('redirects', () => {
  it('keep the old site’s addresses in the reports working: 301 to the workshop’s Dutch page', async () => {
    for (const oldPath of ['/events/veranderatelier-9/', '/events/veranderatelier-9']) {
      const answer = await served(oldPath);
      expect(answer.status, oldPath).toBe(301);
      expect(answer.location, oldPath).toBe('/nl/veranderateliers/veranderatelier-9/');
    }
    // The presentation is not in the media library yet: its old address leads to its workshop for now.
    const presentation = await served('/layout/uploads/2025/06/20250603_ADC_VA_S-Z.pdf');
    expect(presentation).toMatchObject({
      status: 302,
      location: '/nl/veranderateliers/veranderatelier-8/',
    });
  });

  it('are written into each release for other hosts and web servers too', () => {
    const release = currentRelease(inject('releasesDir'))!;
    expect(readFileSync(path.join(release, 'client', '_redirects'), 'utf8')).toContain(
      '/events/veranderatelier-9/ /nl/veranderateliers/veranderatelier-9/ 301'
    );
    expect(readFileSync(path.join(release, 'redirects.nginx.conf'), 'utf8')).toContain(
      '/events/veranderatelier-9/'
    );
    expect(readFileSync(path.join(release, 'redirects.caddy'), 'utf8')).toContain(
      '/nl/veranderateliers/veranderatelier-9/'
    );
    expect(readFileSync(path.join(release, 'client', '.htaccess'), 'utf8')).toContain(
      'RedirectMatch 301'
    );
  });

  it('follow a page whose address changed, and the pages below it, in each language', async () => {
    const stamp = Date.now();
    const slugs = {
      nl: { parent: `ouder-${stamp}`, child: 'kind', moved: `verhuisd-${stamp}` },
      fr: { parent: `parent-${stamp}`, child: 'enfant', moved: `demenage-${stamp}` },
    };
    const parent = await savePage('nl', { title: 'Ouder', slug: slugs.nl.parent });
    await savePage('fr', { title: 'Parent', slug: slugs.fr.parent }, parent);
    const child = await savePage('nl', {
      title: 'Kind',
      slug: slugs.nl.child,
      parent: { documentId: parent, locale: 'nl' },
    });
    await savePage(
      'fr',
      { title: 'Enfant', slug: slugs.fr.child, parent: { documentId: parent, locale: 'fr' } },
      child
    );
    try {
      for (const locale of ['nl', 'fr'] as const) {
        await publish(PAGE, parent, locale);
        await publish(PAGE, child, locale);
      }
      for (const locale of ['nl', 'fr'] as const) {
        await savePage(locale, { slug: slugs[locale].moved }, parent);
        await publish(PAGE, parent, locale);
      }
      await published();
      for (const locale of ['nl', 'fr'] as const) {
        const { parent: oldSlug, child: childSlug, moved } = slugs[locale];
        expect(await served(`/${locale}/${oldSlug}/`)).toMatchObject({
          status: 301,
          location: `/${locale}/${moved}/`,
        });
        expect(await served(`/${locale}/${oldSlug}/${childSlug}/`)).toMatchObject({
          status: 301,
          location: `/${locale}/${moved}/${childSlug}/`,
        });
        expect((await served(`/${locale}/${moved}/${childSlug}/`)).status).toBe(200);
      }
      // Renamed back, the page answers at its first address again, and nothing loops.
      await savePage('nl', { slug: slugs.nl.parent }, parent);
      await publish(PAGE, parent, 'nl');
      await published();
      expect((await served(`/nl/${slugs.nl.parent}/`)).status).toBe(200);
      expect(await served(`/nl/${slugs.nl.moved}/`)).toMatchObject({
        status: 301,
        location: `/nl/${slugs.nl.parent}/`,
      });
    } finally {
      await contentManager(`/collection-types/${PAGE}/${child}?locale=*`, { method: 'DELETE' });
      await contentManager(`/collection-types/${PAGE}/${parent}?locale=*`, { method: 'DELETE' });
      await published();
    }
  });

  it('that would loop, or lead to themselves, are refused with the reason in the editor’s language', async () => {
    const first = await contentManager<{ data: { documentId: string } }>(
      `/collection-types/${REDIRECT}?locale=nl`,
      {
        method: 'POST',
        body: { from: '/lus-a/', url: '/lus-b/', permanent: true },
      }
    );
    expect(first.status, first.text).toBe(201);
    try {
      const loop = await contentManager(`/collection-types/${REDIRECT}?locale=nl`, {
        method: 'POST',
        body: { from: '/lus-b', url: '/lus-a/', permanent: true },
        headers: { 'accept-language': 'nl' },
      });
      expect(loop.status).toBe(400);
      expect(loop.text).toContain('in een kring');
      const itself = await contentManager(`/collection-types/${REDIRECT}?locale=nl`, {
        method: 'POST',
        body: { from: '/zelf/', url: '/zelf', permanent: true },
      });
      expect(itself.status).toBe(400);
      const twoWays = await contentManager(`/collection-types/${REDIRECT}?locale=nl`, {
        method: 'POST',
        body: { from: '/twee/', url: '/nl/', list: 'themes', permanent: true },
      });
      expect(twoWays.status).toBe(400);
      const otherHost = await contentManager(`/collection-types/${REDIRECT}?locale=nl`, {
        method: 'POST',
        body: { from: '//evil.example/', url: '/nl/', permanent: true },
      });
      expect(otherHost.status).toBe(400);
      const list = await contentManager<{ results: { from: string }[] }>(
        `/collection-types/${REDIRECT}?locale=nl&pageSize=100`
      );
      expect(list.body.results.map((redirect) => redirect.from)).not.toContain('/lus-b');
    } finally {
      await contentManager(
        `/collection-types/${REDIRECT}/${first.body.data.documentId}?locale=nl`,
        {
          method: 'DELETE',
        }
      );
    }
  });

  it('never send a visitor to another host from a doubled slash', async () => {
    const location = await new Promise<string | undefined>((resolve, reject) => {
      const url = new URL(inject('siteUrl'));
      httpRequest({ host: url.hostname, port: url.port, path: '//nl' }, (response) => {
        response.resume();
        resolve(response.headers.location);
      })
        .on('error', reject)
        .end();
    });
    // The folder /nl/ exists: one slash more is added, none taken for a host.
    expect(location).toBe('/nl/');
  });
});

describe('what editors cannot break', () => {
  it('a menu link needs exactly one destination', async () => {
    const before = await headerLinks('nl');
    for (const link of [
      { label: 'Nergens' },
      { label: 'Twee keer', list: 'themes', url: 'https://example.test/' },
    ]) {
      const response = await contentManager(`/single-types/${NAVIGATION}?locale=nl`, {
        method: 'PUT',
        body: { header: [...before, link] },
        headers: { 'accept-language': 'nl' },
      });
      expect(response.status, link.label).toBe(400);
      expect(response.text).toContain(link.label);
    }
    expect(await headerLinks('nl')).toEqual(before);
  });

  it('an image needs a description unless it is marked decorative', async () => {
    const image = await uploadFile('klein.jpg', await photo(400, 300), 'image/jpeg');
    const block = { __component: 'blocks.image', image };
    const refused = await contentManager(`/collection-types/${PAGE}?locale=nl`, {
      method: 'POST',
      body: { title: 'Beeld', slug: 'beeld-zonder-beschrijving', blocks: [block] },
    });
    expect(refused.status).toBe(400);
    // The test administrator reads the admin in Dutch.
    expect(refused.text).toContain('beschrijving');
    const decorative = await savePage('nl', {
      title: 'Beeld',
      slug: `decoratief-beeld-${Date.now()}`,
      blocks: [{ ...block, decorative: true }],
    });
    await contentManager(`/collection-types/${PAGE}/${decorative}?locale=*`, { method: 'DELETE' });
  });

  it('a page cannot sit below itself, nor take an address of the site’s own lists', async () => {
    const top = await savePage('nl', { title: 'Boven', slug: `boven-${Date.now()}` });
    const below = await savePage('nl', {
      title: 'Onder',
      slug: `onder-${Date.now()}`,
      parent: { documentId: top, locale: 'nl' },
    });
    try {
      const circle = await contentManager(`/collection-types/${PAGE}/${top}?locale=nl`, {
        method: 'PUT',
        body: { parent: { documentId: below, locale: 'nl' } },
      });
      expect(circle.status).toBe(400);
      const reserved = await contentManager(`/collection-types/${PAGE}?locale=nl`, {
        method: 'POST',
        body: { title: 'Team', slug: 'team' },
      });
      expect(reserved.status).toBe(400);
      expect(reserved.text).toContain('/nl/team/');
    } finally {
      await contentManager(`/collection-types/${PAGE}/${below}?locale=*`, { method: 'DELETE' });
      await contentManager(`/collection-types/${PAGE}/${top}?locale=*`, { method: 'DELETE' });
    }
  });
});

describe('images', () => {
  it('are encoded once: a photo new to the site is encoded by the build that publishes it, and a second build encodes nothing', async () => {
    const token = await loginAsAdmin();
    await published();
    const started = Date.now();
    const fresh = await uploadFile(
      'nieuw-landschap.jpg',
      await photo(2400, 1600, { accent: `#${(started % 0xffffff).toString(16).padStart(6, '0')}` }),
      'image/jpeg'
    );
    const slug = `nieuwe-foto-${started}`;
    const documentId = await savePage('nl', {
      title: 'Nieuwe foto',
      slug,
      blocks: [{ __component: 'blocks.image', image: fresh, alt: 'Een nieuw landschap' }],
    });
    const report = () =>
      JSON.parse(
        readFileSync(path.join(currentRelease(inject('releasesDir'))!, 'build-report.json'), 'utf8')
      ) as { media: { encoded: number; reused: number } };
    /** The photo's variants in the build's media cache, with when each was written. */
    const variants = async () => {
      const html = (await served(`/nl/${slug}/`)).body;
      const picture = /<picture>([\s\S]*?)<\/picture>/.exec(html)?.[1] ?? '';
      const names = [...picture.matchAll(/\/media\/([\w.-]+) \d+w/g)].map((match) => match[1]!);
      return new Map(names.map((name) => [name, statSync(path.join(mediaCacheDir, name)).mtimeMs]));
    };
    try {
      await publish(PAGE, documentId, 'nl');
      await published();
      const written = await variants();
      // AVIF, WebP and JPEG at 360 to 1920 px, each made since the photo was uploaded.
      expect(written.size).toBe(18);
      for (const [name, writtenAt] of written)
        expect(writtenAt, name).toBeGreaterThanOrEqual(started);

      expect((await request('/site-publisher/rebuild', { method: 'POST', token })).status).toBe(
        200
      );
      await published();
      console.log(`images, rebuild of the same content: ${JSON.stringify(report().media)}`);
      expect(report().media.encoded).toBe(0);
      expect(report().media.reused).toBeGreaterThanOrEqual(18);
      expect(await variants()).toEqual(written);
    } finally {
      await contentManager(`/collection-types/${PAGE}/${documentId}?locale=*`, {
        method: 'DELETE',
      });
      await published();
    }
  });
});
