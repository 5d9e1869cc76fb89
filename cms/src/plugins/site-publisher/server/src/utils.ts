import type { Core } from '@strapi/strapi';
import type { PublisherService } from './services/publisher';

/** The plugin's publisher service, typed. */
export function getPublisher(strapi: Core.Strapi): PublisherService {
  return strapi.plugin('site-publisher').service('publisher') as PublisherService;
}
