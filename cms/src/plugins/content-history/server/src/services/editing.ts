import type { Core } from '@strapi/strapi';
import createHttpError from 'http-errors';
import type { Editor } from '../../../../../content/acting-editor';
import type { EditingStatus } from '../../../shared/types';
import type { HistoryConfig } from '../config';
import { historyMessages } from '../messages';
import { getHistory } from '../utils';

const SESSION = 'plugin::content-history.editing-session';
const SESSION_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

export interface DocumentKey {
  contentType: string;
  documentId: string;
  locale: string | null;
}

/** The key as the session table names its columns. */
const columnsOf = ({ contentType, documentId, locale }: DocumentKey) => ({
  contentType,
  contentDocumentId: documentId,
  contentLocale: locale,
});

interface SessionRow {
  id: number;
  userId: number;
  userName: string | null;
  viewId: string | null;
  baseUpdatedAt: string | null;
  seenAt: string;
}

/**
 * Who has which document open, and the version each one's form was loaded from: a save on top of
 * a version its editor never saw is refused, whoever saved in between.
 */
const editing = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::content-history') as HistoryConfig;

  const sessionOf = async (key: DocumentKey, userId: number) =>
    (await strapi.db.query(SESSION).findOne({
      where: { ...columnsOf(key), userId },
    })) as SessionRow | null;

  const write = async (key: DocumentKey, editor: Editor, data: Record<string, unknown>) => {
    const existing = await sessionOf(key, editor.id!);
    if (existing) await strapi.db.query(SESSION).update({ where: { id: existing.id }, data });
    else
      await strapi.db.query(SESSION).create({
        data: {
          ...columnsOf(key),
          userId: editor.id,
          userName: editor.name,
          seenAt: new Date(),
          ...data,
        },
      });
  };

  const currentDraftUpdatedAt = async ({ contentType, documentId, locale }: DocumentKey) => {
    const row = (await strapi.db.query(contentType as never).findOne({
      where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
      select: ['updatedAt'],
    })) as { updatedAt: string } | null;
    return row ? new Date(row.updatedAt) : null;
  };

  return {
    /**
     * The edit view's sign of life: the version its form holds, and who else is here. Called when
     * the view opens, after each save, and every few seconds while it stays open.
     */
    async touch(
      key: DocumentKey,
      editor: Editor,
      baseUpdatedAt: string | null,
      viewId: string | null
    ): Promise<EditingStatus> {
      const now = new Date();
      // An open view's form keeps what it loaded even when the admin fetches the document again
      // behind it: only a newly opened view says which version its form holds; after that, the
      // editor's own save or their "I have seen it" moves it on.
      const session = await sessionOf(key, editor.id!);
      const sameView = viewId !== null && session?.viewId === viewId;
      await write(key, editor, {
        userName: editor.name,
        seenAt: now,
        viewId,
        ...(baseUpdatedAt && !sameView ? { baseUpdatedAt: new Date(baseUpdatedAt) } : {}),
      });
      await strapi.db.query(SESSION).deleteMany({
        where: { seenAt: { $lt: new Date(now.getTime() - SESSION_KEPT_MS) } },
      });
      const others = (await strapi.db.query(SESSION).findMany({
        where: {
          ...columnsOf(key),
          userId: { $ne: editor.id },
          seenAt: { $gte: new Date(now.getTime() - config().presenceSeconds * 1000) },
        },
        orderBy: { seenAt: 'asc' },
      })) as SessionRow[];
      const base = (await sessionOf(key, editor.id!))?.baseUpdatedAt;
      const savedSince = base
        ? await getHistory(strapi).savedSince(
            key.contentType,
            key.documentId,
            key.locale,
            new Date(base),
            editor
          )
        : [];
      return {
        others: others.map((session) => ({
          name: session.userName ?? '',
          since: new Date(session.seenAt).toISOString(),
        })),
        savedSince,
      };
    },

    /** The editor has seen the newer version and chooses to save theirs over it. */
    async acknowledge(key: DocumentKey, editor: Editor): Promise<void> {
      const current = await currentDraftUpdatedAt(key);
      if (current) await write(key, editor, { baseUpdatedAt: current, seenAt: new Date() });
    },

    /** Refuses, with 409, a save made on top of a version its editor never saw. */
    async refuseOverwrite(key: DocumentKey, editor: Editor): Promise<void> {
      const session = await sessionOf(key, editor.id!);
      if (!session?.baseUpdatedAt) return;
      const [latest] = await getHistory(strapi).savedSince(
        key.contentType,
        key.documentId,
        key.locale,
        new Date(session.baseUpdatedAt),
        editor
      );
      if (!latest) return;
      throw createHttpError(
        409,
        historyMessages(strapi).overwrite(latest.authorName, latest.createdAt),
        { details: { conflict: latest } }
      );
    },

    /** After the editor's own save, their form holds the saved version. */
    async saved(key: DocumentKey, editor: Editor): Promise<void> {
      const session = await sessionOf(key, editor.id!);
      const current = await currentDraftUpdatedAt(key);
      if (session && current)
        await strapi.db.query(SESSION).update({
          where: { id: session.id },
          data: { baseUpdatedAt: current },
        });
    },
  };
};

export type EditingService = ReturnType<typeof editing>;
export default editing;
