import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Trash } from '@strapi/icons';
import { definePluginAdmin } from '../../../../admin/plugin-admin';
import { VersionsPanel } from './components/VersionsPanel';
import { PLUGIN_ID } from './pluginId';

export default definePluginAdmin({
  id: PLUGIN_ID,
  menuLabel: 'Recently deleted',
  icon: Trash,
  permission: 'plugin::content-history.read',
  page: () => import('./pages/BinPage'),
  translations: {
    en: () => import('./translations/en.json'),
    nl: () => import('./translations/nl.json'),
    fr: () => import('./translations/fr.json'),
  },
  bootstrap(app) {
    const contentManager = app.getPlugin('content-manager')
      .apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([VersionsPanel]);
  },
});
