import type { LocaleCode } from '@zorgzone/config';
import type { StrapiClient } from '../client';
import { selectDocument, type DocumentSelection } from '../document-selection';
import { themeEntry } from '../schemas';

/** A theme's workshops and Focus editions come from those documents' own relations, not from here. */
export const themeQuery = {
  fields: ['locale', 'name', 'slug', 'shortDescription', 'description'],
  sort: ['name:asc'],
};

export function fetchThemes(client: StrapiClient, locale: LocaleCode, only?: DocumentSelection) {
  return client.getAll('/api/themes', { ...selectDocument(themeQuery, only), locale }, themeEntry);
}
