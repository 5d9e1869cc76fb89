import { createHash } from 'node:crypto';
import type { LocaleCode } from '@zorgzone/config';
import { isUpcoming, todayInBrussels } from './format';
import { pageMeta } from './page-meta';
import { childPages, pageTrail } from './page-tree';
import {
  pageCount,
  pageOf,
  splitWorkshops,
  themeCoverage,
  workshopsInListOrder,
  type SitePage,
} from './pages';
import type { LocaleContent, SiteContent } from './strapi/models';

/**
 * A digest of what a page shows, as Astro's incremental build reads a page's `cacheKey`: equal
 * keys mean Astro keeps last build's file instead of rendering it again.
 *
 * Each key covers every value the page's template reads: what the layout shows on every page
 * (settings, menus, the footer's legal links), the page's own place (its path, translations and
 * language switcher), its title and description, and the documents of its body, whole, with
 * what depends on the day ("upcoming"). Whole documents make a key change more often than the
 * page does, never less. Pages that show a summary of everything (home, themes, team, search,
 * the 404 page) get no key: they are rendered every time, and are a handful.
 */
export function pageCacheKeys(content: SiteContent): (page: SitePage) => string | undefined {
  const today = todayInBrussels();
  const digests = new WeakMap<object, string>();
  const digest = (value: object): string => {
    let known = digests.get(value);
    if (!known) digests.set(value, (known = hash(JSON.stringify(value))));
    return known;
  };
  const layout = new Map<LocaleCode, string>();
  const layoutOf = (locale: LocaleCode) => {
    let known = layout.get(locale);
    if (!known) {
      const { settings, navigation, legalLinks } = content[locale];
      layout.set(locale, (known = hash(JSON.stringify({ settings, navigation, legalLinks }))));
    }
    return known;
  };
  const bySlug = new Map<LocaleCode, Indexes>();
  const indexesOf = (locale: LocaleCode) => {
    let known = bySlug.get(locale);
    if (!known) bySlug.set(locale, (known = indexes(content[locale])));
    return known;
  };

  return (page) => {
    const { locale, kind, slug = '', page: number } = page.route;
    const localeContent = content[locale];
    const found = indexesOf(locale);
    let body: unknown;
    switch (kind) {
      case 'workshop': {
        const workshop = found.workshops.get(slug);
        body = workshop && [digest(workshop), isUpcoming(workshop.date, today)];
        break;
      }
      case 'theme': {
        const theme = found.themes.get(slug);
        if (!theme) break;
        const coverage = themeCoverage(theme, localeContent.workshops, localeContent.focusEditions);
        body = [
          digest(theme),
          coverage.roundTables.map(({ workshop, roundTable }) => [
            digest(workshop),
            roundTable.title,
          ]),
          coverage.otherWorkshops.map(digest),
          coverage.focusEditions.map(digest),
        ];
        break;
      }
      case 'focusEdition': {
        const edition = found.focusEditions.get(slug);
        body = edition && digest(edition);
        break;
      }
      case 'page': {
        const editorPage = found.pages.get(slug);
        body = editorPage && [
          digest(editorPage),
          pageTrail(editorPage, localeContent),
          childPages(editorPage, localeContent).map(digest),
        ];
        break;
      }
      case 'workshops': {
        const entries = pageOf(workshopsInListOrder(localeContent.workshops, today), number);
        const { upcoming } = splitWorkshops(entries, today);
        body = [entries.map(digest), upcoming.length, pageCount(localeContent.workshops.length)];
        break;
      }
      case 'focusEditions':
        body = [
          pageOf(localeContent.focusEditions, number).map(digest),
          pageCount(localeContent.focusEditions.length),
        ];
        break;
      default:
        return undefined;
    }
    if (body === undefined) return undefined;
    return hash(JSON.stringify([layoutOf(locale), page, pageMeta(page, localeContent), body]));
  };
}

interface Indexes {
  readonly workshops: ReadonlyMap<string, LocaleContent['workshops'][number]>;
  readonly themes: ReadonlyMap<string, LocaleContent['themes'][number]>;
  readonly focusEditions: ReadonlyMap<string, LocaleContent['focusEditions'][number]>;
  readonly pages: ReadonlyMap<string, LocaleContent['pages'][number]>;
}

function indexes(content: LocaleContent): Indexes {
  return {
    workshops: new Map(content.workshops.map((entry) => [entry.slug, entry])),
    themes: new Map(content.themes.map((entry) => [entry.slug, entry])),
    focusEditions: new Map(content.focusEditions.map((entry) => [entry.slug, entry])),
    pages: new Map(content.pages.map((entry) => [entry.slugPath, entry])),
  };
}

/** A digest of one upcoming workshop's calendar file: the workshop is all it shows. */
export function calendarCacheKey(workshop: object): string {
  return hash(JSON.stringify(workshop));
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');
