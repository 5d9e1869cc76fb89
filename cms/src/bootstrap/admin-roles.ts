import type { Core } from '@strapi/strapi';
import { localeCodes, type LocaleCode } from '@zorgzone/config';

/** The admin roles of the zone's people, named as the admin shows them in its three languages. */
export const EDITOR_ROLE = {
  name: 'Redacteur · Rédacteur · Editor',
  // Strapi keeps a role's description in 255 characters.
  description:
    'Runs the site · Gère le site · Beheert de site. All content in both languages (also publish and delete), media, public site, scheduling, versions, bin; no settings, users, roles or tokens.',
} as const;

const TRANSLATOR_ROLES = [
  {
    locale: 'fr',
    name: 'Translator FR · Traducteur FR · Vertaler FR',
    description:
      'Translates into French · Traduit vers le français · Vertaalt naar het Frans. Reads everything; creates, edits and restores versions in French only; cannot publish or delete.',
  },
  {
    locale: 'nl',
    name: 'Translator NL · Traducteur NL · Vertaler NL',
    description:
      'Translates into Dutch · Traduit vers le néerlandais · Vertaalt naar het Nederlands. Reads everything; creates, edits and restores versions in Dutch only; cannot publish or delete.',
  },
] as const satisfies readonly { locale: LocaleCode; name: string; description: string }[];

/** Strapi's sample roles, which would give content rights to the API's own user accounts. */
const STRAPI_SAMPLE_ROLE_CODES = ['strapi-editor', 'strapi-author'];

interface Permission {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

interface RoleService {
  createRolesIfNoneExist(): Promise<void>;
  find(where: Record<string, unknown>): Promise<{ id: number; code: string }[]>;
  findOne(where: Record<string, unknown>): Promise<{ id: number } | null>;
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  update(where: Record<string, unknown>, attributes: Record<string, unknown>): Promise<unknown>;
  getUsersCount(roleId: number): Promise<number>;
  deleteByIds(ids: number[]): Promise<unknown>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
}

const pluginPermission = (action: string): Permission => ({
  action,
  subject: null,
  properties: {},
  conditions: [],
});

/** The media library without its settings: browse, upload, replace, download, copy a link. */
const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

export const EDITOR_PLUGIN_ACTIONS = [
  ...MEDIA_ACTIONS,
  'plugin::site-publisher.read',
  'plugin::site-publisher.rebuild',
  'plugin::translation-status.read',
  'plugin::translation-status.align',
  'plugin::content-history.read',
  'plugin::content-history.restore',
  'plugin::content-history.restore-deleted',
  'plugin::scheduled-publishing.read',
  'plugin::scheduled-publishing.manage',
];

const TRANSLATOR_PLUGIN_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::translation-status.read',
  'plugin::translation-status.align',
  // Their own language only: a restore checks the content manager's rules for the language.
  'plugin::content-history.read',
  'plugin::content-history.restore',
  'plugin::scheduled-publishing.read',
];

/**
 * Content-manager rights on every site type (`api::`), every field, in the given languages.
 * The API's own "User" type is not among them, so it never shows in these roles' menus.
 */
function contentPermissions(
  strapi: Core.Strapi,
  actionLocales: Readonly<Record<string, readonly LocaleCode[]>>
): Permission[] {
  const contentTypeService = strapi.service('admin::content-type') as unknown as {
    getNestedFields(model: unknown, options: { components: unknown }): string[];
  };
  return Object.values(strapi.contentTypes)
    .filter((type) => type.uid.startsWith('api::'))
    .flatMap((type) => {
      const fields = contentTypeService.getNestedFields(type, { components: strapi.components });
      const localized = type.pluginOptions?.i18n?.localized === true;
      return Object.entries(actionLocales).map(([action, locales]) => ({
        action: `plugin::content-manager.explorer.${action}`,
        subject: type.uid,
        // Publishing and deleting carry no field list in Strapi's own roles.
        properties: {
          ...(action === 'publish' || action === 'delete' ? {} : { fields }),
          ...(localized ? { locales: [...locales] } : {}),
        },
        conditions: [],
      }));
    });
}

async function syncRole(
  roles: RoleService,
  definition: { name: string; description: string },
  permissions: Permission[]
): Promise<void> {
  const existing = await roles.findOne({ name: definition.name });
  const role = existing ?? (await roles.create(definition));
  if (existing) await roles.update({ id: existing.id }, { description: definition.description });
  await roles.assignPermissions(role.id, permissions);
}

/**
 * Creates or corrects the zone's roles at every start, so a right an administrator removed by
 * mistake comes back and a new content type is covered at once: the editors, who run the site,
 * and one translator role per language, who may read everything but change only their own.
 */
export async function syncAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  await roles.createRolesIfNoneExist();
  for (const sample of await roles.find({ code: { $in: STRAPI_SAMPLE_ROLE_CODES } })) {
    if ((await roles.getUsersCount(sample.id)) === 0) await roles.deleteByIds([sample.id]);
  }
  await syncRole(roles, EDITOR_ROLE, [
    ...contentPermissions(strapi, {
      create: localeCodes,
      read: localeCodes,
      update: localeCodes,
      delete: localeCodes,
      publish: localeCodes,
    }),
    ...EDITOR_PLUGIN_ACTIONS.map(pluginPermission),
  ]);
  for (const translator of TRANSLATOR_ROLES) {
    await syncRole(roles, translator, [
      ...contentPermissions(strapi, {
        read: localeCodes,
        create: [translator.locale],
        update: [translator.locale],
      }),
      ...TRANSLATOR_PLUGIN_ACTIONS.map(pluginPermission),
    ]);
  }
}
