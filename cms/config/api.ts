import type { Core } from '@strapi/strapi';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: 25,
    // The site build pages through collections at this size (issue 3: requests grow with content / page size).
    maxLimit: 100,
    withCount: true,
    // Unknown query and body keys are refused rather than ignored (the class of CVE-2026-27886).
    strictParams: true,
  },
  documents: {
    strictParams: true,
  },
};

export default config;
