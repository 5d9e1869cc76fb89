import type { LocaleCode } from '@zorgzone/config';
import { z } from 'zod';
import type { StrapiClient } from '../client';
import { selectDocument, type DocumentSelection } from '../document-selection';
import { documentRef, optionalText, seoEntry } from '../schemas';
import { blocksPopulate, pageBlocks } from './blocks';

export const pageEntry = z.object({
  documentId: z.string(),
  locale: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: optionalText,
  position: z
    .number()
    .nullish()
    .transform((value) => value ?? 0),
  reviewedOn: optionalText,
  updatedAt: z.string(),
  parent: documentRef,
  blocks: pageBlocks,
  seo: seoEntry,
});

export const pageQuery = {
  fields: ['locale', 'title', 'slug', 'summary', 'position', 'reviewedOn', 'updatedAt'],
  populate: {
    parent: { fields: ['documentId'] },
    blocks: blocksPopulate,
    seo: { populate: { socialImage: { fields: ['url', 'width', 'height', 'mime', 'name'] } } },
  },
  sort: ['position:asc', 'title:asc'],
};

/** All published pages of a locale, in the order editors gave them. */
export function fetchPages(client: StrapiClient, locale: LocaleCode, only?: DocumentSelection) {
  return client.getAll('/api/pages', { ...selectDocument(pageQuery, only), locale }, pageEntry);
}
