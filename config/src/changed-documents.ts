/**
 * A document the CMS's site-publisher saw change since the last site build. The publisher hands
 * the list to the build (SITE_CHANGED_DOCUMENTS), which reads those documents again.
 */
export interface ChangedDocument {
  /** The content type's uid: `api::workshop.workshop`. */
  readonly contentType: string;
  readonly documentId: string | null;
  /** The language that changed; null for every language (a delete, an unlocalized type). */
  readonly locale: string | null;
}

/**
 * Past this many, a build reads everything again rather than asking for each document: a burst
 * of publications (an import, a bulk action) is cheaper to read whole.
 */
export const MAX_CHANGED_DOCUMENTS = 200;
