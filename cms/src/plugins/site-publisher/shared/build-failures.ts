/**
 * Why a build failed, in kinds an editor can act on: the server stores the kind's code with
 * the build, the admin gives each code a sentence saying what to do. Pure, so that every
 * failure the build can report is checked without running one.
 */

export const failureCodes = [
  /** The build could not read the CMS: it answered with an error, or not at all. */
  'cmsUnreadable',
  /** The CMS answered, but with content the site cannot be built from. */
  'content',
  /** The new release could not be written: a full disk, a folder that is not writable. */
  'storage',
  /** The deploy hook refused the call or could not be reached. */
  'deployHook',
  /** The CMS stopped during the build. */
  'interrupted',
  'unknown',
] as const;
export type FailureCode = (typeof failureCodes)[number];

/** The failure of a build, from its log (or its stored reason, for a record without a code). */
export function classifyFailure(log: string): FailureCode {
  if (
    /^Interrupted: the CMS stopped/m.test(log) ||
    /The CMS stopped during the build|The build was stopped with the CMS/.test(log)
  )
    return 'interrupted';
  if (/Could not write the new site|\b(ENOSPC|EROFS|EACCES|EDQUOT)\b/.test(log)) return 'storage';
  if (/Strapi at \S+ (answered \d{3}|is unreachable)/.test(log)) return 'cmsUnreadable';
  if (/Strapi at \S+ (sent .* data the site does not understand|has no published )/.test(log))
    return 'content';
  if (/^Deploy hook \S+ (answered \d{3}|could not be reached)/m.test(log)) return 'deployHook';
  return 'unknown';
}

/** The line of a failed build's log that says what went wrong: the technical detail. */
export function failureLine(log: string): string {
  const lines = log
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // The data layer's own message names the URL and the status, and a storage fault names the
  // folder and the cause in plain words: prefer them to the wrappers around them.
  const reason =
    lines.find((line) => line.includes('Strapi at ')) ??
    lines.find((line) => line.startsWith('Could not write the new site')) ??
    lines.find((line) => line.startsWith('Deploy hook ')) ??
    lines.find((line) => /error|failed/i.test(line)) ??
    lines.at(-1) ??
    'The build failed without a message.';
  return reason.slice(0, 1000);
}

/** A failed build's code: as stored, or read from the reason of a record from before codes. */
export function failureOf(build: {
  failureCode?: FailureCode | null;
  reason: string | null;
}): FailureCode {
  const stored = build.failureCode;
  return stored && (failureCodes as readonly string[]).includes(stored)
    ? stored
    : classifyFailure(build.reason ?? '');
}
