import { fieldLabelTranslations } from '../content-manager/field-texts';

export default {
  config: {
    // English stays available as Strapi's own fallback; editors work in Dutch or French.
    locales: ['nl', 'fr'],
    translations: {
      en: fieldLabelTranslations('en'),
      nl: fieldLabelTranslations('nl'),
      fr: fieldLabelTranslations('fr'),
    },
  },
};
