import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { editorOf } from '../../../../../content/acting-editor';
import { requireContentPermission } from '../../../../../content/content-permission';
import type { JobAction } from '../../../shared/types';
import { scheduleMessages } from '../messages';
import type { JobKey } from '../services/jobs';
import { getJobs } from '../utils';

interface AdminContext {
  query: Record<string, unknown>;
  params: Record<string, string>;
  request: { body?: Record<string, unknown> };
  state: { user: Parameters<typeof editorOf>[0]; userAbility: unknown };
  body: unknown;
}

const ACTIONS: readonly JobAction[] = ['publish', 'unpublish'];

const text = (value: unknown, name: string): string => {
  if (typeof value !== 'string' || value === '')
    throw new errors.ValidationError(`${name} is required.`);
  return value;
};

const jobs = ({ strapi }: { strapi: Core.Strapi }) => {
  const keyOf = (source: Record<string, unknown>): JobKey => {
    const uid = text(source.uid, 'uid');
    if (!uid.startsWith('api::') || !(uid in strapi.contentTypes))
      throw new errors.ValidationError(`${uid} cannot be scheduled.`);
    return {
      contentType: uid,
      documentId: text(source.documentId, 'documentId'),
      locale: typeof source.locale === 'string' && source.locale !== '' ? source.locale : null,
    };
  };
  /** Scheduling publishes on the editor's behalf: only where their role may publish. */
  const requirePublish = (ctx: AdminContext, key: Pick<JobKey, 'contentType' | 'locale'>) =>
    requireContentPermission(
      strapi,
      ctx.state.userAbility,
      key.contentType,
      'publish',
      key.locale,
      scheduleMessages(strapi).notAllowed
    );

  return {
    async list(ctx: AdminContext) {
      const key = ctx.query.uid ? keyOf(ctx.query) : undefined;
      ctx.body = { data: await getJobs(strapi).list(key) };
    },

    async schedule(ctx: AdminContext) {
      const body = ctx.request.body ?? {};
      const key = keyOf(body);
      const action = body.action as JobAction;
      if (!ACTIONS.includes(action))
        throw new errors.ValidationError('action is publish or unpublish.');
      requirePublish(ctx, key);
      ctx.body = {
        data: await getJobs(strapi).schedule(
          key,
          action,
          text(body.runAt, 'runAt'),
          editorOf(ctx.state.user)
        ),
      };
    },

    async cancel(ctx: AdminContext) {
      const id = Number(ctx.params.id);
      const job = Number.isInteger(id) ? await getJobs(strapi).find(id) : null;
      if (!job) throw new errors.NotFoundError(scheduleMessages(strapi).jobNotFound);
      requirePublish(ctx, { contentType: job.contentType, locale: job.locale });
      ctx.body = { data: await getJobs(strapi).cancel(id) };
    },
  };
};

export default { jobs };
