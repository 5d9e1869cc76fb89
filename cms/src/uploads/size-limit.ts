import type { Core } from '@strapi/strapi';

/**
 * The largest upload, in bytes: the upload plugin and the request body parser must agree, so
 * an oversized file is stopped while it streams in rather than after it is written to disk.
 */
export function uploadSizeLimitBytes(env: Core.Config.Shared.ConfigParams['env']): number {
  return env.int('UPLOAD_SIZE_LIMIT_MB', 20) * 1024 * 1024;
}
