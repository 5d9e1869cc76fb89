import type { APIRoute, GetStaticPaths } from 'astro';
import { isLocaleCode, locales } from '@zorgzone/config';
import { useTranslations } from '../../i18n';
import { calendarProductId, renderCalendar, workshopEvent } from '../../lib/feeds/ical';
import { pathTo } from '../../lib/routes';
import { siteContent } from '../../lib/strapi/content';

export const prerender = true;

export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { lang: locale.code } }))) satisfies GetStaticPaths;

/** Every workshop of one language, past and upcoming, as a calendar to subscribe to. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang;
  if (!isLocaleCode(locale)) return new Response(null, { status: 404 });
  const base = site ?? new URL('http://localhost:4321');
  const content = (await siteContent())[locale];
  const t = useTranslations(locale);
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
