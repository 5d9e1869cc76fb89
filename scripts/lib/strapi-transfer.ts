import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { cmsDir } from './paths.ts';

/** The variable holding the key that encrypts backups; the same key opens them again. */
const BACKUP_KEY_VARIABLE = 'BACKUP_ENCRYPTION_KEY';

/** The key from the environment, or a message saying how to provide one and where to keep it. */
export function requireBackupKey(): string {
  const key = process.env[BACKUP_KEY_VARIABLE];
  if (key) return key;
  console.error(
    `${BACKUP_KEY_VARIABLE} is not set. Backups are encrypted with it and cannot be opened without it:\n` +
      `set it to a long random secret (openssl rand -base64 32 gives one) and keep a copy away from\n` +
      `this server, in the password manager, so a backup can still be restored if the server is lost.`
  );
  process.exit(1);
}

export type CmsDatabase =
  | { readonly kind: 'postgres'; readonly url: URL }
  | { readonly kind: 'sqlite'; readonly file: string };

/**
 * The CMS's database and uploads folder as `strapi` resolves them: the environment first, then
 * cms/.env, then the defaults of cms/config/database.ts and server.ts.
 */
export function cmsStorage(): { database: CmsDatabase; uploadsDir: string } {
  const envFile = path.join(cmsDir, '.env');
  const settings = {
    ...(existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {}),
    ...process.env,
  };
  const uploadsDir = path.resolve(cmsDir, settings.PUBLIC_DIR || './public', 'uploads');
  const database: CmsDatabase = settings.DATABASE_URL
    ? { kind: 'postgres', url: new URL(settings.DATABASE_URL) }
    : { kind: 'sqlite', file: path.resolve(cmsDir, settings.DATABASE_FILENAME || '.tmp/data.db') };
  return { database, uploadsDir };
}

export function describeDatabase(database: CmsDatabase): string {
  return database.kind === 'postgres'
    ? `the PostgreSQL database "${decodeURIComponent(database.url.pathname.slice(1))}" on ${database.url.host}`
    : `the SQLite database ${database.file}`;
}

interface SqliteDatabase {
  prepare(sql: string): { run(...parameters: unknown[]): unknown };
  close(): void;
}

/**
 * Copies a SQLite database that the running CMS may be writing to. VACUUM INTO reads it in one
 * transaction, so the copy is consistent even mid-edit, and waits out the CMS's short write
 * locks (better-sqlite3 retries for 5 s) instead of failing.
 */
export function snapshotSqlite(file: string, target: string): void {
  const requireFromCms = createRequire(path.join(cmsDir, 'package.json'));
  const Database = requireFromCms('better-sqlite3') as new (
    file: string,
    options: { readonly: boolean; fileMustExist: boolean }
  ) => SqliteDatabase;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
}

/**
 * Runs `strapi export` or `strapi import` from cms/ and returns its exit code. Strapi's CLI boots
 * the whole CMS, bootstrap included; these settings keep that boot from seeding an empty
 * database or starting site builds. Before the transfer Strapi compiles cms/ into cms/dist
 * itself (tsc, incremental) and loads the CMS from there, so no `strapi build` is needed.
 */
export function runStrapiTransfer(args: [operation: 'export' | 'import', ...string[]]): number {
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [path.join(import.meta.dirname, 'strapi-cli.ts'), ...args],
    {
      cwd: cmsDir,
      stdio: 'inherit',
      env: {
        ...process.env,
        SEED_EMPTY_DATABASE: 'false',
        SITE_PUBLISHER_ENABLED: 'false',
        STRAPI_TELEMETRY_DISABLED: 'true',
      },
    }
  );
  const status = result.status ?? 1;
  // Strapi always writes a detailed log of the run into its working directory (cms/): useful
  // after a failure, clutter after every nightly success.
  const logs = readdirSync(cmsDir).filter((name) => {
    const match = /^(export|import)_(\d+)\.log$/.exec(name);
    return match?.[1] === args[0] && Number(match[2]) >= started;
  });
  for (const log of logs) {
    if (status === 0) rmSync(path.join(cmsDir, log));
    else console.error(`Strapi's log of this run: ${path.join(cmsDir, log)}`);
  }
  return status;
}
