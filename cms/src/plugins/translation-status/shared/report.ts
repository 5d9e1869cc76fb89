/** The translation report's shape, shared by the server that builds it and the admin page that shows it. */
export type TranslationState = 'missing' | 'draft' | 'modified' | 'published' | 'outdated';

export interface ReportRow {
  contentType: string;
  kind: 'collectionType' | 'singleType';
  documentId: string;
  title: string;
  states: Record<string, TranslationState>;
}
