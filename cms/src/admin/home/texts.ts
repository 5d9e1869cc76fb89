import { contentTypeNames } from '../../content-manager/field-texts';
import { usePluginTexts } from '../plugin-texts';

/** The editors' home strings live under this prefix, beside Strapi's and the plugins' own. */
export const HOME_TEXTS_PREFIX = 'editors-home';

/** The home widgets' strings, instants in Brussels time, and a content type's name in the admin's language. */
export function useHomeTexts() {
  const texts = usePluginTexts(HOME_TEXTS_PREFIX);
  const language = texts.intl.locale.split('-')[0] as 'en' | 'nl' | 'fr';
  const typeName = (uid: string) =>
    contentTypeNames[uid as keyof typeof contentTypeNames]?.label[language] ?? '';
  return { ...texts, typeName };
}
