import type { LocaleCode } from '@zorgzone/config';
import type { StrapiClient } from '../client';
import { selectDocument, type DocumentSelection } from '../document-selection';
import { teamMemberEntry } from '../schemas';

export const teamQuery = {
  fields: ['locale', 'name', 'role', 'photoAlt', 'bio', 'displayOrder', 'active'],
  populate: { photo: { fields: ['url', 'width', 'height'] } },
  filters: { active: { $eq: true } },
  sort: ['displayOrder:asc', 'name:asc'],
};

export function fetchTeam(client: StrapiClient, locale: LocaleCode, only?: DocumentSelection) {
  return client.getAll(
    '/api/team-members',
    { ...selectDocument(teamQuery, only), locale },
    teamMemberEntry
  );
}
