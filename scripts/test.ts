/**
 * `npm test`: unit and integration tests, then browser tests in real Chromium. Where no
 * Chromium is installed the browser tests cannot run: outside CI that is said plainly and
 * the rest still runs; in CI (CI=true) it is a failure.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromiumPath, hasChromium } from './lib/chromium.ts';
import { rootDir } from './lib/paths.ts';

const projects = ['unit', 'integration'];
if (hasChromium()) {
  projects.push('e2e');
} else if (process.env.CI === 'true') {
  console.error(
    `Browser tests need Chromium at ${chromiumPath} (apt-get install -y chromium); CI cannot skip them.`
  );
  process.exit(1);
} else {
  console.warn(
    `\n*** Browser tests NOT run: no Chromium at ${chromiumPath}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH. ***\n`
  );
}

console.log(
  `Testing on ${process.env.DATABASE_URL ? 'PostgreSQL (a fresh database on DATABASE_URL’s server)' : 'SQLite'}.`
);
const vitest = path.join(rootDir, 'node_modules', '.bin', 'vitest');
const result = spawnSync(
  vitest,
  ['run', ...projects.flatMap((name) => ['--project', name]), ...process.argv.slice(2)],
  {
    cwd: rootDir,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ASTRO_TELEMETRY_DISABLED: '1' },
  }
);
process.exit(result.status ?? 1);
