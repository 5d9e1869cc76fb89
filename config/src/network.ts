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
