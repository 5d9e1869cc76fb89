/** What `npm audit --json` reports (npm 7 and later), as far as the audit step reads it. */
export interface AuditReport {
  vulnerabilities: Record<string, AuditedPackage>;
  metadata: { vulnerabilities: Record<string, number> };
}

interface AuditedPackage {
  name: string;
  severity: string;
  /** An advisory against this package, or the name of a dependency that carries one. */
  via: (string | { url: string; title: string; severity: string; range: string; name: string })[];
  fixAvailable: boolean | { name: string; version: string; isSemVerMajor: boolean };
}

export interface Advisory {
  /** The GHSA id, or the advisory's URL when it has none: what README's exceptions name. */
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly severity: string;
  readonly packageName: string;
  readonly range: string;
  readonly fix: string;
}

export interface AuditAssessment {
  /** High and critical advisories that README does not except: they fail the audit. */
  readonly blocking: Advisory[];
  readonly excepted: Advisory[];
  /** Exceptions in README for advisories the audit no longer reports as high or critical. */
  readonly stale: string[];
}

const GHSA = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/i;
const FAILING_SEVERITIES = new Set(['high', 'critical']);
const EXCEPTIONS_HEADING = /^#+\s+Dependency audit exceptions\s*$/;

/** The GHSA id in a URL or a README cell, spelled as GitHub does; else the first URL in it. */
function advisoryKey(text: string): string | undefined {
  const ghsa = GHSA.exec(text)?.[0];
  return ghsa ? `GHSA${ghsa.slice(4).toLowerCase()}` : /https?:\/\/[^\s)]+/.exec(text)?.[0];
}

function describeFix(fix: AuditedPackage['fixAvailable']): string {
  if (fix === false) return 'no fix available';
  if (fix === true) return 'fixable by npm audit fix';
  return `fixed by ${fix.name}@${fix.version}${fix.isSemVerMajor ? ' (semver major)' : ''}`;
}

/** Reads `npm audit --json` output; anything else (the registry's error, no output) throws. */
export function parseAuditReport(stdout: string): AuditReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new Error(`npm audit printed no JSON report:\n${stdout.slice(0, 2000)}`);
  }
  const report = parsed as Partial<AuditReport> & { message?: string; error?: unknown };
  if (typeof report.vulnerabilities !== 'object' || report.vulnerabilities === null) {
    const reason = report.message ?? JSON.stringify(parsed).slice(0, 500);
    throw new Error(`npm audit got no advisories from the registry: ${reason}`);
  }
  return report as AuditReport;
}

/**
 * The advisory ids listed in README's "Dependency audit exceptions" table, each with the reason
 * it does not apply; a row without a reason is an error, since the table exists to say why.
 */
export function readExceptions(readme: string): Map<string, string> {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => EXCEPTIONS_HEADING.test(line));
  const exceptions = new Map<string, string>();
  if (start === -1) return exceptions;
  for (const line of lines.slice(start + 1)) {
    if (/^#+\s/.test(line)) break;
    if (!line.startsWith('|') || /^\|[\s|:-]+\|\s*$/.test(line)) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const id = advisoryKey(cells[0] ?? '');
    if (!id) continue; // the header row
    const reason = cells.at(-1) ?? '';
    if (cells.length < 2 || reason === '') {
      throw new Error(`README's audit exception ${id} does not say why it does not apply.`);
    }
    exceptions.set(id, reason);
  }
  return exceptions;
}

/** Every distinct advisory the report names, with the fix npm knows for its package. */
export function advisories(report: AuditReport): Advisory[] {
  const found = new Map<string, Advisory>();
  for (const pkg of Object.values(report.vulnerabilities)) {
    for (const via of pkg.via) {
      if (typeof via === 'string') continue;
      const id = advisoryKey(via.url) ?? via.url;
      found.set(`${id} ${via.name}`, {
        id,
        url: via.url,
        title: via.title,
        severity: via.severity,
        packageName: via.name,
        range: via.range,
        fix: describeFix(pkg.fixAvailable),
      });
    }
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Splits high and critical advisories into excepted and blocking, and finds stale exceptions. */
export function assessAudit(
  report: AuditReport,
  exceptions: ReadonlyMap<string, string>
): AuditAssessment {
  const serious = advisories(report).filter((advisory) =>
    FAILING_SEVERITIES.has(advisory.severity)
  );
  const seriousIds = new Set(serious.map((advisory) => advisory.id));
  return {
    blocking: serious.filter((advisory) => !exceptions.has(advisory.id)),
    excepted: serious.filter((advisory) => exceptions.has(advisory.id)),
    stale: [...exceptions.keys()].filter((id) => !seriousIds.has(id)),
  };
}
