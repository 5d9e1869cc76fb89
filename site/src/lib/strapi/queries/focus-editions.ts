import type { LocaleCode } from '@zorgzone/config';
import type { StrapiClient } from '../client';
import { focusEditionEntry } from '../schemas';

export const focusEditionQuery = {
  fields: [
    'locale',
    'edition',
    'title',
    'slug',
    'summary',
    'editionStatus',
    'publicationDate',
    'url',
  ],
  populate: {
    pdf: { fields: ['url', 'mime'] },
    themes: { fields: ['name', 'slug'] },
    webinar: true,
  },
  sort: ['edition:desc'],
};

export function fetchFocusEditions(client: StrapiClient, locale: LocaleCode) {
  return client.getAll('/api/focus-editions', { ...focusEditionQuery, locale }, focusEditionEntry);
}
