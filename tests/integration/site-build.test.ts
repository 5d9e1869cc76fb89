import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { fr } from '../../cms/seed/fr.ts';
import { nl } from '../../cms/seed/nl.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { siteDir } from '../../publishing/src/paths.ts';
import { XSS_BODY, blocksPage, fixtureWorkshops, upcomingDate } from '../support/fixtures.ts';
import {
  allFiles,
  alternatesOf,
  attributeValues,
  canonicalOf,
  clientDir,
  fileForPath,
  htmlFiles,
  pathOfFile,
  readPage,
} from '../support/site-files.ts';

const xml = new XMLParser({ ignoreAttributes: false });

/**
 * The page without its quoted attribute values: inside `content="…"` a `<` is only text to an
 * HTML parser, so what remains is exactly what could become elements.
 */
const markupOnly = (html: string) => html.replace(/="[^"]*"/g, '=""');
const sitePath = (url: string) => new URL(url).pathname;

describe('the built site', () => {
  it('has a built page for every URL in the sitemap, in both languages', () => {
    const sitemap = xml.parse(readFileSync(path.join(clientDir(), 'sitemap.xml'), 'utf8')) as {
      urlset: { url: { loc: string }[] };
    };
    const urls = sitemap.urlset.url.map((entry) => sitePath(entry.loc));
    expect(urls).toContain('/nl/veranderateliers/veranderatelier-8/');
    expect(urls).toContain('/fr/ateliers-du-changement/atelier-du-changement-8/');
    expect(urls.filter((url) => fileForPath(url) === null)).toEqual([]);
  });

  it('has no internal link, image or asset that leads nowhere', () => {
    const broken: string[] = [];
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      for (const target of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
        if (
          target.startsWith('/') &&
          !target.startsWith('//') &&
          !target.startsWith('/pagefind/') &&
          fileForPath(target) === null
        ) {
          broken.push(`${pathOfFile(file)} → ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page alternates that exist and point back to it', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      const canonical = canonicalOf(html);
      for (const alternate of alternatesOf(html)) {
        const target = fileForPath(sitePath(alternate.href));
        expect(target, `${pathOfFile(file)} → ${alternate.href}`).not.toBeNull();
        if (canonical && alternate.hreflang !== 'x-default') {
          expect(
            alternatesOf(readFileSync(target!, 'utf8')).map((back) => back.href),
            alternate.href
          ).toContain(canonical);
        }
      }
    }
  });

  it('tells browsers the language of every page', () => {
    expect(readPage('/nl/')).toMatch(/<html lang="nl-BE"/);
    expect(readPage('/fr/equipe/')).toMatch(/<html lang="fr-BE"/);
  });

  it('shows the seeded round tables in Dutch and in French', () => {
    const dutch = readPage('/nl/veranderateliers/veranderatelier-8/');
    const french = readPage('/fr/ateliers-du-changement/atelier-du-changement-8/');
    for (const roundTable of nl.workshops[0]!.roundTables)
      expect(dutch).toContain(roundTable.title);
    for (const roundTable of fr.workshops[0]!.roundTables)
      expect(french).toContain(roundTable.title);
    expect(french).toContain('Vaccination');
    expect(dutch).toContain('Vaccinatie');
  });

  it('gives a workshop without French no French page and no broken link', () => {
    const { slug } = fixtureWorkshops.dutchOnly;
    const dutch = readPage(`/nl/veranderateliers/${slug}/`);
    expect(alternatesOf(dutch).map((alternate) => alternate.hreflang)).not.toContain('fr-BE');
    expect(dutch).toContain('href="/fr/ateliers-du-changement/" hreflang="fr-BE"');
    const frenchPages = htmlFiles().filter((file) => pathOfFile(file).startsWith('/fr/'));
    expect(frenchPages.filter((file) => readFileSync(file, 'utf8').includes(slug))).toEqual([]);
  });

  it('prints script typed into a title or rich text as text, never as markup', () => {
    for (const file of htmlFiles()) {
      const html = markupOnly(readFileSync(file, 'utf8'));
      expect(html, pathOfFile(file)).not.toContain('<script>alert(');
      expect(html, pathOfFile(file)).not.toContain(XSS_BODY);
    }
    const page = readPage(`/nl/veranderateliers/${fixtureWorkshops.xss.slugs.nl}/`);
    expect(page).toContain('&lt;script&gt;alert(');
    expect(page).toContain('&lt;img src=x onerror=alert(');
  });

  it('writes RSS feeds that an XML parser reads, reports only, newest first', () => {
    const feed = xml.parse(readPage('/fr/rss.xml')) as {
      rss: { channel: { item: { title: string; link: string }[] } };
    };
    const items = feed.rss.channel.item;
    expect(items.map((item) => sitePath(item.link))).toEqual([
      '/fr/ateliers-du-changement/atelier-du-changement-9/',
      '/fr/ateliers-du-changement/atelier-du-changement-8/',
      `/fr/ateliers-du-changement/${fixtureWorkshops.xss.slugs.fr}/`,
    ]);
    expect(items[2]!.title).toBe('<script>alert("xss-title")</script> Atelier');
  });

  it('writes calendars that a real iCalendar parser reads, with an .ics file per upcoming workshop', () => {
    const feed = new ICAL.Component(ICAL.parse(readPage('/nl/agenda.ics')));
    expect(
      feed.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary'))
    ).toEqual(
      expect.arrayContaining([
        'Feedback over het veranderatelier van 3 juni 2025',
        'Het 52e veranderatelier',
      ])
    );
    const single = new ICAL.Component(
      ICAL.parse(readPage(`/fr/agenda/${fixtureWorkshops.upcoming.slugs.fr}.ics`))
    );
    const [event] = single.getAllSubcomponents('vevent');
    expect(event!.getFirstPropertyValue('summary')).toBe('Le 52e atelier du changement');
    expect(String(event!.getFirstPropertyValue('dtstart'))).toBe(`${upcomingDate()}T12:00:00`);
    expect(fileForPath(`/nl/agenda/veranderatelier-8.ics`)).toBeNull();
  });

  it('announces the next workshop on the home page, with its programme', () => {
    const home = readPage('/fr/');
    expect(home).toContain('Le 52e atelier du changement');
    expect(home).toContain('Lunch réseau');
  });

  it('has robots.txt pointing at the sitemap, a language chooser at / and a 404 page per language', () => {
    expect(readPage('/robots.txt')).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    const chooser = readPage('/');
    expect(attributeValues(chooser, 'href')).toEqual(expect.arrayContaining(['/nl/', '/fr/']));
    expect(chooser).not.toMatch(/http-equiv="refresh"|<script/);
    expect(readPage('/nl/404/')).toContain('Pagina niet gevonden');
    expect(readPage('/fr/404/')).toContain('Page introuvable');
    expect(existsSync(path.join(clientDir(), '404.html'))).toBe(true);
  });

  it('ships JavaScript only on the search page, and keeps every page under 30 KB of HTML and CSS gzipped', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      const sitePathOfFile = pathOfFile(file);
      if (!/\/(zoeken|recherche)\/$/.test(sitePathOfFile))
        expect(markupOnly(html), sitePathOfFile).not.toMatch(/<script/);
      const css = attributeValues(html, 'href')
        .filter((href) => href.endsWith('.css'))
        .map((href) => readFileSync(fileForPath(href)!, 'utf8'))
        .join('');
      expect(gzipSync(html + css).length, sitePathOfFile).toBeLessThan(30 * 1024);
    }
    expect(
      allFiles().filter(
        (file) => file.endsWith('.js') && !file.includes(`${path.sep}pagefind${path.sep}`)
      ).length
    ).toBeLessThanOrEqual(1);
  });

  it('reads the CMS in a bounded number of API requests: nine per language while collections fit one page, twelve by difference', () => {
    const report = JSON.parse(readFileSync(inject('siteBuildReport'), 'utf8')) as {
      requests: number;
      read: 'whole' | 'byDifference';
    };
    // By difference: the six small types whole, and per growing collection what changed and its size.
    expect(report.requests).toBe(report.read === 'whole' ? 18 : 24);
  });

  it('links every page to the privacy and accessibility statements of its language, which are each other’s translations', () => {
    const statements = {
      nl: ['/nl/privacyverklaring/', '/nl/toegankelijkheidsverklaring/'],
      fr: ['/fr/declaration-de-confidentialite/', '/fr/declaration-d-accessibilite/'],
    } as const;
    for (const file of htmlFiles()) {
      const locale = pathOfFile(file).split('/')[1];
      if (locale !== 'nl' && locale !== 'fr') continue;
      const hrefs = attributeValues(readFileSync(file, 'utf8'), 'href');
      for (const statement of statements[locale])
        expect(hrefs, pathOfFile(file)).toContain(statement);
    }
    statements.nl.forEach((dutch, index) => {
      const french = statements.fr[index]!;
      const pair = (page: string) =>
        alternatesOf(readPage(page))
          .filter((alternate) => alternate.hreflang !== 'x-default')
          .map((alternate) => sitePath(alternate.href));
      expect(pair(dutch)).toEqual([dutch, french]);
      expect(pair(french)).toEqual([dutch, french]);
    });
  });

  it('identifies the association in every footer with what editors filled in, and invents nothing', () => {
    const dutch = readPage('/nl/');
    expect(dutch).toContain('BRUSANO vzw');
    expect(readPage('/fr/equipe/')).toContain('BRUSANO asbl');
    // No enterprise number or registered office is in the reports: neither label is shown empty.
    expect(dutch).not.toContain('Ondernemingsnummer');
    expect(dutch).not.toContain('Maatschappelijke zetel');
  });

  it('makes one hreflang set per page: every member lists the same set, the chooser at / is the home pages’ x-default', () => {
    const setOf = (page: string) =>
      alternatesOf(readPage(page)).map(
        (alternate) => `${alternate.hreflang} ${sitePath(alternate.href)}`
      );
    const home = ['nl-BE /nl/', 'fr-BE /fr/', 'x-default /'];
    expect(setOf('/')).toEqual(home);
    expect(setOf('/nl/')).toEqual(home);
    expect(setOf('/fr/')).toEqual(home);
    for (const file of htmlFiles()) {
      const own = alternatesOf(readFileSync(file, 'utf8'));
      for (const alternate of own) {
        const other = fileForPath(sitePath(alternate.href));
        expect(
          alternatesOf(readFileSync(other!, 'utf8')),
          `${pathOfFile(file)} → ${alternate.href}`
        ).toEqual(own);
      }
    }
  });

  it('renders each block of an editor’s page as semantic HTML, in both languages', () => {
    for (const [locale, slug] of Object.entries(blocksPage.slugs)) {
      const html = readPage(`/${locale}/${slug}/`);
      expect(html).toMatch(/<h2[^>]*>[^<]+<\/h2>/);
      expect(html).toMatch(/<figure class="figure"><picture><source type="image\/avif"/);
      expect(html).toMatch(/<figcaption>/);
      expect(html).toContain(`alt="${blocksPage.photoAlt[locale as 'nl' | 'fr']}"`);
      expect(html).toMatch(/<details><summary>[^<]+<\/summary>/);
      expect(html).toMatch(/<address>/);
      expect(html).toContain('href="mailto:team@example.test"');
      expect(html).toMatch(
        /class="download"><p><a href="\/media\/[0-9a-f]{12}-programma[\w-]*\.pdf">/
      );
      expect(html).toMatch(/\(PDF, 1\sk[Bo]\)/);
      expect(html).toMatch(/<a class="button" href="\/(nl|fr)\/[a-z-]+\/">/);
      expect(markupOnly(html)).not.toMatch(/<script/);
    }
  });

  it('uses a page’s search-and-sharing fields in its head, with a 1200×630 sharing image', async () => {
    const html = readPage(`/nl/${blocksPage.slugs.nl}/`);
    expect(html).toContain(`<title>${blocksPage.metaTitle} · Zorgzone Zuid</title>`);
    expect(html).toContain('<meta name="description" content="Elk blok.">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toMatch(/^https?:\/\/[^/]+\/media\/[\w-]+\.jpg$/);
    const { width, height, format } = await sharp(fileForPath(sitePath(image!))!).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'jpeg' });
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    // The French version has no such fields: its own title, and no sharing image.
    const french = readPage(`/fr/${blocksPage.slugs.fr}/`);
    expect(french).toContain(`<title>${blocksPage.titles.fr} · Bassin Sud</title>`);
    expect(french).not.toContain('og:image');
  });

  it('names the themes of a workshop and its round tables visibly, not with an aria-label', () => {
    const html = readPage('/nl/veranderateliers/veranderatelier-8/');
    expect(html).toMatch(/<dl class="tag-list"><dt>Thema’s<\/dt><dd><ul class="tags">/);
    expect(markupOnly(html.replace(/<(nav|section)[^>]*>/g, ''))).not.toMatch(/aria-label=/);
  });

  it('sends images at several widths in AVIF, WebP and JPEG, with width and height, lazy below the first screen', () => {
    const html = readPage(`/nl/${blocksPage.slugs.nl}/`);
    const image = /<img ([^>]+)>/.exec(html.slice(html.indexOf('<figure')))?.[1] ?? '';
    const width = Number(/ width="(\d+)"/.exec(image)?.[1]);
    const height = Number(/ height="(\d+)"/.exec(image)?.[1]);
    expect(width / height).toBeCloseTo(blocksPage.photo.width / blocksPage.photo.height, 2);
    expect(width).toBeLessThanOrEqual(1920);
    const srcset = / srcset="([^"]+)"/.exec(image)?.[1] ?? '';
    expect(srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual(
      expect.arrayContaining(['360w', '720w', '1440w', '1920w'])
    );
    for (const candidate of srcset.split(', ').map((entry) => entry.split(' ')[0]!))
      expect(fileForPath(candidate), candidate).not.toBeNull();
    expect(html).toContain('<source type="image/webp"');
    // The photo is the page's second block, below the text: it may wait until it is scrolled to.
    expect(image).toContain('loading="lazy"');
  });
});

describe('a site build that cannot read the CMS', () => {
  /** Runs `astro build` without blocking this process, which may be the failing server. */
  const buildAgainst = async (strapiUrl: string) => {
    const outDir = mkdtempSync(path.join(siteDir, '.test-build-'));
    try {
      const child = spawn(path.join(siteDir, '..', 'node_modules', '.bin', 'astro'), ['build'], {
        cwd: siteDir,
        env: {
          ...process.env,
          STRAPI_URL: strapiUrl,
          SITE_OUT_DIR: outDir,
          SITE_BUILD_REPORT: path.join(outDir, 'report.json'),
        },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      return { status, output };
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  };

  it('stops with one message naming the URL when Strapi is unreachable', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const result = await buildAgainst(url);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`Strapi at ${url} is unreachable`);
  });

  it('stops with one message naming the URL and the status when Strapi answers an error', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"error":{"status":500}}');
    });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const result = await buildAgainst(`http://127.0.0.1:${port}`);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(
        new RegExp(`Strapi at http://127\\.0\\.0\\.1:${port} answered 500`)
      );
    } finally {
      server.close();
    }
  });
});
