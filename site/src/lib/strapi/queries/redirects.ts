import type { LocaleCode } from '@zorgzone/config';
import { z } from 'zod';
import type { StrapiClient } from '../client';
import { linkEntry, media } from '../schemas';
import { linkPopulate } from './blocks';

/** An old path and where it leads: a link's destinations, or a file of the media library. */
export const redirectEntry = linkEntry.omit({ label: true }).extend({
  from: z.string(),
  permanent: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
  file: media,
});

export const redirectQuery = {
  fields: ['from', 'permanent', 'list', 'url'],
  populate: { ...linkPopulate.populate, file: { fields: ['url', 'mime', 'name'] } },
  sort: ['from:asc'],
};

/** The published redirects whose destination is in this locale. */
export function fetchRedirects(client: StrapiClient, locale: LocaleCode) {
  return client.getAll('/api/redirects', { ...redirectQuery, locale }, redirectEntry);
}
