import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import register from './register';
import routes from './routes';
import services from './services';
import { getPublisher } from './utils';

export default {
  register,
  bootstrap,
  destroy({ strapi }: { strapi: Parameters<typeof getPublisher>[0] }) {
    getPublisher(strapi).stop();
  },
  config,
  contentTypes,
  controllers,
  routes,
  services,
};
