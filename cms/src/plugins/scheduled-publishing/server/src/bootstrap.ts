import type { Core } from '@strapi/strapi';
import { getJobs } from './utils';

export const PERMISSIONS = {
  read: 'plugin::scheduled-publishing.read',
  manage: 'plugin::scheduled-publishing.manage',
} as const;

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }) {
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'See scheduled publications',
      uid: 'read',
      pluginName: 'scheduled-publishing',
    },
    {
      section: 'plugins',
      displayName: 'Schedule and cancel publications (where the role may publish)',
      uid: 'manage',
      pluginName: 'scheduled-publishing',
    },
  ]);
  await getJobs(strapi).start();
}
