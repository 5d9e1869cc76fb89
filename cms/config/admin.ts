import type { Core } from '@strapi/strapi';
import { ports } from '@zorgzone/config';
import { previewUrl } from '../src/preview/preview-url';
import { requiredEnv } from '../src/utils/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: requiredEnv(env('ADMIN_JWT_SECRET'), 'ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: requiredEnv(env('API_TOKEN_SALT'), 'API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: requiredEnv(env('TRANSFER_TOKEN_SALT'), 'TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: requiredEnv(env('ENCRYPTION_KEY'), 'ENCRYPTION_KEY'),
  },
  // Five wrong passwords for one address from one client lock that pair out for 15 minutes.
  rateLimit: { enabled: true, interval: 15 * 60_000, max: 5 },
  flags: {
    nps: false,
    promoteEE: false,
  },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // "Open preview" shows a draft as the site renders it, from the site's preview server.
  preview: {
    enabled: Boolean(env('PREVIEW_SECRET', '')),
    config: {
      allowedOrigins: [env('PREVIEW_URL', `http://localhost:${ports.preview}`)],
      handler: (uid, { documentId, locale, status }) =>
        previewUrl(
          env('PREVIEW_URL', `http://localhost:${ports.preview}`),
          env('PREVIEW_SECRET', ''),
          {
            uid,
            documentId,
            locale,
            status,
          }
        ),
    },
  },
});

export default config;
