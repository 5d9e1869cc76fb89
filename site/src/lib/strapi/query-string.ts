/** A Strapi query as nested objects and arrays, the shape Strapi's docs write them in. */
export type QueryValue =
  string | number | boolean | readonly QueryValue[] | { readonly [key: string]: QueryValue };

/**
 * Encodes a nested query the way Strapi's `qs` parser reads it:
 * `{ populate: { themes: { fields: ['name'] } } }` → `populate[themes][fields][0]=name`.
 */
export function toQueryString(query: Record<string, QueryValue>): string {
  const pairs: string[] = [];
  const walk = (prefix: string, value: QueryValue) => {
    if (Array.isArray(value)) {
      value.forEach((item: QueryValue, index) => walk(`${prefix}[${index}]`, item));
    } else if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(`${prefix}[${key}]`, child);
    } else {
      pairs.push(
        `${encodeURIComponent(prefix).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`
      );
    }
  };
  for (const [key, value] of Object.entries(query)) walk(key, value);
  return pairs.join('&');
}
