/** A language the platform publishes in. */
export interface Locale {
  /** Strapi's locale code, also the first path segment of the site. */
  readonly code: 'nl' | 'fr';
  /** BCP 47 tag for `<html lang>`, `hreflang` and date formatting (Brussels variants). */
  readonly tag: 'nl-BE' | 'fr-BE';
  /** The language's name in itself, as a language switcher shows it. */
  readonly name: string;
}

export const locales = [
  { code: 'nl', tag: 'nl-BE', name: 'Nederlands' },
  { code: 'fr', tag: 'fr-BE', name: 'Français' },
] as const satisfies readonly Locale[];

export type LocaleCode = Locale['code'];

/** Dutch comes first: the organisation's reports are written in Dutch and translated to French. */
export const defaultLocale: LocaleCode = 'nl';

export const localeCodes: readonly LocaleCode[] = locales.map((locale) => locale.code);

/** Whether a string (a query parameter, a path segment) names one of our locales. */
export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

/** The locale with this code; throws for an unknown code so that typos fail loudly. */
export function getLocale(code: string): Locale {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale)
    throw new Error(`Unknown locale "${code}"; expected one of ${localeCodes.join(', ')}`);
  return locale;
}
