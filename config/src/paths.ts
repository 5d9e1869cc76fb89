/**
 * Path rules the CMS (validating pages and redirects) and the site (building them) must agree on.
 */

/**
 * Whether a redirect's from-path is one a server can match: one leading slash (two would be read
 * as another host), no query or fragment, no dot segments.
 */
export function isRedirectPath(path: string): boolean {
  return (
    /^\/[A-Za-z0-9._~%/@!+,=-]*$/.test(path) &&
    !path.startsWith('//') &&
    !/(^|\/)\.\.?(\/|$)/.test(path)
  );
}

/** A path as servers compare it: a trailing slash does not make another address. */
export function comparablePath(path: string): string {
  const bare = path.split(/[?#]/)[0]!;
  return bare.length > 1 ? bare.replace(/\/+$/, '') : bare;
}

/**
 * Follows redirects from a path (`next` gives a path's destination, by comparable path) to the
 * end of the chain. `loops` when it comes back to a path already passed.
 */
export function followRedirects(
  from: string,
  next: (comparable: string) => string | undefined
): { readonly chain: readonly string[]; readonly loops: boolean } {
  const chain = [from];
  const seen = new Set([comparablePath(from)]);
  for (let current = next(comparablePath(from)); current !== undefined;) {
    chain.push(current);
    if (!current.startsWith('/')) break;
    const key = comparablePath(current);
    if (seen.has(key)) return { chain, loops: true };
    seen.add(key);
    current = next(key);
  }
  return { chain, loops: false };
}

/** A page in one state, as far as its path needs: its slug and the page it sits under. */
export interface PageNode {
  readonly documentId: string;
  readonly slug: string;
  readonly parentId: string | null;
}

/** The most levels of pages under pages; deeper nesting helps no visitor. */
export const MAX_PAGE_DEPTH = 5;

/**
 * Every page's path under its parents, by document id: `over-ons/werking`. A page under a parent
 * that is not among `pages` (not published, say) sits at the top. A page whose parents go round in
 * a circle, or nest deeper than MAX_PAGE_DEPTH, has none.
 */
export function pageSlugPaths(pages: readonly PageNode[]): Map<string, string> {
  const byId = new Map(pages.map((page) => [page.documentId, page]));
  const paths = new Map<string, string>();
  for (const page of pages) {
    const slugs: string[] = [];
    const seen = new Set<string>();
    let current: PageNode | undefined = page;
    while (current && !seen.has(current.documentId) && slugs.length <= MAX_PAGE_DEPTH) {
      seen.add(current.documentId);
      slugs.unshift(current.slug);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    if (current === undefined && slugs.length <= MAX_PAGE_DEPTH)
      paths.set(page.documentId, slugs.join('/'));
  }
  return paths;
}
