import type { Core } from '@strapi/strapi';
import { ALLOWED_UPLOAD_TYPES } from '../src/uploads/file-signature';
import { uploadSizeLimitBytes } from '../src/uploads/size-limit';
import { requiredEnv } from '../src/utils/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env('JWT_SECRET'), 'JWT_SECRET'),
      // Visitors never sign up or log in; the public role only reads published content.
      register: { allowedFields: [] },
      // The public role may not log in at all; this still caps attempts per client if it ever may.
      ratelimit: { interval: 60_000, max: 5 },
    },
  },
  'content-history': {
    enabled: true,
    resolve: './src/plugins/content-history',
    config: {
      keepLatest: env.int('CONTENT_HISTORY_KEEP_LATEST', 50),
      keepPublishedMonths: env.int('CONTENT_HISTORY_KEEP_PUBLISHED_MONTHS', 12),
      binDays: env.int('CONTENT_HISTORY_BIN_DAYS', 30),
      presenceSeconds: env.int('CONTENT_HISTORY_PRESENCE_SECONDS', 45),
    },
  },
  'scheduled-publishing': {
    enabled: true,
    resolve: './src/plugins/scheduled-publishing',
    config: { pollIntervalMs: env.int('SCHEDULED_PUBLISHING_POLL_MS', 5000) },
  },
  'site-publisher': {
    enabled: true,
    resolve: './src/plugins/site-publisher',
    config: {
      enabled: env.bool('SITE_PUBLISHER_ENABLED', true),
      debounceMs: env.int('SITE_PUBLISHER_DEBOUNCE_MS', 300),
      localBuild: env.bool('SITE_LOCAL_BUILD', true),
      strapiUrl: env('SITE_PUBLISHER_STRAPI_URL', ''),
      rootDir: env('SITE_PUBLISHER_ROOT_DIR', ''),
      deployHookUrl: env('DEPLOY_HOOK_URL', ''),
      deployHookSecret: env('DEPLOY_HOOK_SECRET', ''),
    },
  },
  // Anywhere in this list: it grants no other plugin's actions. The roles that hold them are
  // synced in the app's bootstrap, after every plugin's (src/bootstrap/admin-roles.ts).
  'translation-status': {
    enabled: true,
    resolve: './src/plugins/translation-status',
  },
  upload: {
    config: {
      sizeLimit: uploadSizeLimitBytes(env),
      // Strapi's own check by declared type and name; src/uploads/ then checks the content.
      security: {
        allowedTypes: Object.keys(ALLOWED_UPLOAD_TYPES),
        deniedTypes: ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'text/xml'],
      },
    },
  },
});

export default config;
