import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type LocaleCode } from '@zorgzone/config';
import { calendarProductId, renderCalendar, workshopEvent } from '../../../lib/feeds/ical';
import { calendarCacheKey } from '../../../lib/page-keys';
import { splitWorkshops } from '../../../lib/pages';
import { pathTo } from '../../../lib/routes';
import { siteContent } from '../../../lib/strapi/content';
import type { Workshop } from '../../../lib/strapi/models';
import { siteBase } from '../../../lib/site-url';

export const prerender = true;

interface Props {
  readonly locale: LocaleCode;
  readonly workshop: Workshop;
}

export const getStaticPaths = (async () => {
  const content = await siteContent();
  return localeCodes.flatMap((locale) =>
    splitWorkshops(content[locale].workshops).upcoming.map((workshop) => ({
      params: { lang: locale, slug: workshop.slug },
      props: { locale, workshop } satisfies Props,
      cacheKey: calendarCacheKey(workshop),
    }))
  );
}) satisfies GetStaticPaths;

/** One upcoming workshop as a file to add to a calendar. */
export const GET: APIRoute<Props> = ({ props: { locale, workshop }, site }) => {
  const url = new URL(pathTo({ locale, kind: 'workshop', slug: workshop.slug }), siteBase(site))
    .href;
  const body = renderCalendar({
    name: workshop.title,
    productId: calendarProductId(locale),
    events: [workshopEvent(workshop, url)],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
