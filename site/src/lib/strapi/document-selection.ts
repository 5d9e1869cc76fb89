import type { QueryValue } from './query-string';

/** One document in one state, for the draft preview; the build never asks for drafts. */
export interface DocumentSelection {
  readonly documentId: string;
  readonly status: 'draft' | 'published';
}

/** A collection query narrowed to one document and state, keeping the query's own filters. */
export function selectDocument<T extends Record<string, QueryValue>>(
  query: T,
  only?: DocumentSelection
): Record<string, QueryValue> {
  if (!only) return query;
  const filters = (query.filters ?? {}) as Record<string, QueryValue>;
  return {
    ...query,
    status: only.status,
    filters: { ...filters, documentId: { $eq: only.documentId } },
  };
}
