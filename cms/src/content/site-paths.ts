import type { Core, UID } from '@strapi/strapi';
import { documentPath, type ListedDocumentKind, type LocaleCode } from '@zorgzone/config';

/** The content types whose documents have a page of their own on the site. */
export const PAGE_KINDS: Readonly<Record<string, ListedDocumentKind | 'page'>> = {
  'api::page.page': 'page',
  'api::workshop.workshop': 'workshop',
  'api::theme.theme': 'theme',
  'api::focus-edition.focus-edition': 'focusEdition',
};

const PAGE_UID = 'api::page.page';

/** The most levels of pages under pages; deeper nesting helps no visitor. */
export const MAX_PAGE_DEPTH = 5;

interface PageRow {
  documentId: string;
  slug: string;
  parent: { documentId: string } | null;
}

/**
 * Every page's path under its parents in one state, by document id: `over-ons/werking`. A page
 * whose parents go round in a circle, or nest deeper than MAX_PAGE_DEPTH, has none.
 */
export function pageSlugPaths(rows: readonly PageRow[]): Map<string, string> {
  const byId = new Map(rows.map((row) => [row.documentId, row]));
  const paths = new Map<string, string>();
  for (const row of rows) {
    const slugs: string[] = [];
    const seen = new Set<string>();
    let current: PageRow | undefined = row;
    while (current && !seen.has(current.documentId) && slugs.length <= MAX_PAGE_DEPTH) {
      seen.add(current.documentId);
      slugs.unshift(current.slug);
      current = current.parent ? byId.get(current.parent.documentId) : undefined;
    }
    if (current === undefined && slugs.length <= MAX_PAGE_DEPTH)
      paths.set(row.documentId, slugs.join('/'));
  }
  return paths;
}

/**
 * Where each document of a type is on the site in one language, by document id: its published
 * version's path (or its draft's, for `status: 'draft'`). Pages are all read, since a page's path
 * depends on its parents'; other types only `documentIds` when given.
 */
export async function sitePaths(
  strapi: Core.Strapi,
  uid: string,
  locale: LocaleCode,
  { status = 'published', documentIds }: { status?: 'published' | 'draft'; documentIds?: string[] } = {}
): Promise<Map<string, string>> {
  const kind = PAGE_KINDS[uid];
  if (!kind) return new Map();
  const where = {
    locale,
    publishedAt: status === 'published' ? { $notNull: true } : { $null: true },
    ...(kind !== 'page' && documentIds ? { documentId: { $in: documentIds } } : {}),
  };
  if (kind === 'page') {
    const rows = (await strapi.db.query(PAGE_UID as UID.ContentType).findMany({
      where,
      select: ['documentId', 'slug'],
      populate: { parent: { select: ['documentId'] } },
    })) as PageRow[];
    return new Map(
      [...pageSlugPaths(rows)].map(([documentId, slugPath]) => [
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
