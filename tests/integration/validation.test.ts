import { beforeAll, describe, expect, it } from 'vitest';
import {
  contentManager,
  createApiToken,
  request,
  uploadFile,
  type ApiResponse,
} from '../support/api.ts';
import { ONE_PIXEL_PNG } from '../support/fixtures.ts';
import { snapshotContent } from '../support/snapshot.ts';

interface ErrorBody {
  error: {
    status: number;
    name: string;
    message: string;
    details?: { errors?: { path: (string | number)[]; message: string }[] };
  };
}

const WORKSHOP = 'api::workshop.workshop';
const validWorkshop = {
  number: 120,
  title: 'Een geldig atelier',
  slug: 'een-geldig-atelier',
  date: '2031-03-04',
};

let token = '';
beforeAll(async () => {
  token = await createApiToken('full-access');
});

/** Runs a request that must be refused, and checks the refusal and that nothing was written. */
async function expectRefused(
  send: () => Promise<ApiResponse<ErrorBody>>,
  field: (string | number)[],
  messagePart: RegExp
) {
  const before = await snapshotContent();
  const response = await send();
  expect(response.status, response.text).toBe(400);
  expect(response.body.error.name).toBe('ValidationError');
  const fieldError = response.body.error.details?.errors?.find(
    (error) => error.path.join('.') === field.join('.')
  );
  expect(fieldError?.message, JSON.stringify(response.body.error)).toMatch(messagePart);
  expect(await snapshotContent()).toEqual(before);
  return response.body.error;
}

describe('validation', () => {
  it('refuses a workshop number that another workshop already has, naming that workshop', async () => {
    const existing = await contentManager<{ results: { title: string }[] }>(
      `/collection-types/${WORKSHOP}?locale=fr&filters[number][$eq]=8`
    );
    const title = existing.body.results[0]!.title;
    const error = await expectRefused(
      () =>
        contentManager(`/collection-types/${WORKSHOP}?locale=fr`, {
          method: 'POST',
          body: { ...validWorkshop, number: 8 },
        }),
      ['number'],
      /8/
    );
    expect(error.message).toContain(`“${title}”`);
  });

  it('refuses a Focus edition number that already exists', async () => {
    await expectRefused(
      () =>
        contentManager('/collection-types/api::focus-edition.focus-edition?locale=fr', {
          method: 'POST',
          body: { edition: 8, title: 'Doublon', slug: 'doublon', editionStatus: 'published' },
        }),
      ['edition'],
      /8/
    );
  });

  it('refuses an end time that is not after the start time', async () => {
    await expectRefused(
      () =>
        contentManager(`/collection-types/${WORKSHOP}?locale=nl`, {
          method: 'POST',
          body: { ...validWorkshop, startTime: '14:00:00.000', endTime: '12:30:00.000' },
        }),
      ['endTime'],
      /12:30.*14:00/
    );
  });

  it('refuses a programme item that ends before it starts, pointing at that item', async () => {
    await expectRefused(
      () =>
        contentManager(`/collection-types/${WORKSHOP}?locale=nl`, {
          method: 'POST',
          body: {
            ...validWorkshop,
            programme: [
              { startTime: '12:00:00.000', endTime: '13:00:00.000', label: 'Actieraad' },
              { startTime: '14:00:00.000', endTime: '14:00:00.000', label: 'Veranderatelier' },
            ],
          },
        }),
      ['programme', 1, 'endTime'],
      /14:00/
    );
  });

  it('refuses an end time made earlier than the stored start time on an existing workshop', async () => {
    const published = await request<{ data: { documentId: string }[] }>(
      '/api/workshops?filters[number][$eq]=8'
    );
    const documentId = published.body.data[0]!.documentId;
    await expectRefused(
      () =>
        contentManager(`/collection-types/${WORKSHOP}/${documentId}?locale=nl`, {
          method: 'PUT',
          body: { endTime: '11:00:00.000' },
        }),
      ['endTime'],
      /11:00/
    );
  });

  it('refuses a web address (slug) with capitals, spaces or accents', async () => {
    await expectRefused(
      () =>
        contentManager(`/collection-types/${WORKSHOP}?locale=nl`, {
          method: 'POST',
          body: { ...validWorkshop, slug: 'Atelier été 2031' },
        }),
      ['slug'],
      /Atelier été 2031/
    );
  });

  it('refuses to publish through the REST API without the required fields, listing them', async () => {
    const error = await expectRefused(
      () =>
        request<ErrorBody>('/api/workshops', {
          method: 'POST',
          token,
          body: { data: { number: 121, slug: 'zonder-titel' } },
        }),
      ['title'],
      /Title|Titel|Titre/
    );
    expect(error.details?.errors?.map((problem) => problem.path.join('.'))).toEqual(
      expect.arrayContaining(['title', 'date'])
    );
  });

  it('refuses to publish a draft that lacks a required field, and leaves it unpublished', async () => {
    const created = await contentManager<{ data: { documentId: string } }>(
      `/collection-types/${WORKSHOP}?locale=nl`,
      {
        method: 'POST',
        body: { number: 122, slug: 'nog-zonder-datum', title: 'Nog zonder datum' },
      }
    );
    expect(created.status, created.text).toBe(201);
    const documentId = created.body.data.documentId;
    await expectRefused(
      () =>
        contentManager(`/collection-types/${WORKSHOP}/${documentId}/actions/publish?locale=nl`, {
          method: 'POST',
          body: {},
        }),
      ['date'],
      /Datum|Date/
    );
    const publicRead = await request(`/api/workshops/${documentId}`);
    expect(publicRead.status).toBe(404);
  });

  it('refuses a team member photo without a description for visitors who cannot see it', async () => {
    const photo = await uploadFile('portrait.png', ONE_PIXEL_PNG, 'image/png');
    await expectRefused(
      () =>
        contentManager('/collection-types/api::team-member.team-member?locale=nl', {
          method: 'POST',
          body: { name: 'Nieuw teamlid', active: true, photo },
        }),
      ['photoAlt'],
      /Beschrijving van de foto/
    );
    const described = await contentManager(
      '/collection-types/api::team-member.team-member?locale=nl',
      {
        method: 'POST',
        body: {
          name: 'Nieuw teamlid',
          active: true,
          photo,
          photoAlt: 'Portret van het nieuwe teamlid',
        },
      }
    );
    expect(described.status, described.text).toBe(201);
  });

  it('answers an editor in the admin language of their profile, whatever the browser says', async () => {
    // The test admin's profile language is Dutch (ADMIN_LANGUAGE=nl).
    const response = await contentManager<ErrorBody>(`/collection-types/${WORKSHOP}?locale=fr`, {
      method: 'POST',
      body: { ...validWorkshop, number: 8 },
      headers: { 'accept-language': 'fr-BE,fr;q=0.9' },
    });
    expect(response.body.error.message).toMatch(/^Nummer 8 is al in gebruik/);
  });

  it('answers an API client in the language it asks for', async () => {
    const ask = (language: string) =>
      request<ErrorBody>('/api/workshops', {
        method: 'POST',
        token,
        body: { data: { ...validWorkshop, number: 8 } },
        headers: { 'accept-language': language },
      });
    expect((await ask('fr-BE,fr;q=0.9')).body.error.message).toMatch(
      /^Le numéro 8 est déjà utilisé/
    );
    expect((await ask('nl-BE')).body.error.message).toMatch(/^Nummer 8 is al in gebruik/);
    expect((await ask('de-DE')).body.error.message).toMatch(/^Number 8 is already used/);
  });

  it('accepts a valid workshop, so the refusals above are about the rules and not the request', async () => {
    const response = await contentManager(`/collection-types/${WORKSHOP}?locale=nl`, {
      method: 'POST',
      body: { ...validWorkshop, startTime: '14:00:00.000', endTime: '16:00:00.000' },
    });
    expect(response.status, response.text).toBe(201);
  });
});
