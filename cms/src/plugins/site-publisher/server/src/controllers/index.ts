import type { Core } from '@strapi/strapi';
import { actingEditor } from '../../../../../content/acting-editor';
import { getPublisher } from '../utils';

const build = ({ strapi }: { strapi: Core.Strapi }) => ({
  async status(ctx: { body: unknown }) {
    ctx.body = { data: await getPublisher(strapi).status() };
  },

  async rebuild(ctx: { body: unknown }) {
    const publisher = getPublisher(strapi);
    const editor = actingEditor(strapi);
    publisher.request({
      trigger: 'manual',
      requestedBy: editor?.email ?? null,
      changes: [{ action: 'rebuild', editor: editor?.name || null }],
    });
    ctx.body = { data: await publisher.status() };
  },
});

export default { build };
