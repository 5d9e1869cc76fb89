import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * PostgreSQL when DATABASE_URL is set, otherwise the embedded SQLite file
 * (cms/.tmp/data.db unless DATABASE_FILENAME says otherwise).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const url = env('DATABASE_URL', '');
  if (url) {
    const ssl = env.bool('DATABASE_SSL', false)
      ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
      : false;
    return {
      connection: {
        client: 'postgres',
        connection: postgresConnection(new URL(url), ssl, env('DATABASE_SCHEMA', 'public')),
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        // Knex waits up to 60 s for a connection; when the server cannot be reached, the editor
        // gets the "try again" answer (src/middlewares/database-unavailable.ts) sooner.
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT_MS', 10_000),
      },
    };
  }
  // __dirname is dist/config once compiled, so the default resolves to cms/.tmp/data.db.
  const appDir = path.join(__dirname, '..', '..');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appDir, env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
    },
  };
};

export default config;

/** Strapi's typings want the parts of the URL, not the URL itself. */
function postgresConnection(
  url: URL,
  ssl: false | { rejectUnauthorized: boolean },
  schema: string
) {
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    database: decodeURIComponent(url.pathname.slice(1)),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    ssl,
    schema,
  };
}
