import type { LocaleCode } from '@zorgzone/config';
import type { StrapiClient } from '../client';
import { selectDocument, type DocumentSelection } from '../document-selection';
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

export function fetchFocusEditions(
  client: StrapiClient,
  locale: LocaleCode,
  only?: DocumentSelection
) {
  return client.getAll(
    '/api/focus-editions',
    { ...selectDocument(focusEditionQuery, only), locale },
    focusEditionEntry
  );
}
