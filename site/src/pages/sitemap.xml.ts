import type { APIRoute } from 'astro';
import { renderSitemap } from '../lib/feeds/sitemap';
import { CHOOSER_PATH, sitePages } from '../lib/pages';
import { siteBase } from '../lib/site-url';
import { siteContent } from '../lib/strapi/content';

export const prerender = true;

/** Every indexable page, the language chooser too, each with its hreflang set. */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, siteBase(site)).href;
  const pages = sitePages(await siteContent()).filter((page) => !page.noindex);
  const home = pages.find((page) => page.route.kind === 'home')!;
  const entries = [{ path: CHOOSER_PATH, alternates: home.alternates }, ...pages];
  const body = renderSitemap(
    entries.map((page) => ({
      url: absolute(page.path),
      alternates: page.alternates.map(({ hreflang, path }) => ({
        hreflang,
        url: absolute(path),
      })),
    }))
  );
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
