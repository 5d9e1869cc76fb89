import type { FieldComparison } from './field-text';

/** What the content history API returns; the admin reads the same types. */

export type VersionAction =
  'create' | 'update' | 'publish' | 'unpublish' | 'discardDraft' | 'delete';
export type VersionOrigin = 'restoredVersion' | 'restoredFromBin' | 'scheduled';

/** One entry of a document's history, newest first in lists. */
export interface VersionSummary {
  id: number;
  action: VersionAction;
  origin: VersionOrigin | null;
  /** Whether the content is the draft or the published text after this change. */
  state: 'draft' | 'published';
  createdAt: string;
  authorName: string | null;
}

/** The latest change of one document's language, for the editors' home. */
export interface RecentChange extends VersionSummary {
  contentType: string;
  documentId: string;
  locale: string | null;
  /** Its title or name after the change; null for a type without one (the navigation). */
  title: string | null;
  /** Where an editor opens it; null once the document is deleted (the bin has it). */
  editPath: string | null;
}

/** The content a version holds, shaped as the Document Service takes it for a save. */
export type VersionContent = Record<string, unknown>;

/** Names of related documents ("documentId") and media files ("media:12") when the version was made. */
export type References = Record<string, string>;

export interface VersionDetail extends VersionSummary {
  contentType: string;
  documentId: string;
  locale: string | null;
  content: VersionContent;
  references: References;
}

/** What a version is compared with: the current draft, or the version before it. */
export type ComparedWith = 'current' | 'previous';

/**
 * A version next to another, also field by field as text: `before` is the version and `after`
 * the current draft; against the previous version, `before` is that one and `after` this one.
 */
export interface VersionComparison {
  version: VersionDetail;
  against: ComparedWith;
  /** The other side: the current draft, or the previous version; null when there is none. */
  current: { content: VersionContent; references: References } | null;
  fields: FieldComparison[];
}

/** A link, file or language a restore could not bring back, and why. */
export interface NotRestored {
  /** The field, as a path into the content ("blocks.2.page"). */
  field: string;
  /** What it pointed to, by name. */
  name: string;
  reason: 'deletedDocument' | 'missingTranslation' | 'deletedFile' | 'localeExists';
}

export interface RestoreResult {
  documentId: string;
  contentType: string;
  locales: string[];
  notRestored: NotRestored[];
  /** Where the admin edits the document, in the first restored language. */
  editPath: string;
}

export interface DeletedDocumentSummary {
  documentId: string;
  contentType: string;
  title: string | null;
  locales: string[];
  deletedAt: string;
  deletedByName: string | null;
  /** When the bin lets go of it for good. */
  expiresAt: string;
}

/** Who else has the document open, and saves made since this editor's form was loaded. */
export interface EditingStatus {
  others: { name: string; since: string }[];
  savedSince: VersionSummary[];
}
