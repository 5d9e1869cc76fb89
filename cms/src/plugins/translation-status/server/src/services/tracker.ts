import type { Core, UID } from '@strapi/strapi';
import type { ReportRow, TranslationState } from '../../../shared/report';
import { deepPopulate } from '../../../../../content/deep-populate';
import { contentHash } from './content-hash';

const ALIGNMENT = 'plugin::translation-status.alignment';
const TITLE_FIELDS = ['title', 'name', 'siteName'];

interface Attribute {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

interface Row {
  documentId: string;
  locale: string;
  publishedAt: string | null;
  updatedAt: string;
  [field: string]: unknown;
}

const tracker = ({ strapi }: { strapi: Core.Strapi }) => {
  const locales = async () =>
    ((await strapi.plugin('i18n').service('locales').find()) as { code: string }[]).map(
      (locale) => locale.code
    );

  /**
   * Our localized content types, and which of their fields carry text to translate. A type can
   * opt out with `pluginOptions['translation-status'].tracked: false` (a redirect is per language
   * by nature: its other language is not a missing translation).
   */
  const translatable = () =>
    Object.values(strapi.contentTypes)
      .filter((type) => {
        const options = type.pluginOptions as
          | { i18n?: { localized?: boolean }; 'translation-status'?: { tracked?: boolean } }
          | undefined;
        return (
          type.uid.startsWith('api::') &&
          options?.i18n?.localized &&
          options['translation-status']?.tracked !== false
        );
      })
      .map((type) => {
        const attributes = type.attributes as Record<string, Attribute>;
        const fields = Object.keys(attributes).filter(
          (name) =>
            attributes[name]!.pluginOptions?.i18n?.localized &&
            attributes[name]!.type !== 'relation'
        );
        return { uid: type.uid as UID.ContentType, kind: type.kind, fields, attributes };
      });

  const typeOf = (uid: string) => translatable().find((type) => type.uid === uid);

  /** The hash of one language's draft (what translators work from), or null when it does not exist. */
  const versionHash = async (
    uid: UID.ContentType,
    documentId: string,
    locale: string
  ): Promise<string | null> => {
    const type = typeOf(uid);
    if (!type) return null;
    // Every nested component counts, a question inside a block too; links to other documents
    // do not: each language links its own versions of them.
    const everything = deepPopulate(strapi, uid, { relations: false });
    const populate = Object.fromEntries(
      type.fields.filter((name) => name in everything).map((name) => [name, everything[name]])
    );
    const version = (await strapi
      .documents(uid)
      .findOne({ documentId, locale, status: 'draft', populate } as never)) as Record<
      string,
      unknown
    > | null;
    if (!version) return null;
    return contentHash(
      Object.fromEntries(type.fields.map((name) => [name, version[name] ?? null]))
    );
  };

  const alignment = (contentType: string, document: string, locale: string, sourceLocale: string) =>
    strapi.db
      .query(ALIGNMENT)
      .findOne({ where: { contentType, document, locale, sourceLocale } }) as Promise<{
      id: number;
      sourceHash: string;
    } | null>;

  const align = async (
    contentType: string,
    document: string,
    locale: string,
    sourceLocale: string,
    sourceHash: string
  ) => {
    const existing = await alignment(contentType, document, locale, sourceLocale);
    if (existing)
      await strapi.db.query(ALIGNMENT).update({ where: { id: existing.id }, data: { sourceHash } });
    else
      await strapi.db
        .query(ALIGNMENT)
        .create({ data: { contentType, document, locale, sourceLocale, sourceHash } });
  };

  return {
    isTracked(uid: string): boolean {
      return Boolean(typeOf(uid));
    },

    /**
     * After one language is saved: it is now in line with the others. If it was catching up
     * (the others had changed since), the others are in line with it too; if it moved ahead
     * on its own, the others are now outdated against it.
     */
    async recordSave(
      uid: UID.ContentType,
      documentId: string,
      locale: string,
      { catchUp = false } = {}
    ): Promise<void> {
      const saved = await versionHash(uid, documentId, locale);
      if (!saved) return;
      for (const other of (await locales()).filter((code) => code !== locale)) {
        const otherHash = await versionHash(uid, documentId, other);
        if (!otherHash) continue;
        const previous = await alignment(uid, documentId, locale, other);
        const wasBehind = catchUp || !previous || previous.sourceHash !== otherHash;
        await align(uid, documentId, locale, other, otherHash);
        if (wasBehind) await align(uid, documentId, other, locale, saved);
      }
    },

    /** Every document of every translated type, with the state of each language. */
    async report(): Promise<ReportRow[]> {
      const codes = await locales();
      const rows: ReportRow[] = [];
      for (const type of translatable()) {
        const titleField = TITLE_FIELDS.find((name) => name in type.attributes);
        const versions = (await strapi.db.query(type.uid).findMany({
          select: [
            'documentId',
            'locale',
            'publishedAt',
            'updatedAt',
            ...(titleField ? [titleField] : []),
          ],
        })) as Row[];
        const documentIds = [...new Set(versions.map((version) => version.documentId))];
        for (const documentId of documentIds) {
          const mine = versions.filter((version) => version.documentId === documentId);
          const hashes = Object.fromEntries(
            await Promise.all(
              codes.map(
                async (code) => [code, await versionHash(type.uid, documentId, code)] as const
              )
            )
          );
          const states: Record<string, TranslationState> = {};
          for (const code of codes) {
            const draft = mine.find(
              (version) => version.locale === code && version.publishedAt === null
            );
            const published = mine.find(
              (version) => version.locale === code && version.publishedAt !== null
            );
            if (!draft) {
              states[code] = 'missing';
              continue;
            }
            let outdated = false;
            for (const other of codes.filter(
              (candidate) => candidate !== code && hashes[candidate]
            )) {
              const record = await alignment(type.uid, documentId, code, other);
              if (record && record.sourceHash !== hashes[other]) outdated = true;
            }
            states[code] = outdated
              ? 'outdated'
              : !published
                ? 'draft'
                : new Date(draft.updatedAt).getTime() - new Date(published.updatedAt).getTime() >
                    1000
                  ? 'modified'
                  : 'published';
          }
          const titled = mine.find((version) => titleField && version[titleField]);
          rows.push({
            contentType: type.uid,
            kind: type.kind,
            documentId,
            title: titled && titleField ? String(titled[titleField]) : documentId,
            states,
          });
        }
      }
      return rows;
    },
  };
};

export type TrackerService = ReturnType<typeof tracker>;
export default tracker;
