import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Clock } from '@strapi/icons';
import { definePluginAdmin } from '../../../../admin/plugin-admin';
import { SchedulePanel } from './components/SchedulePanel';
import { PLUGIN_ID } from './pluginId';

export default definePluginAdmin({
  id: PLUGIN_ID,
  menuLabel: 'Scheduled',
  icon: Clock,
  permission: 'plugin::scheduled-publishing.read',
  page: () => import('./pages/SchedulePage'),
  translations: {
    en: () => import('./translations/en.json'),
    nl: () => import('./translations/nl.json'),
    fr: () => import('./translations/fr.json'),
  },
  bootstrap(app) {
    const contentManager = app.getPlugin('content-manager')
      .apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([SchedulePanel]);
  },
});
