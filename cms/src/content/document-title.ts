/** The fields editors know a document by, in order: a page's title, a theme's name, a redirect's old address. */
const TITLE_FIELDS = ['title', 'name', 'from'] as const;

/** How an editor knows a document in one language, or null for one without such a field. */
export function documentTitle(record: Readonly<Record<string, unknown>>): string | null {
  for (const field of TITLE_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}
