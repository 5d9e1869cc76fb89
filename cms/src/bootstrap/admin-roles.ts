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
      'Translates into French · Traduit vers le français · Vertaalt naar het Frans. Reads everything, versions and the schedule; creates, edits and restores versions in French only; cannot publish, schedule, delete or restore from the bin.',
  },
  {
    locale: 'nl',
    name: 'Translator NL · Traducteur NL · Vertaler NL',
    description:
      'Translates into Dutch · Traduit vers le néerlandais · Vertaalt naar het Nederlands. Reads everything, versions and the schedule; creates, edits and restores versions in Dutch only; cannot publish, schedule, delete or restore from the bin.',
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
  'plugin::content-history.read',
  // No language list of its own: a restore needs the content manager's update right in the
  // version's language, which the roles page already scopes by language, so the two cannot
  // disagree. Not the bin's restore: it brings back every language at once and republishes.
  'plugin::content-history.restore',
  // Not `manage`: scheduling publishes, which translators may not.
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
 * The plugins register their actions in their own bootstrap, and Strapi refuses to grant one it
 * does not know yet, naming only its position in the list ("[12] is not an existing permission
 * action"). The app's bootstrap runs after every plugin's, and after the admin's, which deletes
 * the permissions of actions unknown then: the roles are synced there, so the order plugins load
 * in (`config/plugins.ts`) cannot matter, and this says so if someone moves the call.
 */
function requireRegisteredActions(strapi: Core.Strapi, actions: readonly string[]): void {
  const { actionProvider } = strapi.service('admin::permission') as unknown as {
    actionProvider: { has(action: string): boolean };
  };
  const missing = actions.filter((action) => !actionProvider.has(action));
  if (missing.length > 0)
    throw new Error(
      `The admin roles need ${missing.join(', ')}, not registered yet: sync them in the app's bootstrap, after every plugin's.`
    );
}

/**
 * Creates or corrects the zone's roles at every start, so a right an administrator removed by
 * mistake comes back and a new content type is covered at once: the editors, who run the site,
 * and one translator role per language, who may read everything but change only their own.
 */
export async function syncAdminRoles(strapi: Core.Strapi): Promise<void> {
  requireRegisteredActions(strapi, [
    ...new Set([...EDITOR_PLUGIN_ACTIONS, ...TRANSLATOR_PLUGIN_ACTIONS]),
  ]);
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
