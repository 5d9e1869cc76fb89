import type { APIRoute } from 'astro';
import { defaultLocale, getLocale, localeCodes } from '@zorgzone/config';
import { renderSitemap } from '../lib/feeds/sitemap';
import { sitePages } from '../lib/pages';
import { siteContent } from '../lib/strapi/content';

export const prerender = true;

/** Every indexable page, each with its translations as hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const absolute = (path: string) => new URL(path, base).href;
  const pages = sitePages(await siteContent()).filter(
    (page) => page.route.kind !== 'notFound' && page.route.kind !== 'search'
  );
  const body = renderSitemap(
    pages.map((page) => {
      const alternates: { hreflang: string; url: string }[] = localeCodes.flatMap((code) => {
        const path = page.translations[code];
        return path ? [{ hreflang: getLocale(code).tag, url: absolute(path) }] : [];
      });
      const fallback = page.translations[defaultLocale];
      if (fallback) alternates.push({ hreflang: 'x-default', url: absolute(fallback) });
      return { url: absolute(page.path), alternates };
    })
  );
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
