import { createHash } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Core } from '@strapi/strapi';

const WAIT_STEP_MS = 500;

interface PgConnection {
  query(sql: string, values: unknown[]): Promise<{ rows: { locked: boolean }[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

/** A PostgreSQL advisory lock key for a name: the same number in every process. */
function lockKey(name: string): string {
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
}

/**
 * Runs `work` while no other CMS process on the same database runs work under the same name. On
 * PostgreSQL this is a session advisory lock on a connection held for the duration, so a process
 * that dies lets go of it with its connection. SQLite allows one CMS process only (README), so
 * there the caller's own serialisation is enough. With `wait: false` it returns `undefined` at
 * once when another process holds the lock; otherwise it waits until `cancelled()` says stop.
 */
export async function withDatabaseLock<T>(
  strapi: Core.Strapi,
  name: string,
  work: () => Promise<T>,
  { wait = true, cancelled = () => false }: { wait?: boolean; cancelled?: () => boolean } = {}
): Promise<T | undefined> {
  if (strapi.db.dialect.client !== 'postgres') return work();
  const client = strapi.db.connection.client as unknown as KnexClient;
  const connection = await client.acquireConnection();
  const key = lockKey(name);
  try {
    for (;;) {
      const { rows } = await connection.query('SELECT pg_try_advisory_lock($1) AS locked', [key]);
      if (rows[0]?.locked) break;
      if (!wait || cancelled()) return undefined;
      await delay(WAIT_STEP_MS);
    }
    try {
      return await work();
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1) AS locked', [key]);
    }
  } finally {
    await client.releaseConnection(connection);
  }
}
