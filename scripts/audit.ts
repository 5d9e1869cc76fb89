/**
 * `npm run audit`: the production dependencies' advisories from the registry. Fails on any high
 * or critical advisory not excepted, with a reason, in README's "Dependency audit exceptions",
 * and on an exception the audit no longer reports (so the table stays true). When the registry
 * cannot be asked it says so and exits 2, never 0: an audit that did not run must not look like
 * one that passed; CI reports that case as a warning (some registry mirrors have no audit endpoint).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assessAudit, parseAuditReport, readExceptions, type Advisory } from './lib/audit.ts';
import { rootDir } from './lib/paths.ts';

/** Exit status when no advisory could be checked, distinct from a failed audit (1). */
const NOT_RUN = 2;

function fail(message: string): never {
  console.error(`Dependency audit failed: ${message}`);
  process.exit(1);
}

const npm = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  cwd: rootDir,
  encoding: 'utf8',
  maxBuffer: 64 * 2 ** 20,
});
if (npm.error) fail(`npm could not be run (${npm.error.message}).`);

let report;
let exceptions;
try {
  report = parseAuditReport(npm.stdout);
  exceptions = readExceptions(readFileSync(path.join(rootDir, 'README.md'), 'utf8'));
} catch (error) {
  const npmErrors = npm.stderr
    .split('\n')
    .filter((line) => /^npm (error|warn audit)/.test(line))
    .join('\n');
  console.error(
    `Dependency audit NOT RUN: ${(error as Error).message}\n${npmErrors}\n` +
      'No advisory was checked. Run `npm run audit` where the registry answers audit requests.'
  );
  process.exit(NOT_RUN);
}

const counts = report.metadata.vulnerabilities;
const severities = ['critical', 'high', 'moderate', 'low', 'info'] as const;
console.log(
  `npm audit --omit=dev: vulnerable packages by severity: ${severities
    .map((severity) => `${counts[severity] ?? 0} ${severity}`)
    .join(', ')}.`
);

const { blocking, excepted, stale } = assessAudit(report, exceptions);
const line = (advisory: Advisory) =>
  `${advisory.id} (${advisory.severity}) ${advisory.packageName} ${advisory.range}: ` +
  `${advisory.title}; ${advisory.fix}. ${advisory.url}`;
if (excepted.length > 0) {
  console.log('\nHigh/critical advisories excepted in README:');
  for (const advisory of excepted)
    console.log(`  ${line(advisory)}\n    why: ${exceptions.get(advisory.id)}`);
}
if (blocking.length > 0) {
  console.log('\nHigh/critical advisories to fix (upgrade, or except in README with the reason):');
  for (const advisory of blocking) console.log(`  ${line(advisory)}`);
}
if (stale.length > 0) {
  console.log(
    "\nREADME's audit exceptions the audit no longer reports as high/critical (remove them):"
  );
  for (const id of stale) console.log(`  ${id}`);
}

if (blocking.length > 0 || stale.length > 0) {
  fail(`${blocking.length} unexcepted high/critical advisories, ${stale.length} stale exceptions.`);
}
const beyond = excepted.length > 0 ? ' beyond the excepted ones' : '';
console.log(`\nDependency audit passed: no high/critical advisory${beyond}.`);
