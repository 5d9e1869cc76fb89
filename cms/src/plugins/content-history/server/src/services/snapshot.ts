import type { Core, UID } from '@strapi/strapi';
import { documentTitle } from '../../../../../content/document-title';
import { valueText } from '../../../shared/field-text';
import type { NotRestored, References, VersionContent } from '../../../shared/types';

type Data = Record<string, unknown>;

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  multiple?: boolean;
  component?: string;
  repeatable?: boolean;
}

/** Kept by Strapi itself, or derived: a restore must not write them. */
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'locale',
  'localizations',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
]);

export interface SnapshotOptions {
  /**
   * Whether to keep relations another type owns (a theme's workshops): a version leaves them to
   * the documents that own them, a deleted document takes them to the bin so its links come back.
   */
  readonly inverse: boolean;
}

export interface Snapshot {
  content: VersionContent;
  references: References;
}

/** How an editor knows a related document by name. */
function labelOf(record: Data): string {
  const slug = typeof record.slug === 'string' && record.slug !== '' ? record.slug : null;
  return documentTitle(record) ?? slug ?? String(record.documentId ?? record.id ?? '');
}

const attributesOf = (strapi: Core.Strapi, uid: string) =>
  (uid.includes('::')
    ? strapi.contentType(uid as UID.ContentType).attributes
    : strapi.components[uid as UID.Component]!.attributes) as Record<string, Attribute>;

/**
 * A populated document as a save would write it: components and dynamic zones in full, related
 * documents by documentId, media by id. Names of what it points to go to `references`.
 */
export function snapshotOf(
  strapi: Core.Strapi,
  uid: string,
  document: Data,
  options: SnapshotOptions
): Snapshot {
  const references: References = {};
  const fieldsOf = (schemaUid: string, record: Data): Data => {
    const result: Data = {};
    for (const [name, attribute] of Object.entries(attributesOf(strapi, schemaUid))) {
      if (SYSTEM_FIELDS.has(name) || !(name in record)) continue;
      const value = record[name];
      if (attribute.type === 'relation') {
        if (attribute.mappedBy && !options.inverse) continue;
        const related = (Array.isArray(value) ? value : value ? [value] : []) as Data[];
        for (const item of related) references[String(item.documentId)] = labelOf(item);
        const ids = related.map((item) => String(item.documentId));
        result[name] = attribute.relation?.endsWith('ToMany') ? ids : (ids[0] ?? null);
      } else if (attribute.type === 'media') {
        const files = (Array.isArray(value) ? value : value ? [value] : []) as Data[];
        for (const file of files) references[`media:${String(file.id)}`] = labelOf(file);
        const ids = files.map((file) => Number(file.id));
        result[name] = attribute.multiple ? ids : (ids[0] ?? null);
      } else if (attribute.type === 'component') {
        const component = attribute.component!;
        result[name] = attribute.repeatable
          ? ((value as Data[] | null) ?? []).map((item) => fieldsOf(component, item))
          : value
            ? fieldsOf(component, value as Data)
            : null;
      } else if (attribute.type === 'dynamiczone') {
        result[name] = ((value as Data[] | null) ?? []).map((item) => ({
          __component: item.__component,
          ...fieldsOf(String(item.__component), item),
        }));
      } else {
        result[name] = value ?? null;
      }
    }
    return result;
  };
  return { content: fieldsOf(uid, document), references };
}

/** Whether documents of the type exist per language, so a link names its language. */
const isLocalized = (strapi: Core.Strapi, uid: string) =>
  (strapi.contentType(uid as UID.ContentType).pluginOptions as { i18n?: { localized?: boolean } })
    ?.i18n?.localized === true;

/**
 * The Document Service data that writes a snapshot back in the given language. What no longer
 * exists (a deleted document, a link's missing translation, a deleted file) is left out and
 * listed in `notRestored`, so the rest still comes back.
 */
export async function restorableData(
  strapi: Core.Strapi,
  uid: string,
  snapshot: Snapshot,
  locale: string | null
): Promise<{ data: Data; notRestored: NotRestored[] }> {
  const notRestored: NotRestored[] = [];
  const nameOf = (key: string) => snapshot.references[key] ?? key;

  const existingDocuments = async (target: string, ids: string[]) => {
    if (ids.length === 0) return { present: new Set<string>(), translated: new Set<string>() };
    const rows = (await strapi.db.query(target as UID.ContentType).findMany({
      where: { documentId: { $in: ids }, publishedAt: null },
      select: ['documentId', 'locale'],
    })) as { documentId: string; locale?: string }[];
    const localized = isLocalized(strapi, target) && locale !== null;
    return {
      present: new Set(rows.map((row) => row.documentId)),
      translated: new Set(
        rows.filter((row) => !localized || row.locale === locale).map((row) => row.documentId)
      ),
    };
  };

  const dataOf = async (schemaUid: string, record: Data, path: string): Promise<Data> => {
    const result: Data = {};
    for (const [name, attribute] of Object.entries(attributesOf(strapi, schemaUid))) {
      if (!(name in record)) continue;
      const value = record[name];
      const field = path ? `${path}.${name}` : name;
      if (attribute.type === 'relation') {
        const ids = (Array.isArray(value) ? value : value ? [value] : []) as string[];
        const { present, translated } = await existingDocuments(attribute.target!, ids);
        for (const id of ids) {
          if (!present.has(id))
            notRestored.push({ field, name: nameOf(id), reason: 'deletedDocument' });
          else if (!translated.has(id))
            notRestored.push({ field, name: nameOf(id), reason: 'missingTranslation' });
        }
        const localized = isLocalized(strapi, attribute.target!) && locale !== null;
        result[name] = {
          set: ids
            .filter((id) => translated.has(id))
            .map((documentId) => (localized ? { documentId, locale } : { documentId })),
        };
      } else if (attribute.type === 'media') {
        const ids = (Array.isArray(value) ? value : value ? [value] : []) as number[];
        const files = ids.length
          ? ((await strapi.db.query('plugin::upload.file').findMany({
              where: { id: { $in: ids } },
              select: ['id'],
            })) as { id: number }[])
          : [];
        const kept = new Set(files.map((file) => file.id));
        for (const id of ids.filter((candidate) => !kept.has(candidate)))
          notRestored.push({ field, name: nameOf(`media:${id}`), reason: 'deletedFile' });
        const present = ids.filter((id) => kept.has(id));
        result[name] = attribute.multiple ? present : (present[0] ?? null);
      } else if (attribute.type === 'component') {
        const component = attribute.component!;
        if (attribute.repeatable) {
          const items = (value as Data[] | null) ?? [];
          result[name] = await Promise.all(
            items.map((item, index) => dataOf(component, item, `${field}.${index}`))
          );
        } else {
          result[name] = value ? await dataOf(component, value as Data, field) : null;
        }
      } else if (attribute.type === 'dynamiczone') {
        const items = (value as Data[] | null) ?? [];
        result[name] = await Promise.all(
          items.map(async (item, index) => ({
            __component: item.__component,
            ...(await dataOf(String(item.__component), item, `${field}.${index}`)),
          }))
        );
      } else {
        result[name] = value;
      }
    }
    return result;
  };

  return { data: await dataOf(uid, snapshot.content, ''), notRestored };
}

/** A snapshot as an editor reads it, one text per top-level field (see shared/field-text.ts). */
export function snapshotAsText(
  strapi: Core.Strapi,
  uid: string,
  snapshot: Snapshot
): Record<string, string> {
  const nameOf = (key: string) => snapshot.references[key] ?? key;
  const textOf = (schemaUid: string, record: Data): Record<string, string> => {
    const texts: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(attributesOf(strapi, schemaUid))) {
      if (!(name in record)) continue;
      const value = record[name];
      if (attribute.type === 'relation') {
        const ids = (Array.isArray(value) ? value : value ? [value] : []) as string[];
        texts[name] = ids.map(nameOf).join('\n');
      } else if (attribute.type === 'media') {
        const ids = (Array.isArray(value) ? value : value ? [value] : []) as number[];
        texts[name] = ids.map((id) => nameOf(`media:${id}`)).join('\n');
      } else if (attribute.type === 'component' || attribute.type === 'dynamiczone') {
        const items = (Array.isArray(value) ? value : value ? [value] : []) as Data[];
        texts[name] = items
          .map((item) =>
            Object.values(
              textOf(
                attribute.type === 'component' ? attribute.component! : String(item.__component),
                item
              )
            )
              .filter(Boolean)
              .join(' · ')
          )
          .join('\n');
      } else {
        texts[name] = valueText(value);
      }
    }
    return texts;
  };
  return textOf(uid, snapshot.content);
}
