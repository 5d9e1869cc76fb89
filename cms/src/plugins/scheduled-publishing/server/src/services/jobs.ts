import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actAs, withOrigin, type Editor } from '../../../../../content/acting-editor';
import { documentTitle } from '../../../../../content/document-title';
import { editPathOf } from '../../../../../content/edit-path';
import type { Job, JobAction, JobStatus } from '../../../shared/types';
import type { ScheduleConfig } from '../config';
import { scheduleMessages } from '../messages';

const JOB = 'plugin::scheduled-publishing.job';
const RECENT_FINISHED = 30;

interface JobRow {
  id: number;
  contentType: string;
  contentDocumentId: string;
  contentLocale: string | null;
  title: string | null;
  action: JobAction;
  runAt: string;
  status: JobStatus;
  requestedById: number | null;
  requestedByName: string | null;
  requestedByEmail: string | null;
  requestedByLanguage: string | null;
  ranAt: string | null;
  error: string | null;
}

export interface JobKey {
  contentType: string;
  documentId: string;
  locale: string | null;
}

const iso = (value: string | null) => (value ? new Date(value).toISOString() : null);

/**
 * Publications and unpublications set for a time. Every CMS instance looks for due jobs; on
 * PostgreSQL a job is taken under a row lock that other instances skip (FOR UPDATE SKIP LOCKED),
 * and it is marked done in the same transaction as its change, so it runs exactly once: a crash
 * rolls both back and the job runs at the next look. SQLite allows one instance only.
 */
const jobs = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::scheduled-publishing') as ScheduleConfig;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const jobOf = (row: JobRow): Job => ({
    id: row.id,
    contentType: row.contentType,
    documentId: row.contentDocumentId,
    locale: row.contentLocale,
    title: row.title,
    action: row.action,
    runAt: iso(row.runAt)!,
    status: row.status,
    requestedByName: row.requestedByName,
    ranAt: iso(row.ranAt),
    error: row.error,
    editPath: editPathOf(strapi, row.contentType, row.contentDocumentId, row.contentLocale),
  });

  const columnsOf = ({ contentType, documentId, locale }: JobKey) => ({
    contentType,
    contentDocumentId: documentId,
    contentLocale: locale,
  });

  /** Runs one due job unless another instance has it or it already ran. */
  const runOne = async (id: number) => {
    const { tableName } = strapi.db.metadata.get(JOB);
    try {
      await strapi.db.transaction(async ({ trx }) => {
        const pending = trx(tableName).where({ id, status: 'pending' }).first();
        const row = (await (isPostgres() ? pending.forUpdate().skipLocked() : pending)) as
          Record<string, unknown> | undefined;
        if (!row) return;
        const job = (await strapi.db.query(JOB).findOne({ where: { id } })) as JobRow;
        const editor: Editor | null = job.requestedByEmail
          ? {
              id: job.requestedById,
              name: job.requestedByName ?? job.requestedByEmail,
              email: job.requestedByEmail,
              language: job.requestedByLanguage,
            }
          : null;
        const exists = await strapi.db.query(job.contentType as UID.ContentType).count({
          where: {
            documentId: job.contentDocumentId,
            ...(job.contentLocale ? { locale: job.contentLocale } : {}),
          },
        });
        if (exists === 0)
          throw new errors.NotFoundError(
            await actAs(editor, async () => scheduleMessages(strapi).documentGone)
          );
        // Typed as a type with drafts, which every scheduled type is: publish exists on it.
        const documents = strapi.documents(job.contentType as 'api::workshop.workshop');
        const params = {
          documentId: job.contentDocumentId,
          ...(job.contentLocale ? { locale: job.contentLocale } : {}),
        };
        await actAs(editor, () =>
          withOrigin('scheduled', () =>
            job.action === 'publish'
              ? documents.publish(params as never)
              : documents.unpublish(params as never)
          )
        );
        await strapi.db.query(JOB).update({
          where: { id },
          data: { status: 'done', ranAt: new Date(), error: null },
        });
      });
    } catch (error) {
      // The change was rolled back with the transaction: say why, where the editor will look.
      const reason = error instanceof Error ? error.message : String(error);
      await strapi.db.query(JOB).updateMany({
        where: { id, status: 'pending' },
        data: { status: 'failed', ranAt: new Date(), error: reason.slice(0, 2000) },
      });
      strapi.log.warn(`[scheduled-publishing] Job ${id} failed: ${reason}`);
    }
  };

  const runDue = async () => {
    const due = (await strapi.db.query(JOB).findMany({
      where: { status: 'pending', runAt: { $lte: new Date() } },
      select: ['id'],
      orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
    })) as { id: number }[];
    for (const { id } of due) await runOne(id);
  };

  /** One look at a time per instance; a slow look is not started again on top of itself. */
  const look = () => {
    running ??= runDue()
      .catch((error: Error) => {
        strapi.log.error(`[scheduled-publishing] Looking for due jobs failed: ${error.message}`);
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  return {
    /** Sets (or moves) the language's publication or unpublication to `runAt`. */
    async schedule(key: JobKey, action: JobAction, runAt: string, editor: Editor): Promise<Job> {
      const messages = scheduleMessages(strapi);
      const time = new Date(runAt);
      if (Number.isNaN(time.getTime())) throw new errors.ValidationError(messages.invalidTime);
      if (time.getTime() <= Date.now()) throw new errors.ValidationError(messages.notInFuture);
      const draft = (await strapi.db.query(key.contentType as UID.ContentType).findOne({
        where: {
          documentId: key.documentId,
          publishedAt: null,
          ...(key.locale ? { locale: key.locale } : {}),
        },
      })) as Record<string, unknown> | null;
      if (!draft) throw new errors.NotFoundError(messages.noSuchDocument);
      const data = {
        title: documentTitle(draft),
        runAt: time,
        requestedById: editor.id,
        requestedByName: editor.name,
        requestedByEmail: editor.email,
        requestedByLanguage: editor.language,
      };
      // One planned publication and one unpublication per language: a new time moves it.
      const existing = (await strapi.db.query(JOB).findOne({
        where: { ...columnsOf(key), action, status: 'pending' },
      })) as JobRow | null;
      const row = (
        existing
          ? await strapi.db.query(JOB).update({ where: { id: existing.id }, data })
          : await strapi.db.query(JOB).create({
              data: { ...columnsOf(key), action, status: 'pending', ...data },
            })
      ) as JobRow;
      return jobOf(row);
    },

    async cancel(id: number): Promise<Job> {
      const messages = scheduleMessages(strapi);
      const row = (await strapi.db.query(JOB).findOne({ where: { id } })) as JobRow | null;
      if (!row) throw new errors.NotFoundError(messages.jobNotFound);
      const cancelled = await strapi.db.query(JOB).updateMany({
        where: { id, status: 'pending' },
        data: { status: 'cancelled' },
      });
      if (cancelled.count === 0) throw new errors.ApplicationError(messages.notPending);
      return jobOf({ ...row, status: 'cancelled' });
    },

    async find(id: number): Promise<Job | null> {
      const row = (await strapi.db.query(JOB).findOne({ where: { id } })) as JobRow | null;
      return row && jobOf(row);
    },

    /** What is planned (soonest first), then what ran lately (latest first), for one language or all. */
    async list(key?: JobKey): Promise<{ pending: Job[]; finished: Job[] }> {
      const where = key ? columnsOf(key) : {};
      const pending = (await strapi.db.query(JOB).findMany({
        where: { ...where, status: 'pending' },
        orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
      })) as JobRow[];
      const finished = (await strapi.db.query(JOB).findMany({
        where: { ...where, status: { $in: ['done', 'failed'] } },
        orderBy: [{ ranAt: 'desc' }, { id: 'desc' }],
        limit: RECENT_FINISHED,
      })) as JobRow[];
      return { pending: pending.map(jobOf), finished: finished.map(jobOf) };
    },

    /** Runs what fell due while the CMS was down, then looks again every few seconds. */
    async start() {
      await look();
      timer = setInterval(() => void look(), config().pollIntervalMs);
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
};

export type JobsService = ReturnType<typeof jobs>;
export default jobs;
