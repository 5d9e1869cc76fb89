import { createHash } from 'node:crypto';

/** Keys Strapi adds or renews on every save; they say nothing about the text. */
const VOLATILE = new Set([
  'id',
  'documentId',
  '__component',
  'createdAt',
  'updatedAt',
  'publishedAt',
]);

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !VOLATILE.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, child]) => [key, stable(child)])
    );
  }
  return value;
}

/** A fingerprint of a version's translatable content: equal text gives an equal hash. */
export function contentHash(fields: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify(stable(fields)))
    .digest('hex');
}
