import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessAudit, parseAuditReport, readExceptions } from '../../scripts/lib/audit.ts';
import { rootDir } from '../../scripts/lib/paths.ts';

const advisory = (id: string, name: string, severity: string) => ({
  source: 1,
  name,
  dependency: name,
  title: `A problem in ${name}`,
  url: `https://github.com/advisories/${id}`,
  severity,
  range: '<2.0.0',
});

/** The shape npm 11 prints: `b` is vulnerable itself, `a` only through `b`. */
const report = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    a: { name: 'a', severity: 'high', via: ['b'], fixAvailable: true },
    b: {
      name: 'b',
      severity: 'critical',
      via: [
        advisory('GHSA-7h2j-956f-4vf2', 'b', 'critical'),
        advisory('GHSA-9wv6-86v2-598j', 'b', 'moderate'),
      ],
      fixAvailable: { name: 'a', version: '3.0.0', isSemVerMajor: true },
    },
    c: {
      name: 'c',
      severity: 'high',
      via: [advisory('GHSA-pxg6-pf52-xh8x', 'c', 'high')],
      fixAvailable: false,
    },
  },
  metadata: { vulnerabilities: { critical: 1, high: 2, moderate: 0, low: 0, info: 0 } },
});

const readme = (rows: string) => `# Project

## Dependency audit exceptions

| advisory | package | why it does not apply |
| --- | --- | --- |
${rows}
## Next section

| GHSA-3xgq-45jj-v275 | not | an exception |
`;

describe('dependency audit', () => {
  it('fails on every high or critical advisory README does not except', () => {
    const { blocking, excepted, stale } = assessAudit(parseAuditReport(report), readExceptions(''));
    expect(blocking.map((a) => [a.id, a.fix])).toEqual([
      ['GHSA-7h2j-956f-4vf2', 'fixed by a@3.0.0 (semver major)'],
      ['GHSA-pxg6-pf52-xh8x', 'no fix available'],
    ]);
    expect(excepted).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('accepts an exception given as a link with its reason, and reports stale ones', () => {
    const exceptions = readExceptions(
      readme(
        '| [GHSA-PXG6-PF52-XH8X](https://github.com/advisories/GHSA-pxg6-pf52-xh8x) | c | only used at build time |\n' +
          '| GHSA-9wv6-86v2-598j | b | moderate now |\n'
      )
    );
    const { blocking, excepted, stale } = assessAudit(parseAuditReport(report), exceptions);
    expect(excepted.map((a) => a.id)).toEqual(['GHSA-pxg6-pf52-xh8x']);
    expect(blocking.map((a) => a.id)).toEqual(['GHSA-7h2j-956f-4vf2']);
    expect(stale).toEqual(['GHSA-9wv6-86v2-598j']);
  });

  it('refuses an exception without a reason', () => {
    expect(() => readExceptions(readme('| GHSA-7h2j-956f-4vf2 | b | |\n'))).toThrow(
      /GHSA-7h2j-956f-4vf2 does not say why/
    );
  });

  it("fails, rather than passing, when the registry's audit endpoint answers an error", () => {
    const registryError = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(() => parseAuditReport(registryError)).toThrow(/no advisories from the registry: 405/);
    expect(() => parseAuditReport('')).toThrow(/no JSON report/);
  });

  it("reads the project's README", () => {
    expect(() =>
      readExceptions(readFileSync(path.join(rootDir, 'README.md'), 'utf8'))
    ).not.toThrow();
  });
});
