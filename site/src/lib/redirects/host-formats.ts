// No imports on purpose: the site server (publishing/src/static-server.ts) runs this file directly with
// Node's type stripping, which cannot follow the site's extensionless imports.

/** One redirect of client/redirects.json: a path of the old site, where it leads, and how. */
export interface SiteRedirect {
  readonly from: string;
  readonly to: string;
  readonly status: 301 | 302;
}

/** An entry of redirects.json that no server gets, with the reason, for the build log. */
export interface SkippedRedirect {
  readonly index: number;
  readonly reason: string;
}

/** The entries every server may serve, and those left out. */
export interface RedirectList {
  readonly redirects: readonly SiteRedirect[];
  readonly skipped: readonly SkippedRedirect[];
}

/** What a caller knows about the built site, to keep a redirect from hiding one of its pages. */
export interface RedirectCheckOptions {
  /** Whether a decoded site path (`/nl/`, `/404.html`) is served as a file by this build. */
  readonly isPage?: (sitePath: string) => boolean;
}

const MAX_LENGTH = 2000;
const FROM_CHARACTERS = /^\/[A-Za-z0-9._~%/@!+,=-]*$/;
const SITE_PATH_TO = /^\/[A-Za-z0-9._~%/#?=&-]*$/;
const ABSOLUTE_TO = /^https?:\/\/[^\s"'<>\\{}|^`$;]+$/;
const PERCENT_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
// After decoding, a from may hold letters of any script and spaces (old PDF names), but nothing
// that one of the config formats would read as syntax: quotes, braces, `$`, `;`, `#`, `?`, `%`…
const DECODED_FROM = /^[\p{L}\p{M}\p{N}._~/@!+,=\- ]*$/u;
const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;

/** Text for a log line that names an untrusted value without letting it break the line. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value);
}

/**
 * The form every server compares: percent-decoded, repeated slashes merged, `.` and `..`
 * resolved, without a trailing slash. nginx and Caddy normalize a request this way before
 * matching; the site server does the same with this function. Null when the path cannot be decoded.
 */
export function redirectMatchKey(rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

/** Why a `from` cannot be served the same by every server, or null when it can. */
function fromProblem(from: string): string | null {
  if (from.length > MAX_LENGTH) return `from is longer than ${MAX_LENGTH} characters`;
  if (!from.startsWith('/') || from.startsWith('//'))
    return `from ${quoted(from)} does not start with exactly one /`;
  if (from.includes('?')) return `from ${quoted(from)} has a query; redirects match paths only`;
  if (!FROM_CHARACTERS.test(from))
    return `from ${quoted(from)} has a character outside A-Z a-z 0-9 . _ ~ % / @ ! + , = -`;
  if (PERCENT_ESCAPE.test(from)) return `from ${quoted(from)} has a malformed percent escape`;
  let decoded: string;
  try {
    decoded = decodeURIComponent(from);
  } catch {
    return `from ${quoted(from)} does not decode to UTF-8`;
  }
  if (!DECODED_FROM.test(decoded))
    return `from ${quoted(from)} encodes a character web-server configs would read as syntax`;
  const inner = decoded.endsWith('/') ? decoded.slice(1, -1) : decoded.slice(1);
  if (inner === '') return 'from "/" is the home page';
  // Servers normalize these before matching, so such a from would never match on some of them.
  if (inner.split('/').some((segment) => segment === '' || segment === '.' || segment === '..'))
    return `from ${quoted(from)} has an empty, "." or ".." segment`;
  return null;
}

/** Why a `to` is not a safe Location, or null when it is. */
function toProblem(to: string): string | null {
  if (to.length > MAX_LENGTH) return `to is longer than ${MAX_LENGTH} characters`;
  if (to.startsWith('/')) {
    // `//host` and `/\host` are read by browsers as another host; the character set excludes `\`.
    if (to.startsWith('//')) return `to ${quoted(to)} is protocol-relative (another host)`;
    if (!SITE_PATH_TO.test(to))
      return `to ${quoted(to)} has a character outside A-Z a-z 0-9 . _ ~ % / # ? = & -`;
    if (PERCENT_ESCAPE.test(to)) return `to ${quoted(to)} has a malformed percent escape`;
    return null;
  }
  if (!ABSOLUTE_TO.test(to) || !PRINTABLE_ASCII.test(to))
    return `to ${quoted(to)} is neither a site path nor an http(s) URL without spaces, quotes, <>\\{}|^\`$;`;
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    return `to ${quoted(to)} is not a valid URL`;
  }
  if (url.hostname === '') return `to ${quoted(to)} has no host`;
  return null;
}

/** Why one entry of redirects.json breaks the contract, or null when every server may serve it. */
export function redirectProblem(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null)
    return 'is not an object with from, to and status';
  const { from, to, status } = entry as Record<string, unknown>;
  if (typeof from !== 'string') return 'from is not a string';
  if (typeof to !== 'string') return `to of ${quoted(from)} is not a string`;
  if (status !== 301 && status !== 302)
    return `status of ${quoted(from)} is ${typeof status === 'number' ? status : typeof status}, not 301 or 302`;
  return fromProblem(from) ?? toProblem(to);
}

/**
 * Keeps the entries that follow the contract, in order, each once: a later entry whose from
 * matches the same requests as an earlier one (`/a` and `/a/`, `%C3%A9` and `%c3%a9`) is left
 * out, since nginx refuses a config with two equal locations, and so is one that would hide a page.
 */
export function validateRedirects(
  entries: readonly unknown[],
  { isPage }: RedirectCheckOptions = {}
): RedirectList {
  const redirects: SiteRedirect[] = [];
  const skipped: SkippedRedirect[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const problem = redirectProblem(entry);
    if (problem) {
      skipped.push({ index, reason: problem });
      return;
    }
    const { from, to, status } = entry as SiteRedirect;
    const key = redirectMatchKey(from) ?? from;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      skipped.push({ index, reason: `from ${quoted(from)} repeats entry ${earlier}` });
      return;
    }
    if (isPage && (isPage(key) || isPage(`${key}/`))) {
      skipped.push({ index, reason: `from ${quoted(from)} is a page of this site` });
      return;
    }
    seen.set(key, index);
    redirects.push({ from, to, status });
  });
  return { redirects, skipped };
}

/**
 * Reads the text of client/redirects.json. Throws when it is not the contract's format at all
 * (that is a bug of the build that wrote it); entries that break the contract are only skipped.
 */
export function parseRedirectsFile(text: string, options: RedirectCheckOptions = {}): RedirectList {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `redirects.json is not valid JSON (${(error as Error).message}); rebuild the site to write it again`
    );
  }
  const { format, redirects } = (typeof data === 'object' && data !== null ? data : {}) as Record<
    string,
    unknown
  >;
  if (format !== 1 || !Array.isArray(redirects))
    throw new Error(
      'redirects.json is not { "format": 1, "redirects": [...] }; rebuild the site with this version'
    );
  return validateRedirects(redirects, options);
}

/** The same path with its trailing slash added or removed. */
function otherSlashVariant(from: string): string {
  return from.endsWith('/') ? from.slice(0, -1) : `${from}/`;
}

/** A regular expression (PCRE, RE2) for the decoded path, with or without its trailing slash. */
function pathPattern(from: string): string {
  const key = redirectMatchKey(from) ?? from;
  return `^${key.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}/?$`;
}

/** The lines of a format, each redirect re-checked so that nothing invalid is ever written. */
function render(
  redirects: readonly SiteRedirect[],
  lines: (redirect: SiteRedirect, index: number) => string[]
): string {
  const output = validateRedirects(redirects).redirects.flatMap(lines);
  return output.length ? `${output.join('\n')}\n` : '';
}

/**
 * Netlify's and Cloudflare Pages' `_redirects`: `/from /to 301`, once per slash variant, so that
 * both redirect on a host that does not treat them as one path.
 */
export function netlifyRedirects(redirects: readonly SiteRedirect[]): string {
  return render(redirects, ({ from, to, status }) => [
    `${from} ${to} ${status}`,
    `${otherSlashVariant(from)} ${to} ${status}`,
  ]);
}

/** Apache's value quoting, needed only for a from that decodes to a space. */
function apacheArgument(value: string): string {
  return value.includes(' ') ? `"${value}"` : value;
}

/**
 * Apache `.htaccess`: `RedirectMatch 301 ^/from/?$ /to`. mod_alias's `Redirect` would match every
 * path below the from as well; RedirectMatch matches the decoded path, hence the decoded pattern.
 */
export function apacheRedirects(redirects: readonly SiteRedirect[]): string {
  return render(redirects, ({ from, to, status }) => [
    `RedirectMatch ${status} ${apacheArgument(pathPattern(from))} ${to}`,
  ]);
}

/** A double-quoted nginx string, in which nginx reads `\\` and `\"` as escapes. */
function nginxString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** A double-quoted Caddyfile token: Caddy's lexer reads only `\"` as an escape, not `\\`. */
function caddyString(value: string): string {
  return `"${value.replace(/"/g, '\\"')}"`;
}

/**
 * An nginx include for a `server` block: one exact `location` per slash variant, on the decoded
 * path that nginx matches. `absolute_redirect off` keeps the Location as written, as the other
 * servers send it, instead of one built from the Host header and nginx's own port and scheme.
 */
export function nginxRedirects(redirects: readonly SiteRedirect[]): string {
  return render(redirects, ({ from, to, status }) => {
    const key = redirectMatchKey(from) ?? from;
    return [key, `${key}/`].map(
      (variant) =>
        `location = ${nginxString(variant)} { absolute_redirect off; return ${status} ${nginxString(to)}; }`
    );
  });
}

/**
 * A Caddyfile snippet for a site block (`import` it): a named `path_regexp` matcher and a `redir`
 * per redirect. Caddy's `path` matcher ignores case, so `/NL/` would also catch the page `/nl/`;
 * a regular expression on the (decoded, cleaned) path matches case-sensitively, as the others do.
 */
export function caddyRedirects(redirects: readonly SiteRedirect[]): string {
  return render(redirects, ({ from, to, status }, index) => [
    `@site_redirect_${index} path_regexp ${caddyString(pathPattern(from))}`,
    `redir @site_redirect_${index} ${caddyString(to)} ${status}`,
  ]);
}
