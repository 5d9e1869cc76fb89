/**
 * The CMS's Content-Security-Policy. The admin panel is a bundled single-page app: its
 * scripts come from its own origin only; its component library injects style tags, hence
 * 'unsafe-inline' for styles alone. It talks to its own API only, embeds only the site's
 * preview, and cannot be framed by another site. Strapi's default also allows any https:
 * connection and its marketplace's images; we need neither.
 */
export function cmsContentSecurityPolicy(options: {
  previewOrigin: string;
  /** `strapi develop` serves the admin through Vite, which needs inline scripts and its socket. */
  developmentAdmin: boolean;
}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'", ...(options.developmentAdmin ? ['ws:', 'http:'] : [])],
    'font-src': ["'self'", 'data:'],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
    'frame-src': ["'self'", options.previewOrigin].filter(Boolean),
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'data:', 'blob:'],
    'object-src': ["'none'"],
    'script-src': ["'self'", ...(options.developmentAdmin ? ["'unsafe-inline'"] : [])],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'worker-src': ["'self'", 'blob:'],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
