import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env('JWT_SECRET'), 'JWT_SECRET'),
      // Visitors never sign up or log in; the public role only reads published content.
      register: { allowedFields: [] },
    },
  },
  'translation-status': {
    enabled: true,
    resolve: './src/plugins/translation-status',
  },
  'site-publisher': {
    enabled: true,
    resolve: './src/plugins/site-publisher',
    config: {
      enabled: env.bool('SITE_PUBLISHER_ENABLED', true),
      debounceMs: env.int('SITE_PUBLISHER_DEBOUNCE_MS', 3000),
      localBuild: env.bool('SITE_LOCAL_BUILD', true),
      strapiUrl: env('SITE_PUBLISHER_STRAPI_URL', ''),
      rootDir: env('SITE_PUBLISHER_ROOT_DIR', ''),
      deployHookUrl: env('DEPLOY_HOOK_URL', ''),
      deployHookSecret: env('DEPLOY_HOOK_SECRET', ''),
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT_MB', 50) * 1024 * 1024,
    },
  },
});

export default config;
