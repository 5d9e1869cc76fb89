import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::focus-edition.focus-edition');
