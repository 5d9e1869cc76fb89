import { definePluginAdmin } from '../../../../admin/plugin-admin';
import MenuIcon from './components/MenuIcon';
import { PLUGIN_ID } from './pluginId';

export default definePluginAdmin({
  id: PLUGIN_ID,
  menuLabel: 'Translations',
  icon: MenuIcon,
  permission: 'plugin::translation-status.read',
  page: () => import('./pages/TranslationsPage'),
  translations: {
    en: () => import('./translations/en.json'),
    nl: () => import('./translations/nl.json'),
    fr: () => import('./translations/fr.json'),
  },
});
