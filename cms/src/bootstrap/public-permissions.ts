import type { Core } from '@strapi/strapi';

/** What a visitor (and the site build without a token) may do: read the site's content types. */
export const PUBLIC_ACTIONS = [
  'api::workshop.workshop.find',
  'api::workshop.workshop.findOne',
  'api::theme.theme.find',
  'api::theme.theme.findOne',
  'api::focus-edition.focus-edition.find',
  'api::focus-edition.focus-edition.findOne',
  'api::team-member.team-member.find',
  'api::team-member.team-member.findOne',
  'api::site-setting.site-setting.find',
  'api::home-page.home-page.find',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::navigation.navigation.find',
  'api::redirect.redirect.find',
  'api::redirect.redirect.findOne',
] as const;

const PERMISSION_UID = 'plugin::users-permissions.permission';

/**
 * Gives the public role exactly PUBLIC_ACTIONS, removing everything else (including the
 * sign-up, login and password routes users-permissions grants by default), and turns
 * sign-up off: this site has no visitor accounts.
 */
export async function syncPublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (!role)
    throw new Error('The users-permissions public role is missing; is the plugin installed?');

  const granted = (await strapi.db
    .query(PERMISSION_UID)
    .findMany({ where: { role: role.id }, select: ['id', 'action'] })) as {
    id: number;
    action: string;
  }[];
  const wanted = new Set<string>(PUBLIC_ACTIONS);
  const extra = granted.filter((permission) => !wanted.has(permission.action));
  if (extra.length > 0) {
    await strapi.db
      .query(PERMISSION_UID)
      .deleteMany({ where: { id: { $in: extra.map(({ id }) => id) } } });
  }
  const have = new Set(granted.map((permission) => permission.action));
  for (const action of PUBLIC_ACTIONS.filter((candidate) => !have.has(candidate))) {
    await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
  }

  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  }
}
