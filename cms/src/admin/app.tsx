import type { StrapiApp } from '@strapi/strapi/admin';
import { fieldLabelTranslations } from '../content-manager/field-texts';
import zoneMark from './extensions/zone-mark.svg';
import { HOME_TEXTS_PREFIX } from './home/texts';
import { registerEditorsHome } from './home/widgets';
import homeEn from './home/translations/en.json';
import homeFr from './home/translations/fr.json';
import homeNl from './home/translations/nl.json';
import brandEn from './translations/en.json';
import brandFr from './translations/fr.json';
import brandNl from './translations/nl.json';
import { dismissStrapiAnnouncements, nameTheZoneInPageTitles } from './zone-brand';

const prefixed = (prefix: string, texts: Record<string, string>) =>
  Object.fromEntries(Object.entries(texts).map(([key, text]) => [`${prefix}.${key}`, text]));

/** Strapi's strings the zone words its own way, our field labels, and the editors' home. */
const texts = (
  language: 'en' | 'nl' | 'fr',
  brand: Record<string, string>,
  home: Record<string, string>
) => ({
  ...fieldLabelTranslations(language),
  ...brand,
  ...prefixed(HOME_TEXTS_PREFIX, home),
});

export default {
  config: {
    // English stays available as Strapi's own fallback; editors work in Dutch or French.
    locales: ['nl', 'fr'],
    auth: { logo: zoneMark },
    menu: { logo: zoneMark },
    // No call to GitHub for Strapi's release notes: the CMS's CSP allows its own origin only,
    // and upgrades are a developer's decision, not an editor's notification.
    notifications: { releases: false },
    tutorials: false,
    translations: {
      en: texts('en', brandEn, homeEn),
      nl: texts('nl', brandNl, homeNl),
      fr: texts('fr', brandFr, homeFr),
    },
  },
  register(app: StrapiApp) {
    registerEditorsHome(app);
  },
  bootstrap() {
    nameTheZoneInPageTitles();
    dismissStrapiAnnouncements();
  },
};
