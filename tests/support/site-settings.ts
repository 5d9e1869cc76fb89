import type { SiteSettings } from '../../site/src/lib/strapi/models.ts';

/** Site settings as the data layer parses them, with nothing filled in but what a test gives. */
export function siteSettings(given: Partial<SiteSettings> = {}): SiteSettings {
  return {
    siteName: 'Zorgzone Zuid',
    tagline: null,
    organisationName: null,
    legalForm: null,
    registeredOffice: null,
    enterpriseNumber: null,
    legalEntitiesRegister: null,
    contactEmail: null,
    contactPhone: null,
    address: null,
    footerLines: [],
    privacyStatement: null,
    accessibilityStatement: null,
    ...given,
  };
}
