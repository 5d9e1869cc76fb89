const config = [
  'strapi::logger',
  'strapi::errors',
  // Inside the error handler, so a lost database becomes a 503 before Strapi makes it a 500.
  'global::database-unavailable',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
