import type { Core } from '@strapi/strapi';
import type { TrackerService } from './services/tracker';

/** The plugin's tracker service, typed. */
export function getTracker(strapi: Core.Strapi): TrackerService {
  return strapi.plugin('translation-status').service('tracker') as TrackerService;
}
