import type { LocaleCode } from './locales.js';

/** Where on the site something was found: the menus, the home page, or one editor's page. */
export type WarningPlace =
  | { readonly kind: 'navigation' }
  | { readonly kind: 'home' }
  | { readonly kind: 'page'; readonly title: string; readonly documentId: string };

/** Facts the footer, the legal pages and the contact card show when an editor has filled them in. */
export type SiteFact =
  | 'organisationName'
  | 'legalForm'
  | 'registeredOffice'
  | 'enterpriseNumber'
  | 'legalEntitiesRegister'
  | 'contactEmail'
  | 'privacyStatement'
  | 'accessibilityStatement';

/**
 * What a site build left out or found missing, in one language: the site never shows a broken
 * link or an invented fact, so each of these is for an editor to mend. The build writes them into
 * its report; the CMS's Public site page shows them in the editor's language.
 */
export type SiteWarning =
  | {
      readonly code: 'linkLeftOut';
      readonly locale: LocaleCode;
      readonly place: WarningPlace;
      readonly label: string;
    }
  | {
      readonly code: 'blockLeftOut';
      readonly locale: LocaleCode;
      readonly place: WarningPlace;
      /** An image or file deleted from the media library, or a contact card with nothing to show. */
      readonly block: 'image' | 'fileDownload' | 'contactCard';
    }
  | {
      readonly code: 'pageLeftOut';
      readonly locale: LocaleCode;
      readonly title: string;
      readonly documentId: string;
      /** Another page, or one of the site's lists, already lives at its address. */
      readonly path: string;
    }
  | {
      readonly code: 'redirectLeftOut';
      readonly locale: LocaleCode;
      readonly from: string;
      readonly reason: 'noDestination' | 'pageLivesThere' | 'loop';
    }
  | { readonly code: 'missingFact'; readonly locale: LocaleCode; readonly fact: SiteFact }
  | {
      readonly code: 'statementNotReviewed';
      readonly locale: LocaleCode;
      readonly title: string;
      readonly documentId: string;
      /** The last review, if any: more than a year ago. */
      readonly reviewedOn: string | null;
    };
