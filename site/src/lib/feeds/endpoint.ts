import { isLocaleCode, locales, type LocaleCode } from '@zorgzone/config';
import { useTranslations, type Translate } from '../../i18n';
import { siteContent } from '../strapi/content';
import type { LocaleContent } from '../strapi/models';
import { siteBase } from '../site-url';

/** One feed per locale: the static paths of `[lang]/…` feed endpoints. */
export function localeFeedPaths() {
  return locales.map((locale) => ({ params: { lang: locale.code } }));
}

export interface FeedContext {
  readonly locale: LocaleCode;
  readonly base: URL;
  readonly content: LocaleContent;
  readonly t: Translate;
}

/** What a feed endpoint renders from, or null for a path that names no locale. */
export async function feedContext(
  lang: string | undefined,
  site: URL | undefined
): Promise<FeedContext | null> {
  if (!isLocaleCode(lang)) return null;
  return {
    locale: lang,
    base: siteBase(site),
    content: (await siteContent())[lang],
    t: useTranslations(lang),
  };
}
