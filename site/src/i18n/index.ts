import type { LocaleCode } from '@zorgzone/config';
import fr from './fr.json';
import nl from './nl.json';

/** Every UI string's key; Dutch is the reference the other dictionary must match. */
export type MessageKey = keyof typeof nl;

export const dictionaries: Record<LocaleCode, Record<MessageKey, string>> = { nl, fr };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The UI strings of a locale, with `{name}` placeholders filled in. */
export function useTranslations(locale: LocaleCode): Translate {
  const dictionary = dictionaries[locale];
  return (key, values = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : match
    );
}
