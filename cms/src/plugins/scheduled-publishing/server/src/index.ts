import type { Core } from '@strapi/strapi';
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import { getJobs } from './utils';

export default {
  bootstrap,
  destroy({ strapi }: { strapi: Core.Strapi }) {
    return getJobs(strapi).stop();
  },
  config,
  contentTypes,
  controllers,
  routes,
  services,
};
