import type { Core } from '@strapi/strapi';
import { actingEditor, changeOrigin } from '../../../../content/acting-editor';
import type { VersionAction } from '../../shared/types';
import { isTracked } from './services/history';
import { getEditing, getHistory } from './utils';

const RECORDED_ACTIONS = new Set<string>([
  'create',
  'update',
  'publish',
  'unpublish',
  'discardDraft',
] satisfies VersionAction[]);

interface Params {
  documentId?: string;
  locale?: unknown;
  status?: string;
}

/**
 * Every change of site content passes through the Document Service, whoever makes it (the admin,
 * the REST API, the seed, a scheduled job): a version is kept of each, a deleted document goes
 * to the bin, and an editor's save on top of a colleague's unseen one is refused.
 */
export default function register({ strapi }: { strapi: Core.Strapi }) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!isTracked(uid)) return next();
    const params = context.params as Params;
    const history = getHistory(strapi);

    if (action === 'delete') {
      const captured = await history.captureDeleted(uid, params);
      const result = await next();
      if (captured) await history.keepDeleted(captured);
      return result;
    }
    if (!RECORDED_ACTIONS.has(action)) return next();

    const editor = actingEditor(strapi);
    const key =
      action === 'update' && params.documentId && editor?.id
        ? {
            contentType: uid,
            documentId: params.documentId,
            locale: typeof params.locale === 'string' ? params.locale : null,
          }
        : null;
    // A restore or a scheduled job is a deliberate act, not a form saved over unseen work.
    if (key && editor && !changeOrigin()) await getEditing(strapi).refuseOverwrite(key, editor);
    const result = await next();
    await history.recordChange(uid, action as VersionAction, params, result);
    if (key && editor) await getEditing(strapi).saved(key, editor);
    return result;
  });
}
