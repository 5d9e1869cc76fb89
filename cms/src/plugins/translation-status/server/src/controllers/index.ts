import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getTracker } from '../utils';

const status = ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(ctx: { body: unknown }) {
    ctx.body = { data: await getTracker(strapi).report() };
  },

  /** Marks one language version as in line with the others, without changing its text. */
  async align(ctx: { body: unknown; request: { body?: Record<string, unknown> } }) {
    const { contentType, documentId, locale } = ctx.request.body ?? {};
    const tracker = getTracker(strapi);
    if (
      typeof contentType !== 'string' ||
      !tracker.isTracked(contentType) ||
      typeof documentId !== 'string' ||
      typeof locale !== 'string'
    ) {
      throw new errors.ValidationError(
        'contentType, documentId and locale name one translated document version.'
      );
    }
    await tracker.recordSave(contentType as UID.ContentType, documentId, locale, { catchUp: true });
    ctx.body = { data: await tracker.report() };
  },
});

export default { status };
