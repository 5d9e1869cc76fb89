import { beforeAll, describe, expect, it } from 'vitest';
import { contentManager, createAdminUser, loginAsAdmin, request } from '../support/api.ts';

const WORKSHOP = 'api::workshop.workshop';
let documentId = '';

interface Row {
  contentType: string;
  documentId: string;
  states: Record<string, string>;
}

async function states(): Promise<Record<string, string>> {
  const report = await request<{ data: Row[] }>('/translation-status/report', {
    token: await loginAsAdmin(),
  });
  expect(report.status, report.text).toBe(200);
  return report.body.data.find((row) => row.documentId === documentId)!.states;
}

const save = async (locale: string, body: Record<string, unknown>) => {
  const response = await contentManager(
    `/collection-types/${WORKSHOP}/${documentId}?locale=${locale}`,
    { method: 'PUT', body }
  );
  expect(response.status, response.text).toBe(200);
};

beforeAll(async () => {
  const created = await contentManager<{ data: { documentId: string } }>(
    `/collection-types/${WORKSHOP}?locale=nl`,
    {
      method: 'POST',
      body: {
        number: 160,
        title: 'Te vertalen',
        slug: 'te-vertalen',
        date: '2031-11-12',
        summary: 'Eerste versie.',
      },
    }
  );
  expect(created.status, created.text).toBe(201);
  documentId = created.body.data.documentId;
});

describe('translation status', () => {
  it('follows a translation from missing, through outdated, back to in line', async () => {
    expect((await states()).fr).toBe('missing');

    await save('fr', { title: 'À traduire', slug: 'a-traduire', summary: 'Première version.' });
    expect(await states()).toEqual({ nl: 'draft', fr: 'draft' });

    await save('nl', { summary: 'Tweede versie, met meer uitleg.' });
    expect(await states()).toEqual({ nl: 'draft', fr: 'outdated' });

    await save('fr', { summary: 'Deuxième version, avec plus d’explications.' });
    expect(await states()).toEqual({ nl: 'draft', fr: 'draft' });
  });

  it('lets a translator mark a translation as in line without changing its text', async () => {
    await save('nl', { summary: 'Derde versie: een komma verplaatst.' });
    expect((await states()).fr).toBe('outdated');
    const aligned = await request('/translation-status/align', {
      method: 'POST',
      token: await loginAsAdmin(),
      body: { contentType: WORKSHOP, documentId, locale: 'fr' },
    });
    expect(aligned.status, aligned.text).toBe(200);
    expect((await states()).fr).toBe('draft');
  });

  it('tracks pages too, down to a question inside a block, and never lists redirects', async () => {
    const answer = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    const block = (question: string, text: string) => ({
      __component: 'blocks.questions',
      items: [{ question, answer: answer(text) }],
    });
    const created = await contentManager<{ data: { documentId: string } }>(
      '/collection-types/api::page.page?locale=nl',
      {
        method: 'POST',
        body: {
          title: 'Vragen',
          slug: `vragen-${Date.now()}`,
          blocks: [block('Wie?', 'Iedereen.')],
        },
      }
    );
    expect(created.status, created.text).toBe(201);
    const page = created.body.data.documentId;
    const pageStates = async () => {
      const report = await request<{ data: Row[] }>('/translation-status/report', {
        token: await loginAsAdmin(),
      });
      expect(report.body.data.some((row) => row.contentType === 'api::redirect.redirect')).toBe(
        false
      );
      return report.body.data.find((row) => row.documentId === page)!.states;
    };
    try {
      const french = await contentManager(`/collection-types/api::page.page/${page}?locale=fr`, {
        method: 'PUT',
        body: {
          title: 'Questions',
          slug: `questions-${Date.now()}`,
          blocks: [block('Qui ?', 'Tout le monde.')],
        },
      });
      expect(french.status, french.text).toBe(200);
      expect(await pageStates()).toEqual({ nl: 'draft', fr: 'draft' });
      const dutch = await contentManager(`/collection-types/api::page.page/${page}?locale=nl`, {
        method: 'PUT',
        body: { blocks: [block('Wie?', 'Iedereen die in de zorgzone werkt.')] },
      });
      expect(dutch.status, dutch.text).toBe(200);
      expect((await pageStates()).fr).toBe('outdated');
    } finally {
      await contentManager(`/collection-types/api::page.page/${page}?locale=*`, {
        method: 'DELETE',
      });
    }
  });

  it('lists the seeded documents as published in both languages', async () => {
    const report = await request<{ data: Row[] }>('/translation-status/report', {
      token: await loginAsAdmin(),
    });
    const themes = report.body.data.filter((row) => row.contentType === 'api::theme.theme');
    expect(themes.length).toBeGreaterThanOrEqual(5);
    expect(
      themes.filter((row) => row.states.nl === 'published' && row.states.fr === 'published').length
    ).toBeGreaterThanOrEqual(5);
  });
});

describe('translator roles', () => {
  let translatorToken = '';

  beforeAll(async () => {
    translatorToken = await createAdminUser('Translator FR');
  });

  const asTranslator = (path: string, method: string, body?: unknown) =>
    request(`/content-manager${path}`, { method, token: translatorToken, body });

  it('reads every language but may only change French, and can neither publish nor delete', async () => {
    expect(
      (await asTranslator(`/collection-types/${WORKSHOP}/${documentId}?locale=nl`, 'GET')).status
    ).toBe(200);
    expect(
      (
        await asTranslator(`/collection-types/${WORKSHOP}/${documentId}?locale=nl`, 'PUT', {
          summary: 'Door de vertaler',
        })
      ).status
    ).toBe(403);
    expect(
      (
        await asTranslator(`/collection-types/${WORKSHOP}/${documentId}?locale=fr`, 'PUT', {
          summary: 'Par la traductrice',
        })
      ).status
    ).toBe(200);
    expect(
      (
        await asTranslator(
          `/collection-types/${WORKSHOP}/${documentId}/actions/publish?locale=fr`,
          'POST',
          {}
        )
      ).status
    ).toBe(403);
    expect(
      (await asTranslator(`/collection-types/${WORKSHOP}/${documentId}?locale=fr`, 'DELETE')).status
    ).toBe(403);
  });
});
