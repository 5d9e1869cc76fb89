import { Globe } from '@strapi/icons';
import { definePluginAdmin } from '../../../../admin/plugin-admin';
import { PLUGIN_ID } from './pluginId';

export default definePluginAdmin({
  id: PLUGIN_ID,
  menuLabel: 'Public site',
  icon: Globe,
  permission: 'plugin::site-publisher.read',
  page: () => import('./pages/PublisherPage'),
  translations: {
    en: () => import('./translations/en.json'),
    nl: () => import('./translations/nl.json'),
    fr: () => import('./translations/fr.json'),
  },
});
