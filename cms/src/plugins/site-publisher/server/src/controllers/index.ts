import type { Core } from '@strapi/strapi';
import { getPublisher } from '../utils';

const build = ({ strapi }: { strapi: Core.Strapi }) => ({
  async status(ctx: { body: unknown }) {
    const publisher = getPublisher(strapi);
    ctx.body = { data: { state: publisher.state(), builds: await publisher.history() } };
  },

  async rebuild(ctx: { body: unknown; state: { user?: { email?: string } } }) {
    const publisher = getPublisher(strapi);
    publisher.request({ trigger: 'manual', requestedBy: ctx.state.user?.email ?? null });
    ctx.body = { data: { state: publisher.state(), builds: await publisher.history() } };
  },
});

export default { build };
