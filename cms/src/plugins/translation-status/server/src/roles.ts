import type { Core } from '@strapi/strapi';
import { localeCodes } from '@zorgzone/config';

/** The translator roles: one per language, as the admin shows them in its three languages. */
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
] as const;

interface RoleService {
  createRolesIfNoneExist(): Promise<void>;
  findOne(where: Record<string, unknown>): Promise<{ id: number } | null>;
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: Record<string, unknown>[]): Promise<unknown>;
}

/**
 * Creates or corrects the translator roles at every start. Strapi's locale-scoped
 * permissions let them read all languages but create and update only their own; publishing
 * and deleting stay with the roles an administrator grants them to.
 */
export async function syncTranslatorRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  // Plugins start before the admin creates its default roles, which it skips once any role exists.
  await roles.createRolesIfNoneExist();
  const contentTypeService = strapi.service('admin::content-type') as unknown as {
    getNestedFields(model: unknown, options: { components: unknown }): string[];
  };
  // The project's languages, not Strapi's locale table: plugins start before the app syncs it.
  const allLocales = localeCodes;
  const types = Object.values(strapi.contentTypes).filter((type) => type.uid.startsWith('api::'));
  for (const definition of TRANSLATOR_ROLES) {
    const role =
      (await roles.findOne({ name: definition.name })) ??
      (await roles.create({ name: definition.name, description: definition.description }));
    const permissions: Record<string, unknown>[] = types.flatMap((type) => {
      const fields = contentTypeService.getNestedFields(type, { components: strapi.components });
      const scoped = (action: string, locales: readonly string[]) => ({
        action: `plugin::content-manager.explorer.${action}`,
        subject: type.uid,
        properties: { fields, locales: [...locales] },
        conditions: [],
      });
      return [
        scoped('read', allLocales),
        scoped('create', [definition.locale]),
        scoped('update', [definition.locale]),
      ];
    });
    permissions.push(
      { action: 'plugin::upload.read', subject: null, properties: {}, conditions: [] },
      { action: 'plugin::upload.assets.create', subject: null, properties: {}, conditions: [] },
      { action: 'plugin::translation-status.read', subject: null, properties: {}, conditions: [] },
      { action: 'plugin::translation-status.align', subject: null, properties: {}, conditions: [] },
      // Their own language only: a restore checks the content manager's rules for the language.
      { action: 'plugin::content-history.read', subject: null, properties: {}, conditions: [] },
      { action: 'plugin::content-history.restore', subject: null, properties: {}, conditions: [] },
      { action: 'plugin::scheduled-publishing.read', subject: null, properties: {}, conditions: [] }
    );
    await roles.assignPermissions(role.id, permissions);
  }
}
