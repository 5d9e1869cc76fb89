/**
 * `npm run backup [-- --out DIR]`: writes everything Strapi's export carries (content in every
 * language, drafts and published versions, media files, settings) into one timestamped,
 * compressed and encrypted archive in backups/ (or --out, or BACKUP_DIR), and prints its path.
 * Admin accounts and API tokens are not in it; see "Backups" in README.md.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rootDir } from './lib/paths.ts';
import {
  requireBackupKey,
  cmsStorage,
  describeDatabase,
  runStrapiTransfer,
  snapshotSqlite,
} from './lib/strapi-transfer.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
requireBackupKey();
const outDir = path.resolve(values.out || process.env.BACKUP_DIR || path.join(rootDir, 'backups'));
mkdirSync(outDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
// Strapi appends what it did to the file: .tar, .gz, .enc.
const archive = path.join(outDir, `zorgzone-${stamp}`);

const { database, uploadsDir } = cmsStorage();
console.log(`Backing up ${describeDatabase(database)} and the files in ${uploadsDir}…`);
let snapshotDir: string | undefined;
if (database.kind === 'sqlite') {
  if (!existsSync(database.file)) {
    console.error(`There is no database at ${database.file}: nothing to back up.`);
    process.exit(1);
  }
  // The export's own start-up writes to the database it opens (Strapi's and our bootstrap);
  // a snapshot keeps those writes, and the export's reads, off the live file.
  snapshotDir = mkdtempSync(path.join(tmpdir(), 'zorgzone-backup-'));
  process.env.DATABASE_FILENAME = path.join(snapshotDir, 'data.db');
  snapshotSqlite(database.file, process.env.DATABASE_FILENAME);
}
try {
  const status = runStrapiTransfer(['export', '--file', archive]);
  if (status !== 0) {
    console.error(`The backup failed (strapi export exited with ${status}); see above.`);
    process.exitCode = 1;
  } else {
    console.log(`\nBackup written: ${archive}.tar.gz.enc`);
  }
} finally {
  if (snapshotDir) rmSync(snapshotDir, { recursive: true, force: true });
}
