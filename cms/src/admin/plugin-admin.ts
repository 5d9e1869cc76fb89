import type { ComponentType, ElementType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';

type Loader<T> = () => Promise<{ default: T }>;

export interface PluginAdmin {
  readonly id: string;
  /** English text of the menu entry; the plugin's `menu` translation replaces it. */
  readonly menuLabel: string;
  readonly icon: ElementType;
  /** Who sees the menu entry and its page. */
  readonly permission: string;
  readonly page: Loader<ComponentType>;
  /** The plugin's admin strings per admin language, keyed without the plugin id. */
  readonly translations: Readonly<Record<string, Loader<Record<string, string>>>>;
  /** What the plugin adds to other plugins' screens (the edit view's side panels, say). */
  readonly bootstrap?: (app: StrapiApp) => void;
}

/** The admin side of one of our plugins: a menu entry with its page, and its strings in nl, fr and en. */
export function definePluginAdmin({
  id,
  menuLabel,
  icon,
  permission,
  page,
  translations,
  bootstrap,
}: PluginAdmin) {
  return {
    ...(bootstrap ? { bootstrap } : {}),
    register(app: StrapiApp) {
      app.addMenuLink({
        to: `plugins/${id}`,
        icon,
        intlLabel: { id: `${id}.menu`, defaultMessage: menuLabel },
        permissions: [{ action: permission, subject: null }],
        Component: page,
      });
      app.registerPlugin({ id, name: id });
    },

    async registerTrads({ locales }: { locales: string[] }) {
      return Promise.all(
        locales.map(async (locale) => {
          const load = translations[locale];
          const data = load ? (await load()).default : {};
          return {
            locale,
            data: Object.fromEntries(
              Object.entries(data).map(([key, value]) => [`${id}.${key}`, value])
            ),
          };
        })
      );
    },
  };
}
