import type { Core } from '@strapi/strapi';
import { actingEditor, changeOrigin } from '../../../../content/acting-editor';
import { getPublisher } from './utils';

/** Document actions that change what visitors see. */
const PUBLISHING_ACTIONS = new Set(['publish', 'unpublish', 'delete']);

/**
 * Every change that reaches the public site passes through the Document Service, whoever
 * makes it (admin, REST API, seed), so one middleware sees them all.
 */
export default function register({ strapi }: { strapi: Core.Strapi }) {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const { action, uid } = context;
    const params = context.params as { status?: string };
    const publishes =
      PUBLISHING_ACTIONS.has(action) ||
      ((action === 'create' || action === 'update') && params.status === 'published');
    if (uid.startsWith('api::') && publishes) {
      const origin = changeOrigin();
      getPublisher(strapi).request({
        trigger: origin ? `${action} ${uid} (${origin})` : `${action} ${uid}`,
        requestedBy: actingEditor(strapi)?.email ?? null,
      });
    }
    return result;
  });
}
