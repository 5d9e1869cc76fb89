import type { LocaleCode } from '@zorgzone/config';
import { z } from 'zod';
import type { StrapiClient } from '../client';
import { documentRef, listTarget, media, optionalText } from '../schemas';

export const redirectEntry = z.object({
  from: z.string(),
  permanent: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
  page: documentRef,
  workshop: documentRef,
  theme: documentRef,
  focusEdition: documentRef,
  list: listTarget,
  url: optionalText,
  file: media,
});

export const redirectQuery = {
  fields: ['from', 'permanent', 'list', 'url'],
  populate: {
    page: { fields: ['documentId'] },
    workshop: { fields: ['documentId'] },
    theme: { fields: ['documentId'] },
    focusEdition: { fields: ['documentId'] },
    file: { fields: ['url', 'mime', 'name'] },
  },
  sort: ['from:asc'],
};

/** The published redirects whose destination is in this locale. */
export function fetchRedirects(client: StrapiClient, locale: LocaleCode) {
  return client.getAll('/api/redirects', { ...redirectQuery, locale }, redirectEntry);
}
