import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::focus-edition.focus-edition');
