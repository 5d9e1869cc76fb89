import { describe, expect, it } from 'vitest';
import { contentManager, request } from '../support/api.ts';

const THEME = 'api::theme.theme';
const WORKSHOP = 'api::workshop.workshop';

async function themeId(slug: string) {
  const response = await request<{ data: { documentId: string }[] }>(
    `/api/themes?locale=nl&filters[slug][$eq]=${slug}`
  );
  return response.body.data[0]!.documentId;
}

describe('localized relations (Strapi 5 keeps them per locale)', () => {
  it('does not copy a language’s relations to a new translation: each language links its own', async () => {
    const vaccination = await themeId('vaccinatie');
    const created = await contentManager<{ data: { documentId: string } }>(
      `/collection-types/${WORKSHOP}?locale=nl`,
      {
        method: 'POST',
        body: {
          number: 130,
          title: 'Relaties per taal',
          slug: 'relaties-per-taal',
          date: '2031-05-06',
          themes: { connect: [{ documentId: vaccination, locale: 'nl' }] },
        },
      }
    );
    expect(created.status, created.text).toBe(201);
    const { documentId } = created.body.data;
    const french = await contentManager(`/collection-types/${WORKSHOP}/${documentId}?locale=fr`, {
      method: 'PUT',
      body: { title: 'Relations par langue', slug: 'relations-par-langue' },
    });
    expect(french.status, french.text).toBe(200);

    const themesOf = async (locale: string) => {
      const response = await contentManager<{ results: { documentId: string }[] }>(
        `/relations/${WORKSHOP}/${documentId}/themes?locale=${locale}&status=draft`
      );
      expect(response.status, response.text).toBe(200);
      return response.body.results.map((theme) => theme.documentId);
    };
    expect(await themesOf('nl')).toEqual([vaccination]);
    expect(await themesOf('fr')).toEqual([]);
  });

  it('keeps themes inside round tables in every language, and lets two workshops share a theme', async () => {
    const isolation = await themeId('sociaal-isolement');
    const body = (number: number, slug: string) => ({
      number,
      title: `Rondetafels ${number}`,
      slug,
      date: '2031-06-07',
      roundTables: [
        { title: 'Isolement', themes: { connect: [{ documentId: isolation, locale: 'fr' }] } },
      ],
    });
    for (const [number, slug] of [
      [131, 'tables-rondes-131'],
      [132, 'tables-rondes-132'],
    ] as const) {
      const created = await contentManager<{ data: { documentId: string } }>(
        `/collection-types/${WORKSHOP}?locale=fr`,
        { method: 'POST', body: body(number, slug) }
      );
      expect(created.status, created.text).toBe(201);
      const published = await contentManager(
        `/collection-types/${WORKSHOP}/${created.body.data.documentId}/actions/publish?locale=fr`,
        { method: 'POST', body: {} }
      );
      expect(published.status, published.text).toBe(200);
    }
    const response = await request<{
      data: { number: number; roundTables: { themes: { name: string; locale: string }[] }[] }[];
    }>(
      '/api/workshops?locale=fr&filters[number][$in][0]=131&filters[number][$in][1]=132&populate[roundTables][populate][themes]=true&sort=number'
    );
    expect(
      response.body.data.map((workshop) =>
        workshop.roundTables[0]!.themes.map((theme) => theme.locale)
      )
    ).toEqual([['fr'], ['fr']]);
  });

  it('lets Dutch and French share a slug, since slugs are unique per language', async () => {
    const created = await contentManager<{ data: { documentId: string } }>(
      `/collection-types/${THEME}?locale=nl`,
      {
        method: 'POST',
        body: { name: 'Mantelzorg', slug: 'gedeelde-slug' },
      }
    );
    expect(created.status, created.text).toBe(201);
    const french = await contentManager(
      `/collection-types/${THEME}/${created.body.data.documentId}?locale=fr`,
      {
        method: 'PUT',
        body: { name: 'Aidants proches', slug: 'gedeelde-slug' },
      }
    );
    expect(french.status, french.text).toBe(200);
  });
});
