import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { startPreviewServer } from '../../publishing/src/preview-server.ts';
import { currentRelease } from '../../publishing/src/releases.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { waitForPublisher } from '../support/stack-setup.ts';
import { contentManager, loginAsAdmin, request, uploadFile } from '../support/api.ts';
import { photo } from '../support/photos.ts';

const WORKSHOP = 'api::workshop.workshop';
const DRAFT_TEXT = `Alleen-in-concept-${Date.now()}`;
let documentId = '';
let previewUrl = '';

beforeAll(async () => {
  const created = await contentManager<{ data: { documentId: string } }>(
    `/collection-types/${WORKSHOP}?locale=nl`,
    {
      method: 'POST',
      body: {
        number: 140,
        title: DRAFT_TEXT,
        slug: 'alleen-in-concept',
        date: '2031-09-10',
        summary: `${DRAFT_TEXT} samenvatting`,
      },
    }
  );
  expect(created.status, created.text).toBe(201);
  documentId = created.body.data.documentId;
  // The URL the admin's "Open preview" button opens, from Strapi's own preview endpoint.
  const url = await contentManager<{ data: { url: string } }>(
    `/preview/url/${WORKSHOP}?documentId=${documentId}&locale=nl&status=draft`
  );
  expect(url.status, url.text).toBe(200);
  previewUrl = url.body.data.url;
});

describe('draft preview', () => {
  it('sends the admin to the preview server, with the secret and the document', () => {
    expect(previewUrl.startsWith(`${inject('previewUrl')}/preview/?`)).toBe(true);
    expect(new URL(previewUrl).searchParams.get('documentId')).toBe(documentId);
  });

  it('keeps answering after the release it started from is pruned', async () => {
    // Each publication makes one or two releases and the oldest are deleted: a preview server
    // started at boot outlives its release.
    const release = currentRelease(inject('releasesDir'))!;
    const copy = `${release}-preview-copy`;
    cpSync(release, copy, { recursive: true });
    const preview = await startPreviewServer({
      port: await freePort(),
      release: copy,
      env: { ...inject('cmsEnv'), STRAPI_URL: inject('cmsUrl') },
    });
    try {
      rmSync(copy, { recursive: true, force: true });
      const url = new URL(previewUrl);
      const response = await fetch(`${preview.url}${url.pathname}${url.search}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(DRAFT_TEXT);
    } finally {
      await preview.stop();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('answers 401 without the right secret, and 404 for a document that does not exist', async () => {
    const withoutSecret = new URL(previewUrl);
    withoutSecret.searchParams.delete('secret');
    expect((await fetch(withoutSecret)).status).toBe(401);
    const wrongSecret = new URL(previewUrl);
    wrongSecret.searchParams.set('secret', 'not-the-secret');
    expect((await fetch(wrongSecret)).status).toBe(401);
    const missing = new URL(previewUrl);
    missing.searchParams.set('documentId', 'doesnotexist00000000000');
    expect((await fetch(missing)).status).toBe(404);
  });

  it('renders the draft as the site would, marked as a preview and kept out of search engines', async () => {
    const response = await fetch(previewUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    const html = await response.text();
    expect(html).toContain(DRAFT_TEXT);
    expect(html).toContain('class="preview-banner"');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain(process.env.PREVIEW_API_TOKEN ?? inject('cmsEnv').PREVIEW_API_TOKEN);
  });

  it('shows an editor’s draft page under its parent, with its blocks and its images', async () => {
    const about = await request<{ data: { documentId: string }[] }>(
      '/api/pages?locale=nl&filters[slug][$eq]=over-ons'
    );
    const image = await uploadFile(
      'voorbeeld.jpg',
      await photo(800, 600, { accent: '#225588' }),
      'image/jpeg'
    );
    const created = await contentManager<{ data: { documentId: string } }>(
      '/collection-types/api::page.page?locale=nl',
      {
        method: 'POST',
        body: {
          title: DRAFT_TEXT,
          slug: 'concept-pagina',
          parent: { documentId: about.body.data[0]!.documentId, locale: 'nl' },
          blocks: [
            {
              __component: 'blocks.rich-text',
              body: [
                { type: 'paragraph', children: [{ type: 'text', text: `${DRAFT_TEXT} blok` }] },
              ],
            },
            { __component: 'blocks.image', image, alt: 'Een voorbeeld' },
          ],
        },
      }
    );
    expect(created.status, created.text).toBe(201);
    const url = await contentManager<{ data: { url: string } }>(
      `/preview/url/api::page.page?documentId=${created.body.data.documentId}&locale=nl&status=draft`
    );
    expect(url.status, url.text).toBe(200);
    const response = await fetch(url.body.data.url);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`${DRAFT_TEXT} blok`);
    expect(html).toContain('href="/nl/over-ons/"');
    const src = /<img [^>]*src="([^"]+)"[^>]*alt="Een voorbeeld"/.exec(html)?.[1];
    expect(src).toMatch(/^\/media\//);
    expect((await fetch(new URL(src!, url.body.data.url))).status).toBe(200);
  });

  it('never puts a draft in the static site, even after a full rebuild', async () => {
    const token = await loginAsAdmin();
    expect((await request('/site-publisher/rebuild', { method: 'POST', token })).status).toBe(200);
    const [last] = await waitForPublisher(inject('cmsUrl'), token);
    expect(last!.status).toBe('succeeded');
    const client = path.join(currentRelease(inject('releasesDir'))!, 'client');
    const files = readdirSync(client, { recursive: true, encoding: 'utf8' }).map((name) =>
      path.join(client, name)
    );
    const leaks = files.filter((file) => {
      try {
        return readFileSync(file, 'utf8').includes(DRAFT_TEXT);
      } catch {
        return false;
      }
    });
    expect(leaks).toEqual([]);
  });
});
