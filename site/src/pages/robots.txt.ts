import type { APIRoute } from 'astro';
import { siteBase } from '../lib/site-url';

export const prerender = true;

/** Lets every crawler in and points it at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap.xml', siteBase(site)).href;
  const body = ['User-agent: *', 'Allow: /', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
