import type { Core, UID } from '@strapi/strapi';
import {
  documentPath,
  pageSlugPaths,
  type ListedDocumentKind,
  type LocaleCode,
} from '@zorgzone/config';

/** The content types whose documents have a page of their own on the site. */
export const PAGE_KINDS: Readonly<Record<string, ListedDocumentKind | 'page'>> = {
  'api::page.page': 'page',
  'api::workshop.workshop': 'workshop',
  'api::theme.theme': 'theme',
  'api::focus-edition.focus-edition': 'focusEdition',
};

const PAGE_UID = 'api::page.page';

interface PageRow {
  documentId: string;
  slug: string;
  parent: { documentId: string } | null;
}

/**
 * Where each document of a type is on the published site in one language, by document id, as the
 * site computes it. Pages are all read, since a page's path depends on its parents'; other types
 * only `documentIds` when given.
 */
export async function sitePaths(
  strapi: Core.Strapi,
  uid: string,
  locale: LocaleCode,
  { documentIds }: { documentIds?: string[] } = {}
): Promise<Map<string, string>> {
  const kind = PAGE_KINDS[uid];
  if (!kind) return new Map();
  const where = {
    locale,
    publishedAt: { $notNull: true },
    ...(kind !== 'page' && documentIds ? { documentId: { $in: documentIds } } : {}),
  };
  if (kind === 'page') {
    const rows = (await strapi.db.query(PAGE_UID as UID.ContentType).findMany({
      where,
      select: ['documentId', 'slug'],
      populate: { parent: { select: ['documentId'] } },
    })) as PageRow[];
    const nodes = rows.map((row) => ({ ...row, parentId: row.parent?.documentId ?? null }));
    return new Map(
      [...pageSlugPaths(nodes)].map(([documentId, slugPath]) => [
        documentId,
        documentPath(locale, 'page', slugPath),
      ])
    );
  }
  const rows = (await strapi.db.query(uid as UID.ContentType).findMany({
    where,
    select: ['documentId', 'slug'],
  })) as { documentId: string; slug: string }[];
  return new Map(rows.map((row) => [row.documentId, documentPath(locale, kind, row.slug)]));
}
