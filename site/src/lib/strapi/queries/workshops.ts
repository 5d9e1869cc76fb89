import type { LocaleCode } from '@zorgzone/config';
import type { StrapiClient } from '../client';
import { selectDocument, type DocumentSelection } from '../document-selection';
import { workshopEntry } from '../schemas';

const themeFields = { fields: ['name', 'slug'] };

export const workshopQuery = {
  fields: [
    'locale',
    'number',
    'title',
    'slug',
    'date',
    'startTime',
    'endTime',
    'venue',
    'summary',
    'participants',
    'participantCount',
    'presentationUrl',
    'updatedAt',
  ],
  populate: {
    programme: true,
    agendaTopics: true,
    roundTables: { populate: { themes: themeFields } },
    resources: true,
    themes: themeFields,
    teamMembers: { fields: ['name'] },
    presentationFile: { fields: ['url', 'mime'] },
  },
  sort: ['date:desc', 'number:desc'],
};

/** All published workshops of a locale, newest first. */
export function fetchWorkshops(client: StrapiClient, locale: LocaleCode, only?: DocumentSelection) {
  return client.getAll(
    '/api/workshops',
    { ...selectDocument(workshopQuery, only), locale },
    workshopEntry
  );
}
