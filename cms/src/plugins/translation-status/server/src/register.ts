import type { Core, UID } from '@strapi/strapi';
import { getTracker } from './utils';

/** Every save of a language version, from the admin, the API or the seed, updates the alignment records. */
export default function register({ strapi }: { strapi: Core.Strapi }) {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const { action, uid } = context;
    const params = context.params as { locale?: unknown; documentId?: string };
    if (
      (action === 'create' || action === 'update') &&
      typeof params.locale === 'string' &&
      getTracker(strapi).isTracked(uid)
    ) {
      const documentId =
        params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId)
        await getTracker(strapi).recordSave(uid as UID.ContentType, documentId, params.locale);
    }
    return result;
  });
}
