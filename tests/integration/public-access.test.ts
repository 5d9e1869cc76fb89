import { beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../scripts/lib/database.ts';
import { contentManager, createApiToken, request } from '../support/api.ts';

const SECRET = 'DRAFT-SECRET';

const collections = {
  workshops: {
    uid: 'api::workshop.workshop',
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

const draftDocumentIds: Record<string, string> = {};
let publishedWorkshopId = '';

beforeAll(async () => {
  for (const [plural, { uid, draft }] of Object.entries(collections)) {
    for (const locale of ['nl', 'fr']) {
      const path = draftDocumentIds[plural]
        ? `/collection-types/${uid}/${draftDocumentIds[plural]}?locale=${locale}`
        : `/collection-types/${uid}?locale=${locale}`;
      const response = await contentManager<{ data: { documentId: string } }>(path, {
        method: draftDocumentIds[plural] ? 'PUT' : 'POST',
        body: draft,
      });
      expect(response.status, response.text).toBeLessThan(300);
      draftDocumentIds[plural] = response.body.data.documentId;
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
  // A published workshop whose draft now differs: the draft title must stay private too.
  const published = await request<{ data: { documentId: string }[] }>(
    '/api/workshops?filters[number][$eq]=8'
  );
  publishedWorkshopId = published.body.data[0]!.documentId;
  for (const locale of ['nl', 'fr']) {
    const response = await contentManager(
      `/collection-types/api::workshop.workshop/${publishedWorkshopId}?locale=${locale}`,
      {
        method: 'PUT',
        body: { title: `${SECRET} unpublished change` },
      }
    );
    expect(response.status, response.text).toBe(200);
  }
});

/** Every way we know of to ask the public API for drafts. */
function draftProbes(): string[] {
  const probes: string[] = [];
  for (const plural of Object.keys(collections)) {
    const id = draftDocumentIds[plural]!;
    probes.push(
      `/api/${plural}?status=draft`,
      `/api/${plural}?status=draft&locale=fr`,
      `/api/${plural}?status=draft&locale=*`,
      `/api/${plural}?locale=*`,
      `/api/${plural}?status=draft&filters[publishedAt][$null]=true`,
      `/api/${plural}?status=draft&populate=*`,
      `/api/${plural}?publicationState=preview`,
      `/api/${plural}/${id}`,
      `/api/${plural}/${id}?status=draft`,
      `/api/${plural}/${id}?status=draft&locale=fr`
    );
  }
  probes.push(
    '/api/workshops?status=draft&filters[number][$eq]=99',
    `/api/workshops/${publishedWorkshopId}?status=draft`,
    `/api/workshops/${publishedWorkshopId}?status=draft&locale=*`,
    '/api/workshops?status=draft&populate[localizations]=true',
    '/api/themes?status=draft&populate[workshops]=true',
    '/api/team-members?status=draft&populate[workshops]=true'
  );
  for (const single of Object.keys(singles)) {
    probes.push(
      `/api/${single}?status=draft`,
      `/api/${single}?status=draft&locale=fr`,
      `/api/${single}?status=draft&locale=*`
    );
  }
  return probes;
}

describe('public API', () => {
  it('never returns a draft, whatever the query', async () => {
    const leaks: string[] = [];
    for (const probe of draftProbes()) {
      const response = await request(probe);
      expect([200, 400, 404], probe).toContain(response.status);
      if (response.text.includes(SECRET)) leaks.push(probe);
    }
    expect(leaks).toEqual([]);
  });

  it('still serves the published version of a document whose draft has changed', async () => {
    const response = await request<{ data: { title: string } }>(
      `/api/workshops/${publishedWorkshopId}?status=draft`
    );
    expect(response.status).toBe(200);
    expect(response.body.data.title).not.toContain(SECRET);
  });

  it('gives an API token drafts only when it asks for them, so the preview can read them and a build never does', async () => {
    const token = await createApiToken('read-only');
    const unasked = await request('/api/workshops?locale=*', { token });
    expect(unasked.status).toBe(200);
    expect(unasked.text).not.toContain(SECRET);
    const asked = await request('/api/workshops?status=draft', { token });
    expect(asked.text).toContain(SECRET);
  });

  it('refuses to create, change or delete anything', async () => {
    const id = publishedWorkshopId;
    const attempts: [string, string][] = [
      ['POST', '/api/workshops'],
      ['PUT', `/api/workshops/${id}`],
      ['DELETE', `/api/workshops/${id}`],
      ['POST', '/api/themes'],
      ['POST', '/api/focus-editions'],
      ['POST', '/api/team-members'],
      ['PUT', '/api/site-setting'],
      ['DELETE', '/api/site-setting'],
      ['PUT', '/api/home-page'],
      ['POST', '/api/upload'],
      ['GET', '/api/upload/files'],
      ['GET', '/api/users'],
      ['GET', '/api/users-permissions/roles'],
    ];
    for (const [method, path] of attempts) {
      const response = await request(path, {
        method,
        body: method === 'GET' || method === 'DELETE' ? undefined : { data: { title: 'x' } },
      });
      expect([401, 403], `${method} ${path}`).toContain(response.status);
    }
    const after = await request<{ data: { title: string } }>(`/api/workshops/${id}`);
    expect(after.status).toBe(200);
  });

  it('refuses public sign-up and creates no account', async () => {
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

  it('exposes no e-mail address of a team member', async () => {
    const response = await request('/api/team-members?locale=*&populate=*');
    expect(response.status).toBe(200);
    expect(response.text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });
});
