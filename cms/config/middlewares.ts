import type { Core } from '@strapi/strapi';
import { ports } from '@zorgzone/config';
import { uploadSizeLimitBytes } from '../src/uploads/size-limit';

const originOf = (url: string) => (url ? new URL(url).origin : '');

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const previewOrigin = originOf(env('PREVIEW_URL', `http://localhost:${ports.preview}`));
  const configuredOrigins = env.array('CORS_ORIGINS', []).filter(Boolean);
  const allowedOrigins = configuredOrigins.length
    ? configuredOrigins
    : [
        originOf(env('PUBLIC_SITE_URL', `http://localhost:${ports.site}`)),
        previewOrigin,
        originOf(env('PUBLIC_CMS_URL', '')),
      ].filter(Boolean);
  return [
    'strapi::logger',
    'strapi::errors',
    // Inside the error handler, so a lost database becomes a 503 before Strapi makes it a 500.
    'global::database-unavailable',
    // Strapi's CSP lists can only be added to; ours, set by security-headers, replaces it.
    { name: 'strapi::security', config: { contentSecurityPolicy: false } },
    { name: 'global::security-headers', config: { previewOrigin } },
    {
      name: 'strapi::cors',
      config: { origin: allowedOrigins, credentials: true },
    },
    'strapi::query',
    'global::filter-value-errors',
    {
      name: 'strapi::body',
      config: { formidable: { maxFileSize: uploadSizeLimitBytes(env) } },
    },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
