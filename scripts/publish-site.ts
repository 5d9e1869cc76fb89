/**
 * Builds the site from STRAPI_URL into a new release and switches the served site to it.
 * The CMS's site-publisher plugin runs this for every build; its last line is the result as
 * JSON, and a failure exits non-zero with the reason on stderr.
 */
import { defaultStrapiUrl } from '@zorgzone/config';
import { publishRelease } from './lib/releases.ts';

try {
  const release = publishRelease(process.env.STRAPI_URL || defaultStrapiUrl);
  console.log(JSON.stringify(release));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
