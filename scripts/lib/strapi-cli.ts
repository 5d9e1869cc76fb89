/**
 * Strapi's CLI (run from cms/ by strapi-transfer.ts) with the backup key taken from the
 * environment: given on the command line, it would be readable by every user of the server
 * in the process list.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir, rootDir } from './paths.ts';
import { requireBackupKey } from './strapi-transfer.ts';

const { runCLI } = createRequire(path.join(cmsDir, 'package.json'))(
  path.join(rootDir, 'node_modules', '@strapi', 'strapi', 'dist', 'cli.js')
) as { runCLI(argv: string[]): Promise<void> };
await runCLI([process.execPath, 'strapi', ...process.argv.slice(2), '--key', requireBackupKey()]);
