import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { editorOf } from '../../../../../content/acting-editor';
import {
  mayActOnContent,
  requireContentPermission,
  type ContentAction,
} from '../../../../../content/content-permission';
import type { HistoryConfig } from '../config';
import { historyMessages } from '../messages';
import { isTracked } from '../services/history';
import { getEditing, getHistory } from '../utils';

interface AdminContext {
  query: Record<string, unknown>;
  params: Record<string, string>;
  request: { body?: Record<string, unknown> };
  state: {
    user: { id: number; firstname?: string; lastname?: string; email?: string };
    userAbility: unknown;
  };
  body: unknown;
}

const requirePermission = (
  strapi: Core.Strapi,
  ctx: AdminContext,
  uid: string,
  action: ContentAction,
  locale: string | null
) =>
  requireContentPermission(
    strapi,
    ctx.state.userAbility,
    uid,
    action,
    locale,
    historyMessages(strapi).notAllowed
  );

const text = (value: unknown, name: string): string => {
  if (typeof value !== 'string' || value === '')
    throw new errors.ValidationError(`${name} is required.`);
  return value;
};

const trackedUid = (strapi: Core.Strapi, value: unknown): UID.ContentType => {
  const uid = text(value, 'uid');
  if (!isTracked(uid) || !(uid in strapi.contentTypes))
    throw new errors.ValidationError(`${uid} has no history.`);
  return uid as UID.ContentType;
};

const optionalLocale = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

const versionId = (value: unknown): number => {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1)
    throw new errors.ValidationError('A version id is a whole number.');
  return id;
};

const history = ({ strapi }: { strapi: Core.Strapi }) => ({
  async versions(ctx: AdminContext) {
    const uid = trackedUid(strapi, ctx.query.uid);
    const locale = optionalLocale(ctx.query.locale);
    requirePermission(strapi, ctx, uid, 'read', locale);
    ctx.body = {
      data: await getHistory(strapi).list(uid, text(ctx.query.documentId, 'documentId'), locale),
    };
  },

  async version(ctx: AdminContext) {
    const comparison = await getHistory(strapi).compare(
      versionId(ctx.params.id),
      ctx.query.against === 'previous' ? 'previous' : 'current'
    );
    requirePermission(
      strapi,
      ctx,
      comparison.version.contentType,
      'read',
      comparison.version.locale
    );
    ctx.body = { data: comparison };
  },

  async restoreVersion(ctx: AdminContext) {
    const id = versionId(ctx.params.id);
    const version = await getHistory(strapi).findVersion(id);
    requirePermission(strapi, ctx, version.contentType, 'update', version.contentLocale);
    ctx.body = { data: await getHistory(strapi).restoreVersion(id) };
  },

  /** What changed lately, in the types and languages the user may read. */
  async recent(ctx: AdminContext) {
    const limit = Math.min(Math.max(Number(ctx.query.limit) || 8, 1), 50);
    ctx.body = {
      data: await getHistory(strapi).recent(limit, (uid, locale) =>
        mayActOnContent(strapi, ctx.state.userAbility, uid, 'read', locale)
      ),
    };
  },

  async deleted(ctx: AdminContext) {
    const { binDays } = strapi.config.get('plugin::content-history') as HistoryConfig;
    ctx.body = { data: await getHistory(strapi).deleted(), meta: { binDays } };
  },

  async restoreDeleted(ctx: AdminContext) {
    const documentId = text(ctx.params.documentId, 'documentId');
    const entry = await getHistory(strapi).findDeleted(documentId);
    for (const locale of Object.keys(entry.locales))
      requirePermission(strapi, ctx, entry.contentType, 'create', locale || null);
    ctx.body = { data: await getHistory(strapi).restoreDeleted(documentId) };
  },
});

const editing = ({ strapi }: { strapi: Core.Strapi }) => {
  const keyOf = (ctx: AdminContext) => {
    const body = ctx.request.body ?? {};
    const uid = trackedUid(strapi, body.uid);
    const locale = optionalLocale(body.locale);
    requirePermission(strapi, ctx, uid, 'read', locale);
    return { contentType: uid, documentId: text(body.documentId, 'documentId'), locale };
  };
  return {
    async touch(ctx: AdminContext) {
      const base = ctx.request.body?.baseUpdatedAt;
      const viewId = ctx.request.body?.viewId;
      ctx.body = {
        data: await getEditing(strapi).touch(
          keyOf(ctx),
          editorOf(ctx.state.user),
          typeof base === 'string' && !Number.isNaN(Date.parse(base)) ? base : null,
          typeof viewId === 'string' && viewId !== '' ? viewId.slice(0, 64) : null
        ),
      };
    },

    async acknowledge(ctx: AdminContext) {
      await getEditing(strapi).acknowledge(keyOf(ctx), editorOf(ctx.state.user));
      ctx.body = { data: { acknowledged: true } };
    },
  };
};

export default { history, editing };
