/** Default ports; `PORT` (CMS), `SITE_PORT` (site) and `PREVIEW_PORT` override them. */
export const ports = {
  cms: 1337,
  site: 4321,
  /** The site's server for draft previews (PREVIEW_PORT). */
  preview: 4322,
} as const;

/** Where the public site lives when no `PUBLIC_SITE_URL` is given (local development). */
export const defaultPublicSiteUrl = `http://localhost:${ports.site}`;

/** Where the site build finds Strapi when no `STRAPI_URL` is given. */
export const defaultStrapiUrl = `http://127.0.0.1:${ports.cms}`;

/**
 * The origins the CMS's admin panel is opened at, the only pages that may frame the draft preview:
 * `PUBLIC_CMS_URL` when the CMS is behind a proxy, otherwise `STRAPI_URL`. A CMS on this machine
 * answers at localhost and 127.0.0.1 alike, so both spellings are allowed for it.
 */
export function cmsAdminOrigins(env: Readonly<Record<string, string | undefined>>): string[] {
  const url = new URL(env.PUBLIC_CMS_URL || env.STRAPI_URL || defaultStrapiUrl);
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return [url.origin];
  return ['localhost', '127.0.0.1'].map((host) => {
    const local = new URL(url.origin);
    local.hostname = host;
    return local.origin;
  });
}
