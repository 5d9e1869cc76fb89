import type { LocaleCode } from '@zorgzone/config';
import type { StrapiClient } from '../client';
import { themeEntry } from '../schemas';

/** A theme's workshops and Focus editions come from those documents' own relations, not from here. */
export const themeQuery = {
  fields: ['locale', 'name', 'slug', 'shortDescription', 'description'],
  sort: ['name:asc'],
};

export function fetchThemes(client: StrapiClient, locale: LocaleCode) {
  return client.getAll('/api/themes', { ...themeQuery, locale }, themeEntry);
}
