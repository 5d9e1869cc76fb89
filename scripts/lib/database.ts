import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';

/**
 * A database made for one run of the tests or the API benchmark: the CMS's env for it, a way
 * to read it directly, and its removal.
 */
export interface ScratchDatabase {
  readonly kind: 'sqlite' | 'postgres';
  /** The variables that point Strapi at this database. */
  readonly env: Record<string, string>;
  /** What `connect()` needs, serialisable so globalSetup can hand it to test files. */
  readonly connection: {
    client: 'better-sqlite3' | 'pg';
    connection: string | { filename: string };
  };
  drop(): Promise<void>;
}

/**
 * SQLite in a temporary folder by default; with a PostgreSQL server URL (DATABASE_URL unless
 * given), a fresh database on that server, dropped afterwards, so the server's own databases
 * are never touched. `purpose` names the file or database, so a leftover says who made it.
 */
export async function createScratchDatabase(
  purpose: 'test' | 'bench',
  serverUrl = process.env.DATABASE_URL
): Promise<ScratchDatabase> {
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), `zorgzone-${purpose}-`));
    const filename = path.join(dir, `${purpose}.db`);
    return {
      kind: 'sqlite',
      env: { DATABASE_FILENAME: filename },
      connection: { client: 'better-sqlite3', connection: { filename } },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `zorgzone_${purpose}_${process.pid}_${Date.now().toString(36)}`;
  const admin = knex({ client: 'pg', connection: serverUrl });
  await admin.raw('CREATE DATABASE ??', [name]);
  await admin.destroy();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString() },
    connection: { client: 'pg', connection: url.toString() },
    async drop() {
      const dropper = knex({ client: 'pg', connection: serverUrl });
      await dropper.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
      await dropper.destroy();
    },
  };
}

/** A direct connection to a scratch database, to check what Strapi did or did not write. */
export function connect(connection: ScratchDatabase['connection']): Knex {
  return knex({ ...connection, useNullAsDefault: true });
}
