import type { Core } from '@strapi/strapi';
import type { JobsService } from './services/jobs';

export function getJobs(strapi: Core.Strapi): JobsService {
  return strapi.plugin('scheduled-publishing').service('jobs') as JobsService;
}
