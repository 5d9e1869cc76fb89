/**
 * `npm run restore -- FILE [--yes]`: replaces the content, media and settings of the CMS's
 * database (cms/.env, DATABASE_URL) with a backup made by `npm run backup`. It says what will
 * be lost before doing anything and asks for confirmation; --yes answers it for scripts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  requireBackupKey,
  cmsStorage,
  describeDatabase,
  runStrapiTransfer,
} from './lib/strapi-transfer.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { yes: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- backups/zorgzone-….tar.gz.enc [--yes]');
  process.exit(1);
}
const file = path.resolve(positionals[0]!);
if (!existsSync(file)) {
  console.error(`There is no backup at ${file}.`);
  process.exit(1);
}
requireBackupKey();
const { database, uploadsDir } = cmsStorage();

console.log(`
Restoring ${file}
into ${describeDatabase(database)} and ${uploadsDir}.

WARNING: everything there now is DELETED first: all content in every language, drafts,
media files and settings are replaced by those in the backup. Stop the CMS before going on.

Admin accounts and API tokens are not in backups. Those already in this database stay as they
are. On a new, empty database there are none: the next start creates the first super admin from
ADMIN_EMAIL and ADMIN_PASSWORD and the preview's token from PREVIEW_API_TOKEN (cms/.env);
other administrators and API tokens must be created again in the admin panel.
`);

if (!values.yes && !process.stdin.isTTY) {
  console.error('Nothing was changed. To restore without a question, add --yes.');
  process.exit(1);
}

// Without --yes, Strapi asks before deleting anything (default: no), and asks again, listing
// what would be lost, if the backup's content types differ from this version's. --yes answers
// both; the differences are still printed.
const status = runStrapiTransfer(['import', '--file', file, ...(values.yes ? ['--force'] : [])]);
if (status !== 0) {
  console.error(`The restore did not complete (strapi import exited with ${status}); see above.`);
  process.exit(1);
}
console.log(
  '\nRestored. Start the CMS (npm start or npm run cms): it rebuilds the site from the restored content.'
);
