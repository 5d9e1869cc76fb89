import type { Core } from '@strapi/strapi';

/** The tokens Strapi creates by itself on a database with neither admins nor tokens. */
const STRAPI_DEFAULT_TOKENS = ['Read Only', 'Full Access'];

/**
 * Strapi's first start creates a "Full Access" and a "Read Only" API token that never expire
 * and that nobody asked for. This installation needs neither (the site reads as the public,
 * the preview has its own narrow token), so while no administrator exists, which means no one
 * can have made or used a token yet, they are removed. An administrator can still create any
 * token deliberately.
 */
export async function removeStrapiDefaultTokens(strapi: Core.Strapi): Promise<void> {
  if ((await strapi.db.query('admin::user').count()) > 0) return;
  const unasked = (await strapi.db.query('admin::api-token').findMany({
    where: { name: { $in: STRAPI_DEFAULT_TOKENS }, lastUsedAt: null },
    select: ['id'],
  })) as { id: number }[];
  const tokens = strapi.service('admin::api-token-content-api') as unknown as {
    revoke(id: number): Promise<unknown>;
  };
  for (const { id } of unasked) await tokens.revoke(id);
  if (unasked.length > 0)
    strapi.log.info(`Removed Strapi's ${unasked.length} default API tokens; none is needed here.`);
}
