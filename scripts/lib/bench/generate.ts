/**
 * Run by `npm run bench` in a process of its own, with the scratch database in its environment:
 * boots Strapi without serving, fills the database with N synthetic workshops (argv[2]) and
 * prints what it made as the last line, in JSON. Its own process, so Strapi's memory and
 * handles are gone before anything is measured.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { cmsDir } from '../paths.ts';
import { generateSyntheticContent } from './synthetic-content.ts';

const workshops = Number(process.argv[2]);
if (!Number.isInteger(workshops) || workshops < 1) {
  throw new Error(`Expected a number of workshops, not "${process.argv[2]}".`);
}
process.chdir(cmsDir);
const requireFromCms = createRequire(path.join(cmsDir, 'package.json'));
const { createStrapi } = requireFromCms('@strapi/strapi') as typeof import('@strapi/strapi');
interface Pool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

async function untilDatabaseIdle(strapi: { db: { connection: unknown } }): Promise<void> {
  const pool = (strapi.db.connection as { client: { pool: Pool } }).client.pool;
  let idleSamples = 0;
  // Idle twice in a row: one handler's query can end just before the next one asks.
  while (idleSamples < 2) {
    await delay(250);
    const busy = pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
    idleSamples = busy ? 0 : idleSamples + 1;
  }
}

const strapi = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }).load();
try {
  const started = performance.now();
  const sizes = await generateSyntheticContent(strapi, workshops);
  console.log(JSON.stringify({ sizes, seconds: (performance.now() - started) / 1000 }));
} finally {
  // Strapi's event hub handles each write's events (webhooks) after the write has returned,
  // thousands of them queued after a large run; destroying the pool under them fails the run.
  await untilDatabaseIdle(strapi);
  await strapi.destroy();
}
