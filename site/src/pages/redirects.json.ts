import type { APIRoute } from 'astro';
import { localeCodes } from '@zorgzone/config';
import { siteContent } from '../lib/strapi/content';

export const prerender = true;

/**
 * The redirects of this release, each with its final destination: the site server answers them,
 * and the build writes them for other hosts and web servers too (lib/redirects/integration.ts).
 */
export const GET: APIRoute = async () => {
  const content = await siteContent();
  const redirects = localeCodes.flatMap((locale) => content[locale].redirects);
  return new Response(JSON.stringify({ format: 1, redirects }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
