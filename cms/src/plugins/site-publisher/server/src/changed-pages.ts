import type { Core } from '@strapi/strapi';
import { isLocaleCode } from '@zorgzone/config';
import { PAGE_KINDS, sitePaths } from '../../../../content/site-paths';
import type { BuildChange, BuildChanges } from '../../shared/build-reasons';

/** Changes after which the document may be on the site: not an unpublish or a delete. */
const PUBLISHING = new Set<BuildChange['action']>([
  'publish',
  'createPublished',
  'updatePublished',
]);

/**
 * A build's changes with the site path of each changed document that is published as the build
 * starts, as the site computes it (cms/src/content/site-paths.ts). A document unpublished again
 * in the same batch gets none, so its link never leads to a missing page.
 */
export async function withChangedPages(
  strapi: Core.Strapi,
  changes: BuildChanges
): Promise<BuildChanges> {
  const wanted = new Map<string, { uid: string; locale: string; documentIds: Set<string> }>();
  for (const item of changes.items) {
    const { contentType: uid, locale, documentId } = item;
    if (!PUBLISHING.has(item.action) || !uid || !PAGE_KINDS[uid] || !documentId) continue;
    if (!isLocaleCode(locale)) continue;
    const key = `${uid} ${locale}`;
    const entry = wanted.get(key) ?? { uid, locale, documentIds: new Set<string>() };
    entry.documentIds.add(documentId);
    wanted.set(key, entry);
  }
  if (wanted.size === 0) return changes;
  const paths = new Map<string, string>();
  for (const [key, { uid, locale, documentIds }] of wanted) {
    if (!isLocaleCode(locale)) continue;
    const found = await sitePaths(strapi, uid, locale, { documentIds: [...documentIds] });
    for (const [documentId, path] of found) paths.set(`${key} ${documentId}`, path);
  }
  return {
    ...changes,
    items: changes.items.map((item) => {
      const path = paths.get(`${item.contentType} ${item.locale} ${item.documentId}`);
      return path && PUBLISHING.has(item.action) ? { ...item, path } : item;
    }),
  };
}
