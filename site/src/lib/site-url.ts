import { defaultPublicSiteUrl } from '@zorgzone/config';

/** The site's public origin: Astro's `site` (PUBLIC_SITE_URL), or the local default. */
export function siteBase(site: URL | undefined): URL {
  return site ?? new URL(defaultPublicSiteUrl);
}
