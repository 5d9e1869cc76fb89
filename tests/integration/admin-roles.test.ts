import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '@zorgzone/config';
import { createAdminUser, loginAsAdmin, request } from '../support/api.ts';

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
const USERS_TYPE = 'plugin::users-permissions.user';
const WORKSHOP = 'api::workshop.workshop';

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

describe('the API’s own user accounts', () => {
  it('are not a content type for editors or translators', async () => {
    for (const role of [
      EDITOR_ROLE,
      'Translator FR · Traducteur FR · Vertaler FR',
      'Translator NL · Traducteur NL · Vertaler NL',
    ]) {
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
      [
        EDITOR_ROLE,
        'Super Admin',
        'Translator FR · Traducteur FR · Vertaler FR',
        'Translator NL · Traducteur NL · Vertaler NL',
      ].sort()
    );
  });
});
