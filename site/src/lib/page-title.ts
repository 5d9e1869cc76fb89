import { useTranslations } from '../i18n';
import type { SitePage } from './pages';
import type { LocaleContent } from './strapi/models';

/** A page's title and description, from its content or the locale's dictionary. */
export function pageTitle(
  page: SitePage,
  content: LocaleContent
): { title: string; description: string | null } {
  const t = useTranslations(page.route.locale);
  const { kind, slug } = page.route;
  // Each numbered page of a list gets its own title, as search results and tabs show it.
  const numbered = (title: string) =>
    page.route.page
      ? `${title} · ${t('pagination.titleSuffix', { page: page.route.page })}`
      : title;
  switch (kind) {
    case 'home':
      return {
        title: content.home?.title ?? content.settings.siteName,
        description: content.settings.tagline,
      };
    case 'workshops':
      return { title: numbered(t('workshops.title')), description: t('workshops.intro') };
    case 'workshop': {
      const workshop = content.workshops.find((entry) => entry.slug === slug);
      return { title: workshop?.title ?? '', description: workshop?.summary ?? null };
    }
    case 'themes':
      return { title: t('themes.title'), description: t('themes.intro') };
    case 'theme': {
      const theme = content.themes.find((entry) => entry.slug === slug);
      return { title: theme?.name ?? '', description: theme?.shortDescription ?? null };
    }
    case 'focusEditions':
      return { title: numbered(t('focus.title')), description: t('focus.intro') };
    case 'focusEdition': {
      const edition = content.focusEditions.find((entry) => entry.slug === slug);
      return {
        title: edition
          ? `${t('focus.edition', { edition: edition.edition })}: ${edition.title}`
          : '',
        description: edition?.summary ?? null,
      };
    }
    case 'team':
      return { title: t('team.title'), description: t('team.intro') };
    case 'search':
      return { title: t('search.title'), description: null };
    case 'notFound':
      return { title: t('notFound.title'), description: null };
  }
}
