import { ports } from '@zorgzone/config';
import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', ports.cms),
  // Behind a reverse proxy in production: the public URL makes admin links and upload URLs absolute.
  url: env('PUBLIC_CMS_URL', ''),
  proxy: env.bool('IS_PROXIED', false),
  // Uploads are written under <public>/uploads; tests point this at a temporary folder.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: {
    keys: requiredEnv(env.array('APP_KEYS'), 'APP_KEYS'),
  },
});

export default config;
