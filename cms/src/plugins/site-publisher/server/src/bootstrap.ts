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

  // A locale's code names it in the history; the event's result is the row, even after a delete.
  const localeChange =
    (trigger: string, action: 'localeAdded' | 'localeChanged' | 'localeRemoved') =>
    (event: { result?: unknown }) => {
      const code = (event.result as { code?: unknown } | undefined)?.code;
      getPublisher(strapi).request({
        trigger,
        requestedBy: null,
        changes: [{ action, locale: typeof code === 'string' ? code : null }],
      });
    };
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale'],
    afterCreate: localeChange('locale added', 'localeAdded'),
    afterUpdate: localeChange('locale changed', 'localeChanged'),
    afterDelete: localeChange('locale removed', 'localeRemoved'),
  });

  // Content may have changed while the CMS was down: publish what is there now.
  getPublisher(strapi).request({
    trigger: 'start-up',
    requestedBy: null,
    changes: [{ action: 'startUp' }],
  });
}
