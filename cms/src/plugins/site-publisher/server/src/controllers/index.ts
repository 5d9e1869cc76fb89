import type { Core } from '@strapi/strapi';
import { getPublisher } from '../utils';

const build = ({ strapi }: { strapi: Core.Strapi }) => ({
  async status(ctx: { body: unknown }) {
    ctx.body = { data: await getPublisher(strapi).status() };
  },

  async rebuild(ctx: { body: unknown; state: { user?: { email?: string } } }) {
    const publisher = getPublisher(strapi);
    publisher.request({ trigger: 'manual', requestedBy: ctx.state.user?.email ?? null });
    ctx.body = { data: await publisher.status() };
  },
});

export default { build };
