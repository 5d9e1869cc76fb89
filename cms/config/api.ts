import type { Core } from '@strapi/strapi';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: 25,
    // The site build pages through collections at this size (issue 3: requests grow with content / page size).
    maxLimit: 100,
    withCount: true,
  },
};

export default config;
