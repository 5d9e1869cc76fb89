import { isDeepStrictEqual } from 'node:util';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocale, localeCodes } from '@zorgzone/config';
import {
  actingEditor,
  changeOrigin,
  withOrigin,
  type Editor,
} from '../../../../../content/acting-editor';
import { deepPopulate } from '../../../../../content/deep-populate';
import { documentTitle } from '../../../../../content/document-title';
import { editPathOf } from '../../../../../content/edit-path';
import { versionsToPrune } from '../../../shared/pruning';
import type {
  DeletedDocumentSummary,
  NotRestored,
  RecentChange,
  RestoreResult,
  VersionAction,
  ComparedWith,
  VersionComparison,
  VersionDetail,
  VersionSummary,
} from '../../../shared/types';
import type { HistoryConfig } from '../config';
import { historyMessages } from '../messages';
import { compareFields } from '../../../shared/field-text';
import { restorableData, snapshotAsText, snapshotOf, type Snapshot } from './snapshot';

const VERSION = 'plugin::content-history.version';
const DELETED = 'plugin::content-history.deleted-document';
const DAY_MS = 24 * 60 * 60 * 1000;

type Data = Record<string, unknown>;
type State = 'draft' | 'published';

interface VersionRow {
  id: number;
  contentType: string;
  contentDocumentId: string;
  contentLocale: string | null;
  action: VersionAction;
  origin: VersionSummary['origin'];
  state: State;
  content: Data;
  references: Record<string, string> | null;
  authorId: number | null;
  authorName: string | null;
  documentUpdatedAt: string | null;
  createdAt: string;
}

/** One language of a deleted document, as the bin keeps it. */
interface DeletedLocale {
  draft: Snapshot | null;
  published: Snapshot | null;
}

interface DeletedRow {
  id: number;
  contentType: string;
  contentDocumentId: string;
  title: string | null;
  locales: Record<string, DeletedLocale>;
  deletedById: number | null;
  deletedByName: string | null;
  deletedAt: string;
}

export const SUMMARY_FIELDS = [
  'id',
  'action',
  'origin',
  'state',
  'createdAt',
  'authorName',
] as const satisfies readonly (keyof VersionRow)[];

const summaryOf = (row: Pick<VersionRow, (typeof SUMMARY_FIELDS)[number]>): VersionSummary => ({
  id: row.id,
  action: row.action,
  origin: row.origin ?? null,
  state: row.state,
  createdAt: new Date(row.createdAt).toISOString(),
  authorName: row.authorName ?? null,
});

/** Languages in the site's order (default first): jsonb keeps an object's keys in its own order. */
const inSiteOrder = (codes: string[]) =>
  [...codes].sort((a, b) => localeCodes.indexOf(a as never) - localeCodes.indexOf(b as never));

/** Every type the site shows; our own plugins' records have no history. */
export const isTracked = (uid: string) => uid.startsWith('api::');

const history = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::content-history') as HistoryConfig;
  const isLocalized = (uid: string) =>
    (
      strapi.contentType(uid as UID.ContentType).pluginOptions as {
        i18n?: { localized?: boolean };
      }
    )?.i18n?.localized === true;

  /** The document's content in one language and state, or null when there is none. */
  const read = async (
    uid: string,
    documentId: string,
    locale: string | null,
    state: State,
    inverse: boolean
  ): Promise<(Snapshot & { updatedAt: string | null }) | null> => {
    const document = (await strapi.documents(uid as UID.ContentType).findOne({
      documentId,
      ...(locale ? { locale } : {}),
      status: state,
      populate: deepPopulate(strapi, uid as UID.ContentType),
    } as never)) as Data | null;
    if (!document) return null;
    return {
      ...snapshotOf(strapi, uid, document, { inverse }),
      updatedAt: document.updatedAt ? new Date(String(document.updatedAt)).toISOString() : null,
    };
  };

  /** The languages a document has now, from its rows. */
  const localesOf = async (uid: string, documentId: string): Promise<string[]> => {
    if (!isLocalized(uid)) return [];
    const rows = (await strapi.db.query(uid as UID.ContentType).findMany({
      where: { documentId },
      select: ['locale'],
    })) as { locale: string }[];
    return [...new Set(rows.map((row) => row.locale))];
  };

  const prune = async (uid: string, documentId: string, locale: string | null) => {
    const versions = (await strapi.db.query(VERSION).findMany({
      where: { contentType: uid, contentDocumentId: documentId, contentLocale: locale },
      select: ['id', 'action', 'createdAt'],
    })) as { id: number; action: string; createdAt: string }[];
    const ids = versionsToPrune(versions, config(), new Date());
    if (ids.length > 0) await strapi.db.query(VERSION).deleteMany({ where: { id: { $in: ids } } });
  };

  /** Writes one version: the language's content after the change, with who and why. */
  const record = async (
    uid: string,
    documentId: string,
    locale: string | null,
    action: VersionAction,
    state: State,
    given?: Snapshot & { updatedAt: string | null }
  ) => {
    const snapshot = given ?? (await read(uid, documentId, locale, state, false));
    if (!snapshot) return;
    if (action === 'update') {
      // The admin saves before it publishes, also with nothing changed: no version for no change.
      const latest = (await strapi.db.query(VERSION).findOne({
        where: { contentType: uid, contentDocumentId: documentId, contentLocale: locale, state },
        select: ['content'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      })) as Pick<VersionRow, 'content'> | null;
      // Deep equality, not text: PostgreSQL's jsonb gives keys back in its own order.
      if (latest && isDeepStrictEqual(latest.content, snapshot.content)) return;
    }
    const author = actingEditor(strapi);
    await strapi.db.query(VERSION).create({
      data: {
        contentType: uid,
        contentDocumentId: documentId,
        contentLocale: locale,
        action,
        origin: changeOrigin(),
        state,
        content: snapshot.content,
        references: snapshot.references,
        authorId: author?.id ?? null,
        authorName: author?.name ?? null,
        documentUpdatedAt: snapshot.updatedAt,
      },
    });
    await prune(uid, documentId, locale);
  };

  const findVersion = async (id: number): Promise<VersionRow> => {
    const row = (await strapi.db.query(VERSION).findOne({ where: { id } })) as VersionRow | null;
    if (!row) throw new errors.NotFoundError(historyMessages(strapi).versionNotFound);
    return row;
  };

  const detailOf = (row: VersionRow): VersionDetail => ({
    ...summaryOf(row),
    contentType: row.contentType,
    documentId: row.contentDocumentId,
    locale: row.contentLocale,
    content: row.content,
    references: row.references ?? {},
  });

  /** The version before this one in the same language and state, if history still has it. */
  const previousOf = async (row: VersionRow): Promise<Snapshot | null> => {
    const previous = (await strapi.db.query(VERSION).findOne({
      where: {
        contentType: row.contentType,
        contentDocumentId: row.contentDocumentId,
        contentLocale: row.contentLocale,
        state: row.state,
        id: { $lt: row.id },
      },
      select: ['content', 'references'],
      orderBy: { id: 'desc' },
    })) as Pick<VersionRow, 'content' | 'references'> | null;
    return previous && { content: previous.content, references: previous.references ?? {} };
  };

  /** Rows of the bin older than the bin keeps, and the versions of what they held. */
  const purgeBin = async () => {
    const cutoff = new Date(Date.now() - config().binDays * DAY_MS);
    const expired = (await strapi.db.query(DELETED).findMany({
      where: { deletedAt: { $lt: cutoff } },
      select: ['id', 'contentType', 'contentDocumentId'],
    })) as Pick<DeletedRow, 'id' | 'contentType' | 'contentDocumentId'>[];
    for (const row of expired) {
      const stillThere = await strapi.db
        .query(row.contentType as UID.ContentType)
        .count({ where: { documentId: row.contentDocumentId } });
      if (stillThere === 0)
        await strapi.db.query(VERSION).deleteMany({
          where: { contentType: row.contentType, contentDocumentId: row.contentDocumentId },
        });
      await strapi.db.query(DELETED).delete({ where: { id: row.id } });
    }
  };

  const deletedSummary = (row: DeletedRow): DeletedDocumentSummary => ({
    documentId: row.contentDocumentId,
    contentType: row.contentType,
    title: row.title,
    locales: inSiteOrder(Object.keys(row.locales)),
    deletedAt: new Date(row.deletedAt).toISOString(),
    deletedByName: row.deletedByName ?? null,
    expiresAt: new Date(
      new Date(row.deletedAt).getTime() + config().binDays * DAY_MS
    ).toISOString(),
  });

  return {
    isTracked,

    /** After a change through the Document Service: one version per language it touched. */
    async recordChange(
      uid: string,
      action: VersionAction,
      params: { documentId?: string; locale?: unknown; status?: string },
      result: unknown
    ) {
      const outcome = result as {
        documentId?: string;
        locale?: string;
        entries?: { documentId?: string; locale?: string }[];
      } | null;
      const documentId =
        params.documentId ?? outcome?.documentId ?? outcome?.entries?.[0]?.documentId;
      if (!documentId) return;
      const touched = outcome?.entries ?? (outcome ? [outcome] : []);
      let locales: (string | null)[] = [
        ...new Set(touched.map((entry) => entry.locale).filter((l): l is string => !!l)),
      ];
      if (locales.length === 0)
        locales =
          typeof params.locale === 'string' && params.locale !== '*'
            ? [params.locale]
            : isLocalized(uid)
              ? await localesOf(uid, documentId)
              : [null];
      const state: State = action === 'publish' ? 'published' : 'draft';
      for (const locale of locales) {
        await record(uid, documentId, locale, action, state);
        // The REST API publishes on a save asked for as published, inside the same call.
        if ((action === 'create' || action === 'update') && params.status === 'published')
          await record(uid, documentId, locale, 'publish', 'published');
      }
    },

    /**
     * Before a delete: every language about to go, drafts and published versions, with the links
     * other documents own, so the bin can give all of it back.
     */
    async captureDeleted(uid: string, params: { documentId?: string; locale?: unknown }) {
      const { documentId } = params;
      if (!documentId) return null;
      // The site's language order, so the bin names a document by its default language's title.
      const existing = inSiteOrder(await localesOf(uid, documentId));
      const locales: (string | null)[] = !isLocalized(uid)
        ? [null]
        : params.locale === '*'
          ? existing
          : Array.isArray(params.locale)
            ? (params.locale as string[]).filter((code) => existing.includes(code))
            : [typeof params.locale === 'string' ? params.locale : defaultLocale].filter((code) =>
                existing.includes(code)
              );
      const captured: Record<string, DeletedLocale> = {};
      for (const locale of locales) {
        const draft = await read(uid, documentId, locale, 'draft', true);
        const published = await read(uid, documentId, locale, 'published', true);
        if (draft || published)
          captured[locale ?? ''] = {
            draft: draft && { content: draft.content, references: draft.references },
            published: published && {
              content: published.content,
              references: published.references,
            },
          };
      }
      return Object.keys(captured).length > 0 ? { uid, documentId, locales: captured } : null;
    },

    /** Once the delete stands: the bin entry, and a "deleted" line in each language's history. */
    async keepDeleted(captured: {
      uid: string;
      documentId: string;
      locales: Record<string, DeletedLocale>;
    }) {
      const author = actingEditor(strapi);
      const first = Object.values(captured.locales)[0]!;
      const content = (first.draft ?? first.published)!.content;
      const title = documentTitle(content);
      await strapi.db.query(DELETED).create({
        data: {
          contentType: captured.uid,
          contentDocumentId: captured.documentId,
          title: title ?? null,
          locales: captured.locales,
          deletedById: author?.id ?? null,
          deletedByName: author?.name ?? null,
          deletedAt: new Date(),
        },
      });
      for (const [locale, kept] of Object.entries(captured.locales)) {
        const snapshot = (kept.draft ?? kept.published)!;
        await record(captured.uid, captured.documentId, locale || null, 'delete', 'draft', {
          content: snapshot.content,
          references: snapshot.references,
          updatedAt: null,
        });
      }
    },

    async list(uid: string, documentId: string, locale: string | null): Promise<VersionSummary[]> {
      const rows = (await strapi.db.query(VERSION).findMany({
        where: { contentType: uid, contentDocumentId: documentId, contentLocale: locale },
        select: [...SUMMARY_FIELDS],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      })) as VersionRow[];
      return rows.map(summaryOf);
    },

    findVersion,

    /**
     * The latest change of each document's language, newest first, among the most recent
     * versions: a burst of saves on one page does not push every other change out.
     */
    async recent(
      limit: number,
      visible: (uid: string, locale: string | null) => boolean
    ): Promise<RecentChange[]> {
      const rows = (await strapi.db.query(VERSION).findMany({
        select: [...SUMMARY_FIELDS, 'contentType', 'contentDocumentId', 'contentLocale', 'content'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: limit * 10,
      })) as VersionRow[];
      const latest = new Map<string, VersionRow>();
      for (const row of rows) {
        const key = `${row.contentType} ${row.contentDocumentId} ${row.contentLocale}`;
        if (!latest.has(key) && visible(row.contentType, row.contentLocale)) latest.set(key, row);
      }
      return [...latest.values()].slice(0, limit).map((row) => ({
        ...summaryOf(row),
        contentType: row.contentType,
        documentId: row.contentDocumentId,
        locale: row.contentLocale,
        title: documentTitle(row.content),
        editPath:
          row.action === 'delete'
            ? null
            : editPathOf(strapi, row.contentType, row.contentDocumentId, row.contentLocale),
      }));
    },

    /** Saves of the language since `since`, by anyone but `editor`, newest first. */
    async savedSince(
      uid: string,
      documentId: string,
      locale: string | null,
      since: Date,
      editor: Editor
    ): Promise<VersionSummary[]> {
      const rows = (await strapi.db.query(VERSION).findMany({
        where: {
          contentType: uid,
          contentDocumentId: documentId,
          contentLocale: locale,
          state: 'draft',
          action: { $in: ['create', 'update', 'discardDraft'] },
          documentUpdatedAt: { $gt: since },
          $or: [{ authorId: { $null: true } }, { authorId: { $ne: editor.id } }],
        },
        select: [...SUMMARY_FIELDS],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      })) as VersionRow[];
      return rows.map(summaryOf);
    },

    /**
     * A version field by field: against the current draft (what a restore would change), or
     * against the version before it in the same language (what that save changed).
     */
    async compare(id: number, against: ComparedWith = 'current'): Promise<VersionComparison> {
      const row = await findVersion(id);
      const version = detailOf(row);
      const other =
        against === 'current'
          ? await read(row.contentType, row.contentDocumentId, row.contentLocale, 'draft', false)
          : await previousOf(row);
      const versionText = snapshotAsText(strapi, row.contentType, version);
      const otherText = other && snapshotAsText(strapi, row.contentType, other);
      return {
        version,
        against,
        current: other && { content: other.content, references: other.references },
        fields:
          against === 'current'
            ? compareFields(versionText, otherText)
            : compareFields(otherText ?? {}, versionText),
      };
    },

    /**
     * Writes a version back as the draft of its language: a save like any other, validated the
     * same way, never published by itself. What cannot come back is left out and listed.
     */
    async restoreVersion(id: number): Promise<RestoreResult> {
      const row = await findVersion(id);
      const documents = strapi.documents(row.contentType as UID.ContentType);
      const exists = await strapi.db
        .query(row.contentType as UID.ContentType)
        .count({ where: { documentId: row.contentDocumentId } });
      if (exists === 0) throw new errors.NotFoundError(historyMessages(strapi).documentDeleted);
      const { data, notRestored } = await restorableData(
        strapi,
        row.contentType,
        { content: row.content, references: row.references ?? {} },
        row.contentLocale
      );
      await withOrigin('restoredVersion', () =>
        documents.update({
          documentId: row.contentDocumentId,
          ...(row.contentLocale ? { locale: row.contentLocale } : {}),
          data,
        } as never)
      );
      return {
        documentId: row.contentDocumentId,
        contentType: row.contentType,
        locales: row.contentLocale ? [row.contentLocale] : [],
        notRestored,
        editPath: editPathOf(strapi, row.contentType, row.contentDocumentId, row.contentLocale),
      };
    },

    async deleted(): Promise<DeletedDocumentSummary[]> {
      await purgeBin();
      const rows = (await strapi.db.query(DELETED).findMany({
        orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
      })) as DeletedRow[];
      return rows.map(deletedSummary);
    },

    async findDeleted(documentId: string): Promise<DeletedRow> {
      await purgeBin();
      const row = (await strapi.db.query(DELETED).findOne({
        where: { contentDocumentId: documentId },
        orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
      })) as DeletedRow | null;
      if (!row) throw new errors.NotFoundError(historyMessages(strapi).deletedNotFound);
      return row;
    },

    /**
     * Brings a deleted document back as it was, in every language the bin holds: what was
     * published is published again, and the draft on top of it is the draft it had. All of it
     * goes through the Document Service, in one transaction: a refusal restores nothing.
     */
    async restoreDeleted(documentId: string): Promise<RestoreResult> {
      const row = await this.findDeleted(documentId);
      const uid = row.contentType;
      const documents = strapi.documents(uid as 'api::workshop.workshop');
      const notRestored: NotRestored[] = [];
      const restored: string[] = [];
      const order = inSiteOrder(Object.keys(row.locales));
      await withOrigin('restoredFromBin', () =>
        strapi.db.transaction(async () => {
          let exists =
            (await strapi.db.query(uid as UID.ContentType).count({ where: { documentId } })) > 0;
          for (const key of order) {
            const locale = key || null;
            const kept = row.locales[key]!;
            if (locale && exists && (await localesOf(uid, documentId)).includes(locale)) {
              notRestored.push({ field: '', name: locale, reason: 'localeExists' });
              continue;
            }
            const localeParam = locale ? { locale } : {};
            const write = async (snapshot: Snapshot) => {
              const { data, notRestored: missing } = await restorableData(
                strapi,
                uid,
                snapshot,
                locale
              );
              notRestored.push(
                ...missing.filter(
                  (item) =>
                    !notRestored.some(
                      (known) => known.field === item.field && known.name === item.name
                    )
                )
              );
              if (exists) await documents.update({ documentId, ...localeParam, data } as never);
              else
                await documents.create({ ...localeParam, data: { ...data, documentId } } as never);
              exists = true;
            };
            if (kept.published) {
              await write(kept.published);
              await documents.publish({ documentId, ...localeParam } as never);
            }
            // A draft equal to the publication is no change: writing it would mark it "modified".
            const sameAsPublished =
              kept.published &&
              kept.draft &&
              isDeepStrictEqual(kept.draft.content, kept.published.content);
            if (kept.draft && !sameAsPublished) await write(kept.draft);
            restored.push(key);
          }
          await strapi.db.query(DELETED).delete({ where: { id: row.id } });
        })
      );
      return {
        documentId,
        contentType: uid,
        locales: restored,
        notRestored,
        editPath: editPathOf(strapi, uid, documentId, restored[0] || null),
      };
    },

    purgeBin,
  };
};

export type HistoryService = ReturnType<typeof history>;
export default history;
