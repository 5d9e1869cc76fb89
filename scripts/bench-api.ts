/**
 * `npm run bench:api [-- --connections 50 --duration 30]`: load on the public API with the site's
 * heaviest request, the workshops list with everything it populates, in both languages. A CMS
 * of the current sources is started on a fresh database (SQLite, or PostgreSQL with
 * DATABASE_URL), seeded by its first start. Prints a markdown table row, writes the full result
 * to bench-results/, and fails when any request failed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localeCodes } from '@zorgzone/config';
import {
  checkAnswers,
  loadTest,
  machineDescription,
  markdownRow as row,
  workshopsRequest,
} from './lib/api-load.ts';
import { positiveInteger } from './lib/arguments.ts';
import { ensureCmsBuilt } from './lib/cms-build.ts';
import { generateSecrets } from './lib/cms-env.ts';
import { startCms, type RunningCms } from './lib/cms-process.ts';
import { createScratchDatabase, type ScratchDatabase } from './lib/database.ts';
import { rootDir } from './lib/paths.ts';
import { freePort } from './lib/ports.ts';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '30' },
  },
});
const connections = positiveInteger('connections', values.connections);
const duration = positiveInteger('duration', values.duration);
const requests = await Promise.all(localeCodes.map(workshopsRequest));

ensureCmsBuilt();
let database: ScratchDatabase | undefined;
let cms: RunningCms | undefined;
const publicDir = mkdtempSync(path.join(os.tmpdir(), 'zorgzone-bench-public-'));
mkdirSync(path.join(publicDir, 'uploads'));
try {
  database = await createScratchDatabase('bench');
  console.log(`Starting the CMS on a fresh ${database.kind} database (it seeds itself)…`);
  cms = await startCms({
    port: await freePort(),
    output: 'pipe',
    env: {
      ...generateSecrets(),
      ...database.env,
      PUBLIC_DIR: publicDir,
      // The seed publishes content; a site build running alongside would take the CPU we measure.
      SITE_PUBLISHER_ENABLED: 'false',
    },
  });
  const counts = await checkAnswers(cms.url, requests);
  console.log(`Each request returns ${counts.join(' / ')} workshops:`);
  for (const request of requests) console.log(`  GET ${request}`);
  const loadBefore = os.loadavg()[0]?.toFixed(2);
  console.log(`${connections} connections for ${duration} s (load average ${loadBefore})…`);
  const { summary: load, result } = await loadTest(cms.url, requests, { connections, duration });
  const summary = { database: database.kind, ...load };
  const machine = `${machineDescription()}, load average ${loadBefore} before the run`;
  console.log(
    [
      '',
      row([
        'database',
        'connections × s',
        'req/s (mean)',
        'p50',
        'p99',
        'requests',
        'errors',
        'non-2xx',
      ]),
      row(Array<string>(8).fill('---')),
      row([
        summary.database,
        `${connections} × ${duration}`,
        summary.requestsPerSecond.toFixed(1),
        `${summary.latencyP50Ms} ms`,
        `${summary.latencyP99Ms} ms`,
        summary.totalRequests,
        `${summary.errors} (${summary.timeouts} timeouts)`,
        summary.non2xx,
      ]),
      '',
      machine,
    ].join('\n')
  );

  const resultsDir = path.join(rootDir, 'bench-results');
  mkdirSync(resultsDir, { recursive: true });
  const date = new Date().toISOString();
  const file = path.join(resultsDir, `api-${database.kind}-${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ date, machine, requests, summary, autocannon: result }, null, 2)}\n`
  );
  console.log(`Full result: ${path.relative(rootDir, file)}`);

  if (summary.errors > 0 || summary.non2xx > 0) {
    const cmsErrors = cms
      .log()
      .split('\n')
      .filter((line) => /error/i.test(line));
    console.error(
      [
        `Some requests failed: status codes ${JSON.stringify(result.statusCodeStats)}.`,
        // Timeouts are the client giving up; the CMS's own errors say why it answered non-2xx.
        ...(cmsErrors.length > 0
          ? [
              `The CMS logged ${cmsErrors.length} error lines; the last ones:`,
              ...cmsErrors.slice(-10),
            ]
          : []),
      ].join('\n')
    );
    process.exitCode = 1;
  }
} finally {
  await cms?.stop();
  rmSync(publicDir, { recursive: true, force: true });
  await database?.drop();
}
