import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocale } from '@zorgzone/config';
import { feedContext, localeFeedPaths } from '../../lib/feeds/endpoint';
import { renderRss } from '../../lib/feeds/rss';
import { splitWorkshops } from '../../lib/pages';
import { pathTo, rssPath } from '../../lib/routes';

export const prerender = true;

export const getStaticPaths = localeFeedPaths satisfies GetStaticPaths;

/** Reports a feed carries: readers poll it, and they only ever need the recent ones. */
const RSS_ITEMS = 50;

/** The latest reports of past workshops in one language, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const feed = await feedContext(params.lang, site);
  if (!feed) return new Response(null, { status: 404 });
  const { locale, base, content, t } = feed;
  const siteName = content.settings.siteName;
  const body = renderRss({
    title: t('rss.title', { site: siteName }),
    description: t('rss.description', { site: siteName }),
    siteUrl: new URL(pathTo({ locale, kind: 'workshops' }), base).href,
    feedUrl: new URL(rssPath(locale), base).href,
    language: getLocale(locale).tag,
    items: splitWorkshops(content.workshops)
      .past.slice(0, RSS_ITEMS)
      .map((workshop) => ({
        title: workshop.title,
        url: new URL(pathTo({ locale, kind: 'workshop', slug: workshop.slug }), base).href,
        description: workshop.summary ?? '',
        date: workshop.date,
        // Not the URL: an editor correcting a slug must not make readers see the report twice.
        guid: `workshop-${workshop.documentId}-${locale}@zorgzone-zuid`,
      })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
