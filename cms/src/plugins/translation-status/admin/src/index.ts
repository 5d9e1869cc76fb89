import type { StrapiApp } from '@strapi/strapi/admin';
import MenuIcon from './components/MenuIcon';
import { PLUGIN_ID, translationKey } from './pluginId';

const translations: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('./translations/en.json'),
  nl: () => import('./translations/nl.json'),
  fr: () => import('./translations/fr.json'),
};

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: MenuIcon,
      intlLabel: { id: translationKey('menu'), defaultMessage: 'Translations' },
      permissions: [{ action: 'plugin::translation-status.read', subject: null }],
      Component: () => import('./pages/TranslationsPage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = translations[locale];
        const data = load ? (await load()).default : {};
        return {
          locale,
          data: Object.fromEntries(
            Object.entries(data).map(([key, value]) => [translationKey(key), value])
          ),
        };
      })
    );
  },
};
