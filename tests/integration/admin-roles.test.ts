import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '@zorgzone/config';
import {
  contentManager,
  createAdminAccount,
  createAdminUser,
  loginAsAdmin,
  request,
} from '../support/api.ts';

interface Role {
  id: number;
  name: string;
  code: string;
}

interface Permission {
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] };
}

interface ContentType {
  uid: string;
  isDisplayed: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

const EDITOR_ROLE = 'Redacteur · Rédacteur · Editor';
const TRANSLATOR_ROLES = {
  fr: 'Translator FR · Traducteur FR · Vertaler FR',
  nl: 'Translator NL · Traducteur NL · Vertaler NL',
} as const;
const USERS_TYPE = 'plugin::users-permissions.user';
const WORKSHOP = 'api::workshop.workshop';
const THEME = 'api::theme.theme';

const EDITOR_PLUGIN_ACTIONS = [
  'plugin::content-history.read',
  'plugin::content-history.restore',
  'plugin::content-history.restore-deleted',
  'plugin::scheduled-publishing.manage',
  'plugin::scheduled-publishing.read',
  'plugin::site-publisher.read',
  'plugin::site-publisher.rebuild',
  'plugin::translation-status.align',
  'plugin::translation-status.read',
  'plugin::upload.assets.copy-link',
  'plugin::upload.assets.create',
  'plugin::upload.assets.download',
  'plugin::upload.assets.update',
  'plugin::upload.read',
];

/** Restore only where the content manager lets them edit; no bin restore, no scheduling. */
const TRANSLATOR_PLUGIN_ACTIONS = [
  'plugin::content-history.read',
  'plugin::content-history.restore',
  'plugin::scheduled-publishing.read',
  'plugin::translation-status.align',
  'plugin::translation-status.read',
  'plugin::upload.assets.create',
  'plugin::upload.read',
];

async function roles(): Promise<Role[]> {
  const response = await request<{ data: Role[] }>('/admin/roles', {
    token: await loginAsAdmin(),
  });
  return response.body.data;
}

async function permissionsOf(roleName: string): Promise<Permission[]> {
  const role = (await roles()).find((candidate) => candidate.name === roleName);
  expect(role, `role ${roleName}`).toBeDefined();
  const response = await request<{ data: Permission[] }>(`/admin/roles/${role!.id}/permissions`, {
    token: await loginAsAdmin(),
  });
  expect(response.status).toBe(200);
  return response.body.data;
}

async function siteTypes(): Promise<ContentType[]> {
  const response = await request<{ data: ContentType[] }>('/content-manager/content-types', {
    token: await loginAsAdmin(),
  });
  return response.body.data.filter((type) => type.uid.startsWith('api::'));
}

describe('the editors’ role', () => {
  let editorToken = '';

  beforeAll(async () => {
    editorToken = await createAdminUser('Redacteur', { firstname: 'Sophie', lastname: 'Rol' });
  });

  it('may create, read, edit, delete and publish every site type in both languages, and use the editors’ plugins and media — nothing else', async () => {
    const permissions = await permissionsOf(EDITOR_ROLE);
    const types = await siteTypes();
    const expected = [
      ...types.flatMap((type) =>
        ['create', 'delete', 'publish', 'read', 'update'].map(
          (action) => `plugin::content-manager.explorer.${action} ${type.uid}`
        )
      ),
      ...EDITOR_PLUGIN_ACTIONS.map((action) => `${action} null`),
    ].sort();
    expect(
      permissions.map((permission) => `${permission.action} ${permission.subject}`).sort()
    ).toEqual(expected);
    for (const permission of permissions.filter((candidate) => candidate.subject)) {
      const type = types.find((candidate) => candidate.uid === permission.subject)!;
      if (type.pluginOptions?.i18n?.localized)
        expect(permission.properties.locales, `${permission.action} ${type.uid}`).toEqual([
          ...localeCodes,
        ]);
    }
  });

  it('gets 403 on users, roles, API tokens, settings and the content-type builder', async () => {
    for (const [method, path] of [
      ['GET', '/admin/users'],
      ['GET', '/admin/roles'],
      ['GET', '/admin/api-tokens'],
      ['GET', '/admin/transfer/tokens'],
      ['GET', '/admin/webhooks'],
      ['GET', '/content-type-builder/content-types'],
      ['DELETE', '/i18n/locales/1'],
      ['GET', '/upload/settings'],
    ] as const)
      expect((await request(path, { method, token: editorToken })).status, path).toBe(403);
    expect(
      (
        await request('/admin/api-tokens', {
          method: 'POST',
          token: editorToken,
          body: { name: 'sneaky', type: 'full-access', lifespan: null },
        })
      ).status
    ).toBe(403);
  });

  it('edits and publishes in both languages and reaches the Public site page', async () => {
    const created = await request<{ data: { documentId: string } }>(
      `/content-manager/collection-types/api::theme.theme?locale=nl`,
      {
        method: 'POST',
        token: editorToken,
        body: { name: 'Rol van de redactie', slug: 'rol-van-de-redactie', shortDescription: 'Nl' },
      }
    );
    expect(created.status, created.text).toBe(201);
    const { documentId } = created.body.data;
    for (const locale of localeCodes) {
      if (locale !== 'nl') {
        const translated = await request(
          `/content-manager/collection-types/api::theme.theme/${documentId}?locale=${locale}`,
          {
            method: 'PUT',
            token: editorToken,
            body: { name: 'Rôle de la rédaction', slug: 'role-de-la-redaction' },
          }
        );
        expect(translated.status, translated.text).toBe(200);
      }
      const published = await request(
        `/content-manager/collection-types/api::theme.theme/${documentId}/actions/publish?locale=${locale}`,
        { method: 'POST', token: editorToken, body: {} }
      );
      expect(published.status, published.text).toBe(200);
    }
    expect((await request('/site-publisher/status', { token: editorToken })).status).toBe(200);
    const removed = await request(
      `/content-manager/collection-types/api::theme.theme/${documentId}`,
      { method: 'DELETE', token: editorToken }
    );
    expect(removed.status, removed.text).toBe(200);
  });
});

interface VersionSummary {
  id: number;
  action: string;
}

/** A theme in Dutch by the super admin, then in French by the translator, two saves each. */
async function themeInBothLanguages(translatorToken: string): Promise<string> {
  const created = await contentManager<{ data: { documentId: string } }>(
    `/collection-types/${THEME}?locale=nl`,
    {
      method: 'POST',
      body: {
        name: 'Rol van de vertalers',
        slug: 'rol-van-de-vertalers',
        shortDescription: 'Eerste Nederlandse tekst.',
      },
    }
  );
  expect(created.status, created.text).toBe(201);
  const { documentId } = created.body.data;
  const path = `/collection-types/${THEME}/${documentId}`;
  const dutch = await contentManager(`${path}?locale=nl`, {
    method: 'PUT',
    body: { shortDescription: 'Tweede Nederlandse tekst.' },
  });
  expect(dutch.status, dutch.text).toBe(200);
  for (const body of [
    {
      name: 'Rôle des traducteurs',
      slug: 'role-des-traducteurs',
      shortDescription: 'Premier texte français.',
    },
    { shortDescription: 'Deuxième texte français.' },
  ]) {
    const french = await request(`/content-manager${path}?locale=fr`, {
      method: 'PUT',
      token: translatorToken,
      body,
    });
    expect(french.status, french.text).toBe(200);
  }
  return documentId;
}

async function draftText(documentId: string, locale: string): Promise<string> {
  const draft = await contentManager<{ data: { shortDescription: string } }>(
    `/collection-types/${THEME}/${documentId}?locale=${locale}`
  );
  expect(draft.status, draft.text).toBe(200);
  return draft.body.data.shortDescription;
}

describe('the translators’ roles', () => {
  it('may read every site type in every language, create and edit in their own, see versions, restore, see the schedule and work on translations — nothing else', async () => {
    const types = await siteTypes();
    for (const [locale, roleName] of Object.entries(TRANSLATOR_ROLES)) {
      // The test stack started on a fresh database: these are what the first start gave.
      const permissions = await permissionsOf(roleName);
      expect(
        permissions.map((permission) => `${permission.action} ${permission.subject}`).sort(),
        roleName
      ).toEqual(
        [
          ...types.flatMap((type) =>
            ['create', 'read', 'update'].map(
              (action) => `plugin::content-manager.explorer.${action} ${type.uid}`
            )
          ),
          ...TRANSLATOR_PLUGIN_ACTIONS.map((action) => `${action} null`),
        ].sort()
      );
      for (const permission of permissions.filter((candidate) => candidate.subject)) {
        const type = types.find((candidate) => candidate.uid === permission.subject)!;
        expect(type.pluginOptions?.i18n?.localized, type.uid).toBe(true);
        expect(
          permission.properties.locales,
          `${roleName}: ${permission.action} ${type.uid}`
        ).toEqual(permission.action.endsWith('.read') ? [...localeCodes] : [locale]);
      }
      for (const permission of permissions.filter((candidate) => !candidate.subject))
        expect(permission.properties, `${roleName}: ${permission.action}`).toEqual({});
    }
  });

  describe('a French translator', () => {
    let translatorToken = '';
    let documentId = '';

    beforeAll(async () => {
      translatorToken = (
        await createAdminAccount('Translator FR', { firstname: 'Camille', lastname: 'Roux' }, 'fr')
      ).token;
      documentId = await themeInBothLanguages(translatorToken);
    });

    const versionsOf = async (locale: string) => {
      const response = await request<{ data: VersionSummary[] }>(
        `/content-history/versions?uid=${THEME}&documentId=${documentId}&locale=${locale}`,
        { token: translatorToken }
      );
      expect(response.status, response.text).toBe(200);
      return response.body.data;
    };

    const restore = (version: VersionSummary) =>
      request<{ error?: { message: string } }>(`/content-history/versions/${version.id}/restore`, {
        method: 'POST',
        token: translatorToken,
      });

    it('lists the versions of a French document and restores a French one as draft', async () => {
      const french = await versionsOf('fr');
      expect(french).toHaveLength(2);
      const compared = await request(`/content-history/versions/${french[1]!.id}`, {
        token: translatorToken,
      });
      expect(compared.status, compared.text).toBe(200);
      const restored = await restore(french[1]!);
      expect(restored.status, restored.text).toBe(200);
      expect(await draftText(documentId, 'fr')).toBe('Premier texte français.');
    });

    it('sees the Dutch versions but may not restore one: 403, in French, and the Dutch draft stays', async () => {
      const dutch = await versionsOf('nl');
      expect(dutch.length).toBeGreaterThanOrEqual(2);
      const refused = await restore(dutch[dutch.length - 1]!);
      expect(refused.status, refused.text).toBe(403);
      expect(refused.body.error?.message).toBe(
        'Vous ne pouvez pas modifier cette version linguistique.'
      );
      expect(await draftText(documentId, 'nl')).toBe('Tweede Nederlandse tekst.');
    });

    it('reads the schedule but may neither schedule nor cancel', async () => {
      const key = { uid: THEME, documentId, locale: 'fr' };
      const runAt = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
      const scheduled = await request<{ data: { id: number } }>('/scheduled-publishing/jobs', {
        method: 'POST',
        token: await loginAsAdmin(),
        body: { ...key, action: 'publish', runAt },
      });
      expect(scheduled.status, scheduled.text).toBe(200);
      const job = scheduled.body.data.id;
      try {
        const listed = await request<{ data: { pending: { id: number }[] } }>(
          `/scheduled-publishing/jobs?${new URLSearchParams(key)}`,
          { token: translatorToken }
        );
        expect(listed.status, listed.text).toBe(200);
        expect(listed.body.data.pending.map((pending) => pending.id)).toEqual([job]);
        expect(
          (await request('/scheduled-publishing/jobs', { token: translatorToken })).status
        ).toBe(200);
        const moved = await request('/scheduled-publishing/jobs', {
          method: 'POST',
          token: translatorToken,
          body: { ...key, action: 'publish', runAt },
        });
        expect(moved.status, moved.text).toBe(403);
        const unpublication = await request('/scheduled-publishing/jobs', {
          method: 'POST',
          token: translatorToken,
          body: { ...key, action: 'unpublish', runAt },
        });
        expect(unpublication.status, unpublication.text).toBe(403);
        const cancelled = await request(`/scheduled-publishing/jobs/${job}`, {
          method: 'DELETE',
          token: translatorToken,
        });
        expect(cancelled.status, cancelled.text).toBe(403);
        const after = await request<{ data: { pending: { id: number; status: string }[] } }>(
          `/scheduled-publishing/jobs?${new URLSearchParams(key)}`,
          { token: await loginAsAdmin() }
        );
        expect(after.body.data.pending).toMatchObject([{ id: job, status: 'pending' }]);
      } finally {
        await request(`/scheduled-publishing/jobs/${job}`, {
          method: 'DELETE',
          token: await loginAsAdmin(),
        });
      }
    });

    it('sees a deleted document in the bin but may not bring it back', async () => {
      const deleted = await contentManager(`/collection-types/${THEME}/${documentId}?locale=*`, {
        method: 'DELETE',
      });
      expect(deleted.status, deleted.text).toBe(200);
      const bin = await request<{ data: { documentId: string }[] }>('/content-history/deleted', {
        token: translatorToken,
      });
      expect(bin.status, bin.text).toBe(200);
      expect(bin.body.data.map((entry) => entry.documentId)).toContain(documentId);
      const refused = await request(`/content-history/deleted/${documentId}/restore`, {
        method: 'POST',
        token: translatorToken,
      });
      expect(refused.status, refused.text).toBe(403);
      const still = await request<{ data: { documentId: string }[] }>('/content-history/deleted', {
        token: await loginAsAdmin(),
      });
      expect(still.body.data.map((entry) => entry.documentId)).toContain(documentId);
    });
  });
});

describe('the API’s own user accounts', () => {
  it('are not a content type for editors or translators', async () => {
    for (const role of [EDITOR_ROLE, ...Object.values(TRANSLATOR_ROLES)]) {
      const subjects = (await permissionsOf(role)).map((permission) => permission.subject);
      expect(subjects, role).not.toContain(USERS_TYPE);
      expect(subjects, role).toContain(WORKSHOP);
    }
    const translatorToken = await createAdminUser('Translator FR');
    for (const token of [translatorToken, await createAdminUser('Redacteur')]) {
      const response = await request(`/content-manager/collection-types/${USERS_TYPE}`, {
        token,
      });
      expect(response.status).toBe(403);
    }
  });

  it('leaves only the super admin and the zone’s roles: Strapi’s sample roles are gone', async () => {
    expect((await roles()).map((role) => role.name).sort()).toEqual(
      [EDITOR_ROLE, 'Super Admin', ...Object.values(TRANSLATOR_ROLES)].sort()
    );
  });
});
