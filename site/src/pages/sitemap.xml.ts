import type { APIRoute } from 'astro';
import { renderSitemap } from '../lib/feeds/sitemap';
import { pageAlternates, sitePages } from '../lib/pages';
import { siteBase } from '../lib/site-url';
import { siteContent } from '../lib/strapi/content';

export const prerender = true;

/** Every indexable page, each with its translations as hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, siteBase(site)).href;
  const pages = sitePages(await siteContent()).filter(
    (page) => page.route.kind !== 'notFound' && page.route.kind !== 'search'
  );
  const body = renderSitemap(
    pages.map((page) => ({
      url: absolute(page.path),
      alternates: pageAlternates(page).map(({ hreflang, path }) => ({
        hreflang,
        url: absolute(path),
      })),
    }))
  );
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
