import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocale, isLocaleCode, locales } from '@zorgzone/config';
import { useTranslations } from '../../i18n';
import { renderRss } from '../../lib/feeds/rss';
import { splitWorkshops } from '../../lib/pages';
import { pathTo } from '../../lib/routes';
import { siteContent } from '../../lib/strapi/content';

export const prerender = true;

export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { lang: locale.code } }))) satisfies GetStaticPaths;

/** The reports of past workshops in one language, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang;
  if (!isLocaleCode(locale)) return new Response(null, { status: 404 });
  const base = site ?? new URL('http://localhost:4321');
  const content = (await siteContent())[locale];
  const t = useTranslations(locale);
  const siteName = content.settings.siteName;
  const body = renderRss({
    title: t('rss.title', { site: siteName }),
    description: t('rss.description', { site: siteName }),
    siteUrl: new URL(pathTo({ locale, kind: 'workshops' }), base).href,
    feedUrl: new URL(`/${locale}/rss.xml`, base).href,
    language: getLocale(locale).tag,
    items: splitWorkshops(content.workshops).past.map((workshop) => ({
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
