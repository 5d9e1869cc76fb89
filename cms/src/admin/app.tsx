import { fieldLabelTranslations } from '../content-manager/field-texts';

export default {
  config: {
    // English stays available as Strapi's own fallback; editors work in Dutch or French.
    locales: ['nl', 'fr'],
    // No call to GitHub for Strapi's release notes: the CMS's CSP allows its own origin only,
    // and upgrades are a developer's decision, not an editor's notification.
    notifications: { releases: false },
    tutorials: false,
    translations: {
      en: fieldLabelTranslations('en'),
      nl: fieldLabelTranslations('nl'),
      fr: fieldLabelTranslations('fr'),
    },
  },
};
