import type { Core } from '@strapi/strapi';
import { getHistory } from './utils';

export const PERMISSIONS = {
  read: 'plugin::content-history.read',
  restore: 'plugin::content-history.restore',
  restoreDeleted: 'plugin::content-history.restore-deleted',
} as const;

const HOUR_MS = 60 * 60 * 1000;
let purgeTimer: NodeJS.Timeout | null = null;

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }) {
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'See versions and recently deleted documents',
      uid: 'read',
      pluginName: 'content-history',
    },
    {
      section: 'plugins',
      displayName: 'Restore a version as draft (where the role may edit it)',
      uid: 'restore',
      pluginName: 'content-history',
    },
    {
      section: 'plugins',
      displayName: 'Restore a deleted document',
      uid: 'restore-deleted',
      pluginName: 'content-history',
    },
  ]);
  await getHistory(strapi).purgeBin();
  purgeTimer = setInterval(() => {
    getHistory(strapi)
      .purgeBin()
      .catch((error: Error) =>
        strapi.log.warn(`[content-history] Emptying the bin failed: ${error.message}`)
      );
  }, HOUR_MS);
  purgeTimer.unref();
}

export function stopPurging() {
  if (purgeTimer) clearInterval(purgeTimer);
  purgeTimer = null;
}
