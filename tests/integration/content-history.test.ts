import { beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../scripts/lib/database.ts';
import { contentManager, createAdminUser, loginAsAdmin, request } from '../support/api.ts';
import { canonicalDump } from '../support/canonical-dump.ts';

const WORKSHOP = 'api::workshop.workshop';
const THEME = 'api::theme.theme';
const PAGE = 'api::page.page';

interface Version {
  id: number;
  action: string;
  origin: string | null;
  state: string;
  authorName: string | null;
}

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

async function versions(uid: string, documentId: string, locale: string): Promise<Version[]> {
  const response = await request<{ data: Version[] }>(
    `/content-history/versions?uid=${uid}&documentId=${documentId}&locale=${locale}`,
    { token: await loginAsAdmin() }
  );
  expect(response.status, response.text).toBe(200);
  return response.body.data;
}

async function create(uid: string, locale: string, data: Record<string, unknown>) {
  const response = await contentManager<{ data: { documentId: string } }>(
    `/collection-types/${uid}?locale=${locale}`,
    { method: 'POST', body: data }
  );
  expect(response.status, response.text).toBe(201);
  return response.body.data.documentId;
}

async function save(
  uid: string,
  documentId: string,
  locale: string,
  data: unknown,
  token?: string
) {
  return request(`/content-manager/collection-types/${uid}/${documentId}?locale=${locale}`, {
    method: 'PUT',
    body: data,
    token: token ?? (await loginAsAdmin()),
  });
}

async function publish(uid: string, documentId: string, locale: string) {
  const response = await contentManager(
    `/collection-types/${uid}/${documentId}/actions/publish?locale=${locale}`,
    { method: 'POST', body: {} }
  );
  expect(response.status, response.text).toBe(200);
}

/** A document's draft in one language as the backup test compares content: the canonical dump. */
async function draftDump(singularName: string, documentId: string, locale: string) {
  const dump = await canonicalDump(inject('cmsUrl'), inject('cmsEnv').PREVIEW_API_TOKEN!, {
    types: [singularName],
    documentId,
  });
  return dump[`${singularName} ${locale} draft`];
}

async function published(pluralName: string, documentId: string, locale: string, populate = '') {
  const response = await request<{ data: Record<string, unknown> | null }>(
    `/api/${pluralName}/${documentId}?locale=${locale}${populate}`
  );
  return response.body.data;
}

let number = 700;
const workshop = (title: string) => {
  number += 1;
  return { number, title, slug: `geschiedenis-${number}`, date: '2026-03-12' };
};

describe('Versions', () => {
  it('keeps a version of each save, and restoring the older one gives back its draft exactly while the published text stays', async () => {
    const documentId = await create(WORKSHOP, 'nl', {
      ...workshop('Versies van een atelier'),
      summary: 'Gepubliceerde samenvatting.',
    });
    await publish(WORKSHOP, documentId, 'nl');
    const live = await published('workshops', documentId, 'nl');

    const first = await save(WORKSHOP, documentId, 'nl', {
      summary: 'Eerste concept.',
      programme: [{ startTime: '09:30:00.000', endTime: '10:00:00.000', title: 'Onthaal' }],
    });
    expect(first.status, first.text).toBe(200);
    const afterFirst = await draftDump('workshop', documentId, 'nl');
    const second = await save(WORKSHOP, documentId, 'nl', {
      summary: 'Tweede concept.',
      programme: [],
    });
    expect(second.status, second.text).toBe(200);

    const history = await versions(WORKSHOP, documentId, 'nl');
    const saves = history.filter((version) => version.action === 'update');
    expect(saves).toHaveLength(2);
    expect(saves.map((version) => version.authorName)).toEqual(['Admin', 'Admin']);
    expect(history.map((version) => version.action)).toEqual([
      'update',
      'update',
      'publish',
      'create',
    ]);

    const restore = await request(`/content-history/versions/${saves[1]!.id}/restore`, {
      method: 'POST',
      token: await loginAsAdmin(),
    });
    expect(restore.status, restore.text).toBe(200);
    expect(restore.body.data.notRestored).toEqual([]);
    expect(await draftDump('workshop', documentId, 'nl')).toEqual(afterFirst);
    expect(await published('workshops', documentId, 'nl')).toEqual(live);

    const [latest] = await versions(WORKSHOP, documentId, 'nl');
    expect(latest).toMatchObject({ action: 'update', origin: 'restoredVersion' });
  });

  it('shows a version field by field next to the current draft', async () => {
    const documentId = await create(THEME, 'nl', {
      name: 'Vergelijken',
      slug: 'vergelijken',
      description: paragraph('De oude tekst over eenzaamheid.'),
    });
    await save(THEME, documentId, 'nl', {
      description: paragraph('De nieuwe tekst over armoede.'),
    });
    const [, created] = await versions(THEME, documentId, 'nl');
    const comparison = await request(`/content-history/versions/${created!.id}`, {
      token: await loginAsAdmin(),
    });
    expect(comparison.status, comparison.text).toBe(200);
    const description = comparison.body.data.fields.find(
      (field: { name: string }) => field.name === 'description'
    );
    expect(description).toEqual({
      name: 'description',
      before: 'De oude tekst over eenzaamheid.',
      after: 'De nieuwe tekst over armoede.',
    });
  });

  it('restores what still exists and names a link to a deleted document it could not bring back', async () => {
    const themeId = await create(THEME, 'nl', { name: 'Verdwijnend thema', slug: 'verdwijnend' });
    const documentId = await create(WORKSHOP, 'nl', {
      ...workshop('Met een thema'),
      themes: { connect: [{ documentId: themeId, locale: 'nl' }] },
    });
    await save(WORKSHOP, documentId, 'nl', { title: 'Met een thema, herzien' });
    const deleted = await contentManager(`/collection-types/${THEME}/${themeId}?locale=nl`, {
      method: 'DELETE',
    });
    expect(deleted.status, deleted.text).toBe(200);

    const created = (await versions(WORKSHOP, documentId, 'nl')).find(
      (version) => version.action === 'create'
    )!;
    const restore = await request(`/content-history/versions/${created.id}/restore`, {
      method: 'POST',
      token: await loginAsAdmin(),
    });
    expect(restore.status, restore.text).toBe(200);
    expect(restore.body.data.notRestored).toEqual([
      { field: 'themes', name: 'Verdwijnend thema', reason: 'deletedDocument' },
    ]);
    const draft = await contentManager(`/collection-types/${WORKSHOP}/${documentId}?locale=nl`);
    expect(draft.body.data.title).toBe('Met een thema');
  });

  it('keeps the newest 50 versions of a language, and every publication of the last year', async () => {
    const documentId = await create(PAGE, 'nl', { title: 'Vaak bewerkt', slug: 'vaak-bewerkt' });
    await publish(PAGE, documentId, 'nl');
    for (let save_ = 1; save_ <= 55; save_ += 1) {
      const response = await save(PAGE, documentId, 'nl', { summary: `Versie ${save_}` });
      expect(response.status, response.text).toBe(200);
    }
    const kept = await versions(PAGE, documentId, 'nl');
    // 57 changes: the 50 newest saves, and the publication, which is younger than a year.
    expect(kept).toHaveLength(51);
    expect(kept.filter((version) => version.action === 'update')).toHaveLength(50);
    expect(kept.at(-1)!.action).toBe('publish');
    expect(kept.some((version) => version.action === 'create')).toBe(false);
  });
});

describe('Recently deleted', () => {
  let themeId: string;
  let workshopId: string;

  beforeAll(async () => {
    themeId = await create(THEME, 'nl', {
      name: 'Prullenbak',
      slug: 'prullenbak',
      seo: { metaTitle: 'Alles over de prullenbak', noindex: true },
    });
    const french = await save(THEME, themeId, 'fr', { name: 'Corbeille', slug: 'corbeille' });
    expect(french.status, french.text).toBe(200);
    workshopId = await create(WORKSHOP, 'nl', {
      ...workshop('Gelinkt aan de prullenbak'),
      themes: { connect: [{ documentId: themeId, locale: 'nl' }] },
    });
    const frenchWorkshop = await save(WORKSHOP, workshopId, 'fr', {
      ...workshop('Lié à la corbeille'),
      themes: { connect: [{ documentId: themeId, locale: 'fr' }] },
    });
    expect(frenchWorkshop.status, frenchWorkshop.text).toBe(200);
    for (const locale of ['nl', 'fr']) {
      await publish(THEME, themeId, locale);
      await publish(WORKSHOP, workshopId, locale);
    }
  });

  const themeWorkshops = async (locale: string) =>
    (
      ((await published('themes', themeId, locale, '&populate=workshops'))?.workshops ?? []) as {
        documentId: string;
      }[]
    ).map((item) => item.documentId);

  it('keeps a deleted theme and brings it back in both languages with its links', async () => {
    expect(await themeWorkshops('nl')).toEqual([workshopId]);
    const deleted = await contentManager(`/collection-types/${THEME}/${themeId}?locale=*`, {
      method: 'DELETE',
    });
    expect(deleted.status, deleted.text).toBe(200);
    expect(await published('themes', themeId, 'nl')).toBeNull();

    const bin = await request('/content-history/deleted', { token: await loginAsAdmin() });
    expect(bin.status, bin.text).toBe(200);
    const entry = bin.body.data.find((item: { documentId: string }) => item.documentId === themeId);
    expect(entry).toMatchObject({
      contentType: THEME,
      title: 'Prullenbak',
      locales: ['nl', 'fr'],
      deletedByName: 'Admin',
    });
    expect(Date.parse(entry.expiresAt) - Date.parse(entry.deletedAt)).toBe(30 * 24 * 3600 * 1000);

    const restore = await request(`/content-history/deleted/${themeId}/restore`, {
      method: 'POST',
      token: await loginAsAdmin(),
    });
    expect(restore.status, restore.text).toBe(200);
    expect(restore.body.data).toMatchObject({ locales: ['nl', 'fr'], notRestored: [] });
    expect((await published('themes', themeId, 'fr'))?.name).toBe('Corbeille');
    expect((await published('themes', themeId, 'nl', '&populate=seo'))?.seo).toMatchObject({
      metaTitle: 'Alles over de prullenbak',
      noindex: true,
    });
    expect(await themeWorkshops('nl')).toEqual([workshopId]);
    expect(await themeWorkshops('fr')).toEqual([workshopId]);
    const drafts = await request(
      `/content-manager/relations/${THEME}/${themeId}/workshops?locale=nl&status=draft`,
      { token: await loginAsAdmin() }
    );
    expect(drafts.body.results.map((item: { documentId: string }) => item.documentId)).toEqual([
      workshopId,
    ]);
    const again = await request('/content-history/deleted', { token: await loginAsAdmin() });
    expect(again.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(
      themeId
    );
  });

  it('lets go of a deleted document after 30 days', async () => {
    const deleted = await contentManager(`/collection-types/${THEME}/${themeId}?locale=*`, {
      method: 'DELETE',
    });
    expect(deleted.status, deleted.text).toBe(200);
    const db = connect(inject('database').connection);
    try {
      await db('content_history_deleted_documents')
        .where({ content_document_id: themeId })
        .update({ deleted_at: new Date(Date.now() - 30 * 24 * 3600 * 1000 - 60_000) });
    } finally {
      await db.destroy();
    }
    const bin = await request('/content-history/deleted', { token: await loginAsAdmin() });
    expect(bin.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(
      themeId
    );
    const restore = await request(`/content-history/deleted/${themeId}/restore`, {
      method: 'POST',
      token: await loginAsAdmin(),
    });
    expect(restore.status).toBe(404);
    expect(await versions(THEME, themeId, 'nl')).toEqual([]);
  });
});

describe('No silent overwrite', () => {
  it('refuses a save on top of a colleague’s unseen one, names them, and keeps their text', async () => {
    const sophie = await createAdminUser('Super Admin', {
      firstname: 'Sophie',
      lastname: 'Peeters',
    });
    const karim = await createAdminUser('Super Admin', { firstname: 'Karim', lastname: 'Benali' });
    const documentId = await create(WORKSHOP, 'nl', workshop('Samen bewerkt'));
    const draft = await contentManager(`/collection-types/${WORKSHOP}/${documentId}?locale=nl`);
    const opened = {
      uid: WORKSHOP,
      documentId,
      locale: 'nl',
      baseUpdatedAt: draft.body.data.updatedAt,
    };
    for (const token of [sophie, karim]) {
      const touched = await request('/content-history/editing', {
        method: 'POST',
        body: opened,
        token,
      });
      expect(touched.status, touched.text).toBe(200);
    }
    const presence = await request('/content-history/editing', {
      method: 'POST',
      body: opened,
      token: sophie,
    });
    expect(presence.body.data.others.map((other: { name: string }) => other.name)).toEqual([
      'Karim Benali',
    ]);

    const first = await save(WORKSHOP, documentId, 'nl', { summary: 'Sophies tekst.' }, sophie);
    expect(first.status, first.text).toBe(200);
    const second = await save(WORKSHOP, documentId, 'nl', { summary: 'Karims tekst.' }, karim);
    expect(second.status, second.text).toBe(409);
    expect(second.body.error.message).toContain('Sophie Peeters');
    expect(second.body.error.details.conflict).toMatchObject({ authorName: 'Sophie Peeters' });
    const kept = await contentManager(`/collection-types/${WORKSHOP}/${documentId}?locale=nl`);
    expect(kept.body.data.summary).toBe('Sophies tekst.');

    const seen = await request('/content-history/editing', {
      method: 'POST',
      body: opened,
      token: karim,
    });
    expect(seen.body.data.savedSince.map((version: Version) => version.authorName)).toEqual([
      'Sophie Peeters',
    ]);
    // Sophie saves again on top of her own save: that is no conflict.
    expect(
      (await save(WORKSHOP, documentId, 'nl', { summary: 'Sophie, later.' }, sophie)).status
    ).toBe(200);

    const acknowledged = await request('/content-history/editing/acknowledge', {
      method: 'POST',
      body: opened,
      token: karim,
    });
    expect(acknowledged.status, acknowledged.text).toBe(200);
    const over = await save(WORKSHOP, documentId, 'nl', { summary: 'Karims tekst.' }, karim);
    expect(over.status, over.text).toBe(200);
  });
});
