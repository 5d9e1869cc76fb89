/**
 * The attack suite: one test per attack on the CMS and the site, each expected to fail.
 * README lists them under "Security"; a new attack gets its test here and its line there.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { startCms } from '../../scripts/lib/cms-process.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { currentRelease } from '../../publishing/src/releases.ts';
import {
  contentManager,
  createAdminUser,
  createApiToken,
  loginAsAdmin,
  request,
  uploadFile,
  type ApiResponse,
} from '../support/api.ts';
import { ONE_PIXEL_PNG } from '../support/fixtures.ts';
import { connect } from '../../scripts/lib/database.ts';
import {
  contentTypeAttributes,
  hostileDocument,
  scriptVectors,
} from '../support/hostile-content.ts';
import { allFiles } from '../support/site-files.ts';
import { waitForPublisher } from '../support/stack-setup.ts';

const SECRET = 'DRAFT-SECRET';
const WORKSHOP = 'api::workshop.workshop';

const collections = {
  workshops: {
    uid: WORKSHOP,
    draft: {
      number: 99,
      title: `${SECRET} workshop`,
      slug: 'draft-secret-workshop',
      date: '2030-01-01',
    },
  },
  themes: {
    uid: 'api::theme.theme',
    draft: { name: `${SECRET} theme`, slug: 'draft-secret-theme' },
  },
  'focus-editions': {
    uid: 'api::focus-edition.focus-edition',
    draft: {
      edition: 99,
      title: `${SECRET} focus`,
      slug: 'draft-secret-focus',
      editionStatus: 'in_preparation',
    },
  },
  'team-members': {
    uid: 'api::team-member.team-member',
    draft: { name: `${SECRET} member`, active: true },
  },
} as const;
const singles = {
  'site-setting': { uid: 'api::site-setting.site-setting', draft: { siteName: `${SECRET} site` } },
  'home-page': { uid: 'api::home-page.home-page', draft: { title: `${SECRET} home` } },
} as const;

const draftIds: Record<string, string> = {};
let publishedWorkshopId = '';

/** Drafts in both languages of every type, and a published workshop whose draft differs. */
beforeAll(async () => {
  for (const [plural, { uid, draft }] of Object.entries(collections)) {
    for (const locale of ['nl', 'fr']) {
      const response = await contentManager<{ data: { documentId: string } }>(
        draftIds[plural]
          ? `/collection-types/${uid}/${draftIds[plural]}?locale=${locale}`
          : `/collection-types/${uid}?locale=${locale}`,
        { method: draftIds[plural] ? 'PUT' : 'POST', body: draft }
      );
      expect(response.status, response.text).toBeLessThan(300);
      draftIds[plural] = response.body.data.documentId;
    }
  }
  for (const { uid, draft } of Object.values(singles)) {
    for (const locale of ['nl', 'fr']) {
      const response = await contentManager(`/single-types/${uid}?locale=${locale}`, {
        method: 'PUT',
        body: draft,
      });
      expect(response.status, response.text).toBeLessThan(300);
    }
  }
  const published = await request<{ data: { documentId: string }[] }>(
    '/api/workshops?filters[number][$eq]=8'
  );
  publishedWorkshopId = published.body.data[0]!.documentId;
  for (const locale of ['nl', 'fr']) {
    const response = await contentManager(
      `/collection-types/${WORKSHOP}/${publishedWorkshopId}?locale=${locale}`,
      { method: 'PUT', body: { title: `${SECRET} unpublished change` } }
    );
    expect(response.status, response.text).toBe(200);
  }
});

/** Asks the public API each probe; none may answer with a draft or fail with a server error. */
async function expectNoDraftLeaks(probes: string[]) {
  const leaks: string[] = [];
  for (const probe of probes) {
    const response = await request(probe);
    expect([200, 400, 404], `${probe}: ${response.text.slice(0, 200)}`).toContain(response.status);
    if (response.text.includes(SECRET)) leaks.push(probe);
  }
  expect(leaks).toEqual([]);
}

const plurals = Object.keys(collections);

describe('drafts stay private', () => {
  it('through status=draft', () =>
    expectNoDraftLeaks([
      ...plurals.flatMap((plural) => [
        `/api/${plural}?status=draft`,
        `/api/${plural}?status=draft&locale=fr`,
      ]),
      ...Object.keys(singles).map((single) => `/api/${single}?status=draft`),
      `/api/workshops/${publishedWorkshopId}?status=draft`,
    ]));

  it('through publicationState, the Strapi 4 parameter', () =>
    expectNoDraftLeaks(
      plurals.flatMap((plural) => [
        `/api/${plural}?publicationState=preview`,
        `/api/${plural}?publicationState=preview&status=draft`,
      ])
    ));

  it('through locale=*', () =>
    expectNoDraftLeaks([
      ...plurals.flatMap((plural) => [
        `/api/${plural}?locale=*`,
        `/api/${plural}?status=draft&locale=*`,
      ]),
      ...Object.keys(singles).map((single) => `/api/${single}?status=draft&locale=*`),
      `/api/workshops/${publishedWorkshopId}?status=draft&locale=*`,
    ]));

  it('through filters', () =>
    expectNoDraftLeaks([
      ...plurals.flatMap((plural) => [
        `/api/${plural}?filters[publishedAt][$null]=true`,
        `/api/${plural}?status=draft&filters[publishedAt][$null]=true`,
        `/api/${plural}?filters[documentId][$eq]=${draftIds[plural]}`,
        `/api/${plural}?filters[$or][0][publishedAt][$null]=true&filters[$or][1][publishedAt][$notNull]=true`,
      ]),
      '/api/workshops?status=draft&filters[number][$eq]=99',
      `/api/workshops?filters[title][$contains]=${SECRET}`,
    ]));

  it('through findOne', () =>
    expectNoDraftLeaks(
      plurals.flatMap((plural) => [
        `/api/${plural}/${draftIds[plural]}`,
        `/api/${plural}/${draftIds[plural]}?status=draft`,
        `/api/${plural}/${draftIds[plural]}?status=draft&locale=fr`,
      ])
    ));

  it('through populated relations and localizations', () =>
    expectNoDraftLeaks([
      '/api/workshops?status=draft&populate=*',
      '/api/workshops?status=draft&populate[localizations]=true',
      '/api/themes?status=draft&populate[workshops]=true',
      '/api/team-members?status=draft&populate[workshops]=true',
    ]));

  it('while the published version of a document with a changed draft is still served', async () => {
    const response = await request<{ data: { title: string } }>(
      `/api/workshops/${publishedWorkshopId}?status=draft`
    );
    expect(response.status).toBe(200);
    expect(response.body.data.title).not.toContain(SECRET);
  });

  it('but the preview token reads drafts when it asks, and nothing beyond the site’s types', async () => {
    const token = inject('cmsEnv').PREVIEW_API_TOKEN!;
    const drafts = await request('/api/workshops?status=draft', { token });
    expect(drafts.text).toContain(SECRET);
    const unasked = await request('/api/workshops?locale=*', { token });
    expect(unasked.text).not.toContain(SECRET);
    for (const path of ['/api/users', '/api/upload/files', '/api/users-permissions/roles']) {
      expect([401, 403], path).toContain((await request(path, { token })).status);
    }
  });
});

/** A bcrypt hash (admin passwords) or an address of one of our admins in a response. */
const ADMIN_SECRETS = /\$2[aby]\$\d\d\$|@example\.test/;

describe('admin identities and private fields stay private', () => {
  const probe = async (paths: string[]) => {
    for (const path of paths) {
      const response = await request(path);
      expect([400, 403], `${path}: ${response.text.slice(0, 200)}`).toContain(response.status);
      expect(response.text, path).not.toMatch(ADMIN_SECRETS);
    }
  };

  it('through populate', () =>
    probe([
      '/api/workshops?populate=createdBy',
      '/api/workshops?populate[createdBy][fields][0]=password',
      '/api/workshops?populate[updatedBy]=*',
      '/api/themes?populate[workshops][populate][createdBy]=true',
      '/api/workshops?populate[localizations][populate]=createdBy',
    ]));

  it('through filters', () =>
    probe([
      '/api/workshops?filters[createdBy][email][$startsWith]=a',
      '/api/workshops?filters[updatedBy][password][$startsWith]=$2',
      '/api/themes?filters[workshops][createdBy][id][$eq]=1',
      '/api/workshops?filters[$or][0][createdBy][firstname][$eq]=Admin',
    ]));

  it('through sort', () =>
    probe([
      '/api/workshops?sort=createdBy.email:asc',
      '/api/workshops?sort[0]=updatedBy.password',
      '/api/workshops?sort=createdBy:desc',
    ]));

  it('through fields', () =>
    probe([
      '/api/workshops?fields[0]=createdBy',
      '/api/workshops?fields[0]=password',
      '/api/team-members?fields[0]=createdBy&fields[1]=name',
    ]));

  it('with no API token lying around that nobody asked for', async () => {
    const tokens = await request<{ data: { name: string }[] }>('/admin/api-tokens', {
      token: await loginAsAdmin(),
    });
    expect(tokens.status).toBe(200);
    const names = tokens.body.data.map((token) => token.name);
    expect(names).toContain('Site preview (read-only)');
    expect(names).not.toContain('Full Access');
    expect(names).not.toContain('Read Only');
  });

  it('including the e-mail addresses of team members, which the CMS does not hold', async () => {
    const response = await request('/api/team-members?locale=*&populate=*');
    expect(response.status).toBe(200);
    expect(response.text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it('in the answers of our plugins’ admin routes', async () => {
    const token = await loginAsAdmin();
    for (const path of ['/site-publisher/status', '/translation-status/report']) {
      const response = await request(path, { token });
      expect(response.status, path).toBe(200);
      expect(response.text, path).not.toMatch(/\$2[aby]\$|"password"|"createdBy"|"updatedBy"/);
    }
  });
});

describe('the public cannot write', () => {
  const expectRefused = async (method: string, paths: string[]) => {
    for (const path of paths) {
      const response = await request(path, {
        method,
        body: method === 'DELETE' ? undefined : { data: { title: 'Public write' } },
      });
      expect([401, 403], `${method} ${path}`).toContain(response.status);
    }
  };

  it('create', () =>
    expectRefused('POST', [
      '/api/workshops',
      '/api/themes',
      '/api/focus-editions',
      '/api/team-members',
      '/api/upload',
    ]));

  it('update', () =>
    expectRefused('PUT', [
      `/api/workshops/${publishedWorkshopId}`,
      '/api/site-setting',
      '/api/home-page',
    ]));

  it('delete', async () => {
    await expectRefused('DELETE', [`/api/workshops/${publishedWorkshopId}`, '/api/site-setting']);
    expect((await request(`/api/workshops/${publishedWorkshopId}`)).status).toBe(200);
  });

  it('sign up', async () => {
    const response = await request('/api/auth/local/register', {
      method: 'POST',
      body: { username: 'visitor', email: 'visitor@example.test', password: 'Visitor-12345' },
    });
    expect([401, 403]).toContain(response.status);
    const db = connect(inject('database').connection);
    try {
      const [{ count }] = (await db('up_users').count({ count: '*' })) as [
        { count: number | string },
      ];
      expect(Number(count)).toBe(0);
    } finally {
      await db.destroy();
    }
  });
});

describe('mass assignment', () => {
  const forbiddenKeys = (otherDocumentId: string) => ({
    id: 1,
    documentId: otherDocumentId,
    publishedAt: '2020-01-01T00:00:00.000Z',
    locale: 'nl',
  });

  it('of id, documentId, publishedAt and locale by a translator changes only the French draft', async () => {
    const translator = await createAdminUser('Translator FR');
    const before = await request<{ data: { title: string; documentId: string } }>(
      '/api/workshops/' + publishedWorkshopId + '?locale=nl'
    );
    const other = (
      await request<{ data: { documentId: string; title: string }[] }>(
        '/api/workshops?filters[number][$eq]=9&locale=nl'
      )
    ).body.data[0]!;
    const response = await request(
      `/content-manager/collection-types/${WORKSHOP}/${publishedWorkshopId}?locale=fr`,
      {
        method: 'PUT',
        token: translator,
        body: { title: 'Titre de la traductrice', ...forbiddenKeys(other.documentId) },
      }
    );
    expect([200, 400, 403], response.text).toContain(response.status);
    const nlAfter = await request<{ data: { title: string } }>(
      `/api/workshops/${publishedWorkshopId}?locale=nl`
    );
    expect(nlAfter.body.data.title).toBe(before.body.data.title);
    const otherAfter = await request<{ data: { title: string } }>(
      `/api/workshops/${other.documentId}?locale=nl`
    );
    expect(otherAfter.body.data.title).toBe(other.title);
    const frPublished = await request<{ data: { title: string } }>(
      `/api/workshops/${publishedWorkshopId}?locale=fr`
    );
    expect(frPublished.body.data.title).not.toBe('Titre de la traductrice');
  });

  it('of id, documentId, publishedAt and locale through the REST API with a write token', async () => {
    const token = await createApiToken('full-access');
    const response = await request('/api/workshops', {
      method: 'POST',
      token,
      body: {
        data: {
          number: 98,
          title: 'Mass assignment',
          slug: 'mass-assignment',
          date: '2025-04-04',
          ...forbiddenKeys(publishedWorkshopId),
          locale: 'xx',
        },
      },
    });
    expect(response.status, response.text).toBe(400);
    const existing = await request<{ data: { title: string } }>(
      `/api/workshops/${publishedWorkshopId}`
    );
    expect(existing.body.data.title).not.toBe('Mass assignment');
    const created = await request<{ data: unknown[] }>(
      '/api/workshops?filters[number][$eq]=98&locale=*'
    );
    expect(created.body.data).toEqual([]);
  });
});

describe('script payloads', () => {
  it('as links in rich text are refused by the CMS', async () => {
    for (const url of [
      "javascript:alert('xss')",
      'data:text/html,<script>alert(1)</script>',
      "vbscript:msgbox('xss')",
      " javascript:alert('xss')",
    ]) {
      const response = await contentManager(`/collection-types/api::theme.theme?locale=nl`, {
        method: 'POST',
        body: {
          name: 'Script link',
          slug: 'script-link',
          description: [
            {
              type: 'paragraph',
              children: [{ type: 'link', url, children: [{ type: 'text', text: 'klik' }] }],
            },
          ],
        },
      });
      expect(response.status, `${url}: ${response.text}`).toBe(400);
    }
  });

  it('in every text, rich-text and URL field of every type and block come out of the real site build as text', async () => {
    const token = await loginAsAdmin();
    // Every media field (photos, block images, downloads, sharing images) holds a real image.
    const media = await uploadFile('hostile.png', ONE_PIXEL_PNG, 'image/png');
    const hostileOf = (apiName: string) =>
      hostileDocument(contentTypeAttributes(apiName), { media });
    const hostile = {
      theme: { ...hostileOf('theme'), slug: 'hostile-theme' },
      'team-member': hostileOf('team-member'),
      'focus-edition': { ...hostileOf('focus-edition'), edition: 97, slug: 'hostile-focus' },
      workshop: {
        ...hostileOf('workshop'),
        number: 97,
        participantCount: 30,
        slug: 'hostile-workshop',
      },
      page: { ...hostileOf('page'), slug: 'hostile-page' },
    };
    const created: [string, string][] = [];
    const singlesBefore: Record<string, Record<string, unknown>> = {};
    try {
      for (const [apiName, document] of Object.entries(hostile)) {
        const uid = `api::${apiName}.${apiName}`;
        let documentId = '';
        for (const locale of ['nl', 'fr']) {
          const body =
            locale === 'fr' && 'slug' in document
              ? { ...document, slug: `${document.slug}-fr` }
              : document;
          const saved = await contentManager<{ data: { documentId: string } }>(
            documentId
              ? `/collection-types/${uid}/${documentId}?locale=${locale}`
              : `/collection-types/${uid}?locale=${locale}`,
            { method: documentId ? 'PUT' : 'POST', body }
          );
          expect(saved.status, `${apiName} ${locale}: ${saved.text}`).toBeLessThan(300);
          documentId = saved.body.data.documentId;
          const published = await contentManager(
            `/collection-types/${uid}/${documentId}/actions/publish?locale=${locale}`,
            { method: 'POST', body: {} }
          );
          expect(published.status, published.text).toBe(200);
        }
        created.push([uid, documentId]);
      }
      for (const apiName of ['site-setting', 'home-page', 'navigation']) {
        const uid = `api::${apiName}.${apiName}`;
        for (const locale of ['nl', 'fr']) {
          singlesBefore[`${uid}|${locale}`] =
            // The published version: the drafts of this file's first tests hold secrets.
            (
              await contentManager<{ data: Record<string, unknown> }>(
                `/single-types/${uid}?locale=${locale}&status=published`
              )
            ).body.data;
          const saved = await contentManager(`/single-types/${uid}?locale=${locale}`, {
            method: 'PUT',
            body: hostileOf(apiName),
          });
          expect(saved.status, saved.text).toBe(200);
          const published = await contentManager(
            `/single-types/${uid}/actions/publish?locale=${locale}`,
            { method: 'POST', body: {} }
          );
          expect(published.status, published.text).toBe(200);
        }
      }
      const [build] = await waitForPublisher(inject('cmsUrl'), token);
      expect(build?.status, build?.reason ?? '').toBe('succeeded');

      const release = currentRelease(inject('releasesDir'))!;
      const pages = allFiles(path.join(release, 'client')).filter(
        (file) => /\.(html|xml)$/.test(file) && !file.includes(`${path.sep}pagefind${path.sep}`)
      );
      const carrying = pages.filter((file) => readFileSync(file, 'utf8').includes('xss-text'));
      // Every page carries it now (the menus and the footer do), lists and feeds too.
      expect(carrying.length).toBeGreaterThanOrEqual(30);
      for (const file of carrying) {
        const text = readFileSync(file, 'utf8');
        const where = path.relative(release, file);
        if (file.endsWith('.html')) {
          expect(
            scriptVectors(text, (body) => !body.includes('xss')),
            where
          ).toEqual([]);
          expect(text, where).toContain('&lt;script&gt;alert(');
        } else if (file.endsWith('.xml')) {
          // Feed readers render RSS descriptions as HTML: the payload must stay escaped text.
          expect(text, where).not.toMatch(/<script|<img/);
        }
      }
      // The hostile page holds one block of each kind, each of which reached the page.
      const hostilePage = readFileSync(
        path.join(release, 'client', 'nl', 'hostile-page', 'index.html'),
        'utf8'
      );
      for (const element of [
        '<details>',
        '<figure',
        '<address>',
        'class="call-to-action"',
        'class="download"',
      ])
        expect(hostilePage, element).toContain(element);
    } finally {
      for (const [uid, documentId] of created) {
        await contentManager(`/collection-types/${uid}/${documentId}?locale=*`, {
          method: 'DELETE',
        });
      }
      for (const [key, data] of Object.entries(singlesBefore)) {
        const [uid, locale] = key.split('|') as [string, string];
        const restored = await contentManager(`/single-types/${uid}?locale=${locale}`, {
          method: 'PUT',
          body: editableCopy(data),
        });
        expect(restored.status, restored.text).toBe(200);
        await contentManager(`/single-types/${uid}/actions/publish?locale=${locale}`, {
          method: 'POST',
          body: {},
        });
      }
      await waitForPublisher(inject('cmsUrl'), token);
    }
  });
});

/**
 * A document as the content manager reads it, made fit to be saved again: ids and timestamps
 * dropped, related documents given as `{ documentId, locale }` and files as their id, as the
 * Document Service takes them.
 */
function editableCopy(value: Record<string, unknown>): Record<string, unknown> {
  const dropped = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'status'];
  const copy = (item: unknown, nested: boolean): unknown => {
    if (Array.isArray(item)) return item.map((entry) => copy(entry, true));
    if (!item || typeof item !== 'object') return item;
    const entry = item as Record<string, unknown>;
    if (nested && 'mime' in entry) return entry.id;
    if (nested && typeof entry.documentId === 'string')
      return { documentId: entry.documentId, locale: entry.locale ?? null };
    return Object.fromEntries(
      Object.entries(entry)
        .filter(([key]) => !dropped.includes(key) && key !== 'localizations')
        .map(([key, inner]) => [key, copy(inner, true)])
    );
  };
  return copy(value, false) as Record<string, unknown>;
}

describe('slugs', () => {
  const hostileSlugs = [
    '../../etc/passwd',
    '..%2f..%2fetc%2fpasswd',
    'atelier/../../admin',
    'atelier\u202Egpj.exe', // right-to-left override
    'atelier\u200B', // zero-width space
    'аtelier', // Cyrillic a
    'cafe\u0301', // decomposed é
    'CAFÉ',
    'atelier%00',
  ];

  it('with path traversal or odd Unicode are refused, in both languages', async () => {
    for (const [index, slug] of hostileSlugs.entries()) {
      const response = await contentManager(`/collection-types/${WORKSHOP}?locale=nl`, {
        method: 'POST',
        body: { number: 200 + index, title: 'Slug attack', slug, date: '2025-05-05' },
      });
      expect(response.status, `${JSON.stringify(slug)}: ${response.text}`).toBe(400);
    }
    const db = connect(inject('database').connection);
    try {
      expect(await db('workshops').where('title', 'Slug attack')).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('with path traversal do not leave the served site', async () => {
    const site = new URL(inject('siteUrl'));
    for (const rawPath of [
      '/../../../../etc/passwd',
      '/nl/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/nl/%2e%2e%2f%2e%2e%2fbuild-report.json',
      '/%00',
    ]) {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const outgoing = httpRequest(
          { host: site.hostname, port: site.port, path: rawPath, method: 'GET' },
          (incoming) => {
            let body = '';
            incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
            incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
          }
        );
        outgoing.on('error', reject);
        outgoing.end();
      });
      expect([400, 404], rawPath).toContain(answer.status);
      expect(answer.body, rawPath).not.toMatch(/root:|"pageCount"/);
    }
  });
});

describe('uploads', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64'
  );
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
  const HTML = Buffer.from('<html><body><script>alert("upload")</script></body></html>');
  const SVG = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert("svg")</script></svg>'
  );

  const upload = async (name: string, bytes: Buffer, type: string, token?: string) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${inject('cmsUrl')}${token ? '/upload' : '/api/upload'}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    return { status: response.status, text: await response.text() } satisfies Omit<
      ApiResponse,
      'body'
    >;
  };

  const fileCount = async () => {
    const db = connect(inject('database').connection);
    try {
      const [{ count }] = (await db('files').count({ count: '*' })) as [{ count: number | string }];
      return Number(count);
    } finally {
      await db.destroy();
    }
  };

  it('by the public are refused', async () => {
    expect([401, 403]).toContain((await upload('photo.png', PNG, 'image/png')).status);
  });

  it('of PDF and raster images by an editor are accepted', async () => {
    const token = await loginAsAdmin();
    for (const [name, bytes, type] of [
      ['photo.png', PNG, 'image/png'],
      ['verslag.pdf', PDF, 'application/pdf'],
    ] as const) {
      const response = await upload(name, bytes, type, token);
      expect(response.status, `${name}: ${response.text}`).toBe(201);
    }
  });

  it('that are oversized are refused and not stored', async () => {
    const before = await fileCount();
    const limitMb = Number(inject('cmsEnv').UPLOAD_SIZE_LIMIT_MB);
    const big = Buffer.concat([PDF, Buffer.alloc((limitMb + 1) * 1024 * 1024, 0x20)]);
    const response = await upload('groot.pdf', big, 'application/pdf', await loginAsAdmin());
    expect([400, 413], response.text).toContain(response.status);
    expect(await fileCount()).toBe(before);
  });

  it('that are disguised, or SVG, are refused by their content with a message in the editor’s language', async () => {
    const before = await fileCount();
    const token = await loginAsAdmin();
    for (const [name, bytes, type] of [
      ['photo.png', HTML, 'image/png'],
      ['verslag.pdf', HTML, 'application/pdf'],
      ['logo.svg', SVG, 'image/svg+xml'],
      ['logo.png', SVG, 'image/png'],
      ['photo.jpg', PNG, 'image/jpeg'],
      ['photo.png.html', PNG, 'image/png'],
      ['pagina.html', HTML, 'text/html'],
    ] as const) {
      const response = await upload(name, bytes, type, token);
      expect(response.status, `${name}: ${response.text}`).toBe(400);
    }
    // The test admin's language is Dutch.
    const refused = await upload('photo.png', HTML, 'image/png', token);
    expect(refused.text).toContain('werd niet opgeladen');
    expect(await fileCount()).toBe(before);
  });
});

describe('filters', () => {
  it('refuse operator injection and raw SQL fragments, and leave the data as it was', async () => {
    const db = connect(inject('database').connection);
    const countWorkshops = async () =>
      Number(
        ((await db('workshops').count({ count: '*' })) as [{ count: number | string }])[0].count
      );
    try {
      const before = await countWorkshops();
      for (const probe of [
        '/api/workshops?filters[title][$where]=1',
        '/api/workshops?filters[$where]=this.title',
        '/api/workshops?filters[title][$raw]=1=1',
        '/api/workshops?filters[$raw]=1=1',
        "/api/workshops?filters[title][$eq]=' OR '1'='1",
        "/api/workshops?filters[title][$eq]=x'); DROP TABLE workshops;--",
        '/api/workshops?filters[number][$gt]=0 OR 1=1',
        '/api/workshops?filters[id][$in][0]=1) OR (1=1',
        '/api/workshops?sort=title;DROP TABLE workshops',
        '/api/workshops?sort=title:asc,(select 1)',
        '/api/workshops?filters[title][$contains]=%25',
        '/api/workshops?filters[title][$regex]=.*',
        '/api/workshops?filters[constructor][prototype][polluted]=1',
        '/api/workshops?filters[__proto__][polluted]=1',
      ]) {
        const response = await request(probe);
        expect([200, 400], `${probe}: ${response.text.slice(0, 200)}`).toContain(response.status);
        expect(response.text, probe).not.toContain(SECRET);
        if (response.status === 200 && probe.includes("' OR '")) {
          expect((response.body as { data: unknown[] }).data, probe).toEqual([]);
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await countWorkshops()).toBe(before);
    } finally {
      await db.destroy();
    }
  });
});

describe('logins', () => {
  it('to the admin panel are rate-limited', async () => {
    const attempt = () =>
      request('/admin/login', {
        method: 'POST',
        body: { email: 'brute-force@example.org', password: 'Wrong-password-1' },
      });
    const statuses: number[] = [];
    for (let index = 0; index < 7; index += 1) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5).every((status) => status === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('to the API are closed to the public', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 7; index += 1) {
      statuses.push(
        (
          await request('/api/auth/local', {
            method: 'POST',
            body: { identifier: 'someone@example.org', password: 'Wrong-password-1' },
          })
        ).status
      );
    }
    expect(statuses.every((status) => status === 403 || status === 429)).toBe(true);
  });
});

describe('browsers', () => {
  it('get a strict Content-Security-Policy and security headers from the CMS', async () => {
    for (const path of ['/admin', '/api/workshops']) {
      const response = await fetch(`${inject('cmsUrl')}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy, path).toMatch(/default-src 'self'/);
      expect(policy, path).toMatch(/script-src 'self'(;|$)/);
      expect(policy, path).toMatch(/object-src 'none'/);
      expect(policy, path).toMatch(/frame-ancestors 'self'/);
      expect(policy, path).not.toMatch(/https:(?!\/)|market-assets/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('from another origin get no CORS permission; the site’s and the preview’s do', async () => {
    const corsFor = async (origin: string) =>
      (
        await fetch(`${inject('cmsUrl')}/api/workshops`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'GET' },
        })
      ).headers.get('access-control-allow-origin');
    expect(await corsFor('https://evil.example')).toBeNull();
    const previewOrigin = new URL(inject('cmsEnv').PREVIEW_URL!).origin;
    expect(await corsFor(previewOrigin)).toBe(previewOrigin);
  });
});

describe('production start', () => {
  it('is refused with example or missing secrets, naming each one', async () => {
    const env = {
      ...inject('cmsEnv'),
      NODE_ENV: 'production',
      JWT_SECRET: 'tobemodified',
      APP_KEYS: 'toBeModified1,toBeModified2',
      ADMIN_JWT_SECRET: '',
      ENCRYPTION_KEY: 'short',
    };
    const failure = await startCms({ port: await freePort(), env, output: 'pipe' }).then(
      async (cms) => {
        await cms.stop();
        return 'started';
      },
      (error: Error) => error.message
    );
    expect(failure).toMatch(/will not start in production/);
    expect(failure).toMatch(/JWT_SECRET: still an example value/);
    expect(failure).toMatch(/APP_KEYS: still an example value/);
    expect(failure).toMatch(/ADMIN_JWT_SECRET: not set/);
    expect(failure).toMatch(/ENCRYPTION_KEY: shorter than 16 characters/);
  });
});
