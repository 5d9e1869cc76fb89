import type { Core } from '@strapi/strapi';
import { getPublisher } from './utils';

export const PERMISSIONS = {
  read: 'plugin::site-publisher.read',
  rebuild: 'plugin::site-publisher.rebuild',
} as const;

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }) {
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'See the site’s build status and history',
      uid: 'read',
      pluginName: 'site-publisher',
    },
    {
      section: 'plugins',
      displayName: 'Rebuild the site now',
      uid: 'rebuild',
      pluginName: 'site-publisher',
    },
  ]);

  await getPublisher(strapi).markInterruptedBuilds();

  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale'],
    afterCreate: () => getPublisher(strapi).request({ trigger: 'locale added', requestedBy: null }),
    afterUpdate: () =>
      getPublisher(strapi).request({ trigger: 'locale changed', requestedBy: null }),
    afterDelete: () =>
      getPublisher(strapi).request({ trigger: 'locale removed', requestedBy: null }),
  });

  // Content may have changed while the CMS was down: publish what is there now.
  getPublisher(strapi).request({ trigger: 'start-up', requestedBy: null });
}
