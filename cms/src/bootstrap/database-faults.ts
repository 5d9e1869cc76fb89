import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from '../middlewares/database-unavailable';

/**
 * While PostgreSQL restarts, a connection can fail outside any request: an idle client's socket
 * error, or a promise of background work nobody awaits. Node ends the process for either, which
 * turns a few seconds of database restart into a CMS that stays down. Those failures are logged
 * and the pool replaces the connection; anything else still ends the process, as before.
 */
export function surviveDatabaseRestarts(strapi: Core.Strapi): void {
  process.on('unhandledRejection', (reason) => {
    if (!isDatabaseUnavailable(reason)) throw reason;
    strapi.log.warn(`Database unavailable in background work: ${(reason as Error).message}`);
  });
  process.on('uncaughtException', (error) => {
    if (!isDatabaseUnavailable(error)) {
      strapi.log.error(error.stack ?? String(error));
      process.exit(1);
    }
    strapi.log.warn(`Database connection lost outside a request: ${error.message}`);
  });
}
