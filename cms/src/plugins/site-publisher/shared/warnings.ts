/**
 * What the Public site page says about a build's warnings, shared by the server that stores
 * them and the admin page that shows them. Pure, so that every warning's sentence and link can
 * be checked without the admin.
 */
import { locales, type SiteWarning, type WarningPlace } from '@zorgzone/config';

export type { SiteWarning };

/** The latest successful build's warnings, as `GET /site-publisher/status` returns them. */
export interface Attention {
  buildId: number;
  finishedAt: string;
  warnings: SiteWarning[];
}

/** A message value: text as it is, or a calendar date (YYYY-MM-DD) for the page to format. */
export type WarningValue = string | { readonly date: string };

/** A link to the place where an editor mends a warning, with its label's message. */
export interface WarningFix {
  /** Message key of the link's text, without the plugin id. */
  readonly key: string;
  readonly values: Readonly<Record<string, string>>;
  /** A path inside the admin, in the warning's language. */
  readonly to: string;
}

/** One warning as the page shows it: a sentence, and the links that lead to its remedy. */
export interface WarningMessage {
  /** Message key, without the plugin id. */
  readonly key: string;
  readonly values: Readonly<Record<string, WarningValue>>;
  readonly fixes: readonly WarningFix[];
}

const singleType = (uid: string, locale: string) =>
  `/content-manager/single-types/${uid}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
const collectionType = (uid: string, locale: string, documentId?: string) =>
  `/content-manager/collection-types/${uid}${documentId ? `/${encodeURIComponent(documentId)}` : ''}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

const siteSettings = (locale: string): WarningFix => ({
  key: 'fix.siteSettings',
  values: {},
  to: singleType('api::site-setting.site-setting', locale),
});

const pageFix = (title: string, documentId: string, locale: string): WarningFix => ({
  key: 'fix.page',
  values: { title },
  to: collectionType('api::page.page', locale, documentId),
});

/** Where an editor mends what was found in one place: the menus, the home page or a page. */
function placeFix(place: WarningPlace, locale: string): WarningFix {
  switch (place.kind) {
    case 'navigation':
      return {
        key: 'fix.navigation',
        values: {},
        to: singleType('api::navigation.navigation', locale),
      };
    case 'home':
      return { key: 'fix.home', values: {}, to: singleType('api::home-page.home-page', locale) };
    case 'page':
      return pageFix(place.title, place.documentId, locale);
  }
}

/** The values a sentence about a place needs: its kind for the message's `select`, and a title. */
const placeValues = (place: WarningPlace) => ({
  place: place.kind,
  title: place.kind === 'page' ? place.title : '',
});

/**
 * The sentence and the links for one warning. A build's report is data from another program,
 * which may be newer than this admin: a code it does not know still gets a sentence.
 */
export function describeWarning(warning: SiteWarning): WarningMessage {
  const { locale } = warning;
  switch (warning.code) {
    case 'missingFact':
      return {
        key: `warning.missingFact.${warning.fact}`,
        values: {},
        fixes: [siteSettings(locale)],
      };
    case 'linkLeftOut':
      return {
        key: 'warning.linkLeftOut',
        values: { ...placeValues(warning.place), label: warning.label },
        fixes: [placeFix(warning.place, locale)],
      };
    case 'blockLeftOut':
      return {
        key: `warning.blockLeftOut.${warning.block}`,
        values: placeValues(warning.place),
        fixes:
          warning.block === 'contactCard'
            ? [placeFix(warning.place, locale), siteSettings(locale)]
            : [placeFix(warning.place, locale)],
      };
    case 'pageLeftOut':
      return {
        key: 'warning.pageLeftOut',
        values: { title: warning.title, path: warning.path },
        fixes: [pageFix(warning.title, warning.documentId, locale)],
      };
    case 'redirectLeftOut':
      return {
        key: `warning.redirectLeftOut.${warning.reason}`,
        values: { from: warning.from },
        fixes: [
          {
            key: 'fix.redirects',
            values: {},
            to: collectionType('api::redirect.redirect', locale),
          },
        ],
      };
    case 'statementNotReviewed':
      return {
        key: warning.reviewedOn
          ? 'warning.statementNotReviewed'
          : 'warning.statementNotReviewed.never',
        values: warning.reviewedOn
          ? { title: warning.title, date: { date: warning.reviewedOn } }
          : { title: warning.title },
        fixes: [pageFix(warning.title, warning.documentId, locale)],
      };
    default:
      return {
        key: 'warning.unknown',
        values: { code: String((warning as { code: unknown }).code) },
        fixes: [],
      };
  }
}

/** Warnings of one language, under the language's own name. */
export interface WarningGroup {
  readonly locale: string;
  readonly name: string;
  readonly warnings: readonly SiteWarning[];
}

/** Warnings grouped by language, in the platform's order of languages, then any others by code. */
export function groupByLocale(warnings: readonly SiteWarning[]): WarningGroup[] {
  const known: readonly string[] = locales.map((locale) => locale.code);
  const codes = [...new Set(warnings.map((warning) => warning.locale as string))].sort(
    (a, b) => rank(known, a) - rank(known, b) || a.localeCompare(b)
  );
  return codes.map((code) => ({
    locale: code,
    name: locales.find((locale) => locale.code === code)?.name ?? code.toUpperCase(),
    warnings: warnings.filter((warning) => warning.locale === code),
  }));
}

const rank = (known: readonly string[], code: string) =>
  known.includes(code) ? known.indexOf(code) : known.length;
