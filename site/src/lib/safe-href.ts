const SITE_ORIGIN = 'https://site.invalid';

/**
 * A link target editors may use: web, e-mail, phone or a path on this site; anything else
 * (javascript:, data:, a path a browser would read as another host) is dropped. Paths are
 * resolved as a browser would, so `/\evil.example` or a tab after the slash cannot leave the site.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return null;
  try {
    if (trimmed.startsWith('/')) {
      const resolved = new URL(trimmed, SITE_ORIGIN);
      return resolved.origin === SITE_ORIGIN
        ? `${resolved.pathname}${resolved.search}${resolved.hash}`
        : null;
    }
    const parsed = new URL(trimmed);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol)
      ? parsed.toString()
      : null;
  } catch {
    return null;
  }
}
