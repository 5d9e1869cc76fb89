import type { Core } from '@strapi/strapi';

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }) {
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'See the translation status',
      uid: 'read',
      pluginName: 'translation-status',
    },
    {
      section: 'plugins',
      displayName: 'Mark a translation as in line',
      uid: 'align',
      pluginName: 'translation-status',
    },
  ]);
}
