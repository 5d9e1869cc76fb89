import { useIntl } from 'react-intl';
import { contentTypeNames } from '../content-manager/field-texts';

/** A site type's name as the admin's menu shows it, in the admin's language, never its uid. */
export function useContentTypeName(): (uid: string) => string {
  const { locale } = useIntl();
  const language = locale.split('-')[0] as 'en' | 'nl' | 'fr';
  return (uid) =>
    contentTypeNames[uid as keyof typeof contentTypeNames]?.label[language] ??
    contentTypeNames[uid as keyof typeof contentTypeNames]?.label.en ??
    '';
}
