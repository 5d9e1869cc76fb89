import { useContentTypeName } from '../content-type-name';
import { usePluginTexts } from '../plugin-texts';

/** The editors' home strings live under this prefix, beside Strapi's and the plugins' own. */
export const HOME_TEXTS_PREFIX = 'editors-home';

/** The home widgets' strings, instants in Brussels time, and a content type's name in the admin's language. */
export function useHomeTexts() {
  return { ...usePluginTexts(HOME_TEXTS_PREFIX), typeName: useContentTypeName() };
}
