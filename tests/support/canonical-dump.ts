import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { cmsDir } from '../../scripts/lib/paths.ts';

const STRIPPED = new Set(['id', 'createdAt', 'updatedAt']);

interface Schema {
  kind: 'collectionType' | 'singleType';
  info: { singularName: string; pluralName: string };
  attributes: Record<string, { type: string; component?: string }>;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Schema;
const contentTypes = readdirSync(path.join(cmsDir, 'src', 'api')).map((name) =>
  readJson(path.join(cmsDir, 'src', 'api', name, 'content-types', name, 'schema.json'))
);

/** What to populate so every component, relation and media field comes back, at any depth. */
function populateOf(attributes: Schema['attributes']): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'relation' || attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component') {
      const [category, component] = attribute.component!.split('.');
      const nested = populateOf(
        readJson(path.join(cmsDir, 'src', 'components', category!, `${component}.json`)).attributes
      );
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    }
  }
  return populate;
}

function queryOf(value: unknown, prefix: string): string[] {
  if (typeof value !== 'object' || value === null) return [`${prefix}=${String(value)}`];
  return Object.entries(value).flatMap(([key, nested]) => queryOf(nested, `${prefix}[${key}]`));
}

/**
 * Every version of every document (or of the given types, or of one document) as the API serves it, in a form that two installations holding
 * the same content share: ids and timestamps of rows dropped, related documents reduced to their
 * documentId, media files to their metadata and a hash of the bytes the CMS serves.
 */
export async function canonicalDump(
  cmsUrl: string,
  token: string,
  { types, documentId }: { types?: readonly string[]; documentId?: string } = {}
): Promise<Record<string, unknown>> {
  const canonical = async (value: unknown, nested: boolean): Promise<unknown> => {
    if (Array.isArray(value)) return Promise.all(value.map((item) => canonical(item, nested)));
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (nested && typeof record.documentId === 'string' && !('mime' in record))
      return record.documentId;
    const entries = Object.entries(record).filter(([key]) => !STRIPPED.has(key));
    const result: Record<string, unknown> = Object.fromEntries(
      await Promise.all(entries.map(async ([key, item]) => [key, await canonical(item, true)]))
    );
    if (typeof record.mime === 'string' && typeof record.url === 'string') {
      const file = await fetch(`${cmsUrl}${record.url}`);
      expect(file.status, record.url).toBe(200);
      result.bytes = createHash('sha256')
        .update(Buffer.from(await file.arrayBuffer()))
        .digest('hex');
    }
    return result;
  };

  const dump: Record<string, unknown> = {};
  for (const schema of contentTypes) {
    if (types && !types.includes(schema.info.singularName)) continue;
    const collection = schema.kind === 'collectionType';
    const populate = queryOf(populateOf(schema.attributes), 'populate').join('&');
    for (const locale of ['nl', 'fr']) {
      for (const status of ['draft', 'published']) {
        const list = collection
          ? `&sort=documentId&pagination[pageSize]=100${documentId ? `&filters[documentId][$eq]=${documentId}` : ''}`
          : '';
        const response = await fetch(
          `${cmsUrl}/api/${collection ? schema.info.pluralName : schema.info.singularName}` +
            `?locale=${locale}&status=${status}${list}&${populate}`,
          { headers: { authorization: `Bearer ${token}` } }
        );
        const body = (await response.json()) as {
          data: unknown;
          meta: { pagination?: { total: number } };
        };
        expect(response.status, JSON.stringify(body)).toBe(200);
        expect(body.meta.pagination?.total ?? 0).toBeLessThanOrEqual(100);
        dump[`${schema.info.singularName} ${locale} ${status}`] = await canonical(body.data, false);
      }
    }
  }
  return dump;
}
