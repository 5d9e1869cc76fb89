import type { SocialImage } from './media/store';
import { useTranslations } from '../i18n';
import type { SitePage } from './pages';
import type { LocaleContent, Seo } from './strapi/models';

/** What a page's `<head>` says about it: its title, description and sharing image. */
export interface PageMeta {
  readonly title: string;
  readonly description: string | null;
  readonly image: SocialImage | null;
}

/**
 * A page's title and description, from its content or the locale's dictionary; a document's
 * own search-and-sharing fields, where an editor filled them in, come first.
 */
export function pageMeta(page: SitePage, content: LocaleContent): PageMeta {
  const t = useTranslations(page.route.locale);
  const { kind, slug } = page.route;
  // Each numbered page of a list gets its own title, as search results and tabs show it.
  const numbered = (title: string) =>
    page.route.page
      ? `${title} · ${t('pagination.titleSuffix', { page: page.route.page })}`
      : title;
  const fixed = (title: string, description: string | null): PageMeta => ({
    title,
    description,
    image: null,
  });
  const document = (
    entry: { seo: Seo } | undefined,
    title: string,
    description: string | null | undefined
  ): PageMeta => ({
    title: entry?.seo.title ?? title,
    description: entry?.seo.description ?? description ?? null,
    image: entry?.seo.image ?? null,
  });
  switch (kind) {
    case 'home':
      return fixed(content.home?.title ?? content.settings.siteName, content.settings.tagline);
    case 'workshops':
      return fixed(numbered(t('workshops.title')), t('workshops.intro'));
    case 'workshop': {
      const workshop = content.workshops.find((entry) => entry.slug === slug);
      return document(workshop, workshop?.title ?? '', workshop?.summary);
    }
    case 'themes':
      return fixed(t('themes.title'), t('themes.intro'));
    case 'theme': {
      const theme = content.themes.find((entry) => entry.slug === slug);
      return document(theme, theme?.name ?? '', theme?.shortDescription);
    }
    case 'focusEditions':
      return fixed(numbered(t('focus.title')), t('focus.intro'));
    case 'focusEdition': {
      const edition = content.focusEditions.find((entry) => entry.slug === slug);
      return document(
        edition,
        edition ? `${t('focus.edition', { edition: edition.edition })}: ${edition.title}` : '',
        edition?.summary
      );
    }
    case 'page': {
      const entry = content.pages.find((candidate) => candidate.slugPath === slug);
      return document(entry, entry?.title ?? '', entry?.summary);
    }
    case 'team':
      return fixed(t('team.title'), t('team.intro'));
    case 'search':
      return fixed(t('search.title'), null);
    case 'notFound':
      return fixed(t('notFound.title'), null);
  }
}
