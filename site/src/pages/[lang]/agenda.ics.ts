import type { APIRoute, GetStaticPaths } from 'astro';
import { feedContext, localeFeedPaths } from '../../lib/feeds/endpoint';
import { calendarProductId, renderCalendar, workshopEvent } from '../../lib/feeds/ical';
import { pathTo } from '../../lib/routes';

export const prerender = true;

export const getStaticPaths = localeFeedPaths satisfies GetStaticPaths;

/** Every workshop of one language, past and upcoming, as a calendar to subscribe to. */
export const GET: APIRoute = async ({ params, site }) => {
  const feed = await feedContext(params.lang, site);
  if (!feed) return new Response(null, { status: 404 });
  const { locale, base, content, t } = feed;
  const workshops = [...content.workshops].sort((a, b) => a.date.localeCompare(b.date));
  const body = renderCalendar({
    name: t('calendar.name', { site: content.settings.siteName }),
    productId: calendarProductId(locale),
    events: workshops.map((workshop) =>
      workshopEvent(
        workshop,
        new URL(pathTo({ locale, kind: 'workshop', slug: workshop.slug }), base).href
      )
    ),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
