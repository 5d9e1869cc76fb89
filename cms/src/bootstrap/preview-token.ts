import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './public-permissions';

const TOKEN_NAME = 'Site preview (read-only)';

interface TokenService {
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  update(id: number, attributes: Record<string, unknown>): Promise<unknown>;
  hash(accessKey: string): string;
}

/**
 * The site's preview server reads drafts with PREVIEW_API_TOKEN, a secret of this
 * installation (generated into cms/.env by `npm start`). This keeps an API token with exactly
 * that key, so neither side has to copy a key by hand and the browser never sees it. The token
 * may do what a visitor may (read the site's types), only with drafts: Strapi's "read-only"
 * type would also let it list every type's entries, the media library and the user accounts.
 */
export async function syncPreviewToken(strapi: Core.Strapi): Promise<void> {
  const accessKey = process.env.PREVIEW_API_TOKEN;
  if (!accessKey) return;
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as {
    encrypt(value: string): string;
  };
  const query = strapi.db.query('admin::api-token');
  const existing = (await query.findOne({ where: { name: TOKEN_NAME } })) as {
    id: number;
    accessKey: string;
  } | null;
  const scope = { type: 'custom', permissions: [...PUBLIC_ACTIONS] };
  const token =
    existing ??
    (await tokens.create({
      name: TOKEN_NAME,
      description: 'Used by the site’s draft preview. Its key is PREVIEW_API_TOKEN in cms/.env.',
      kind: 'content-api',
      lifespan: null,
      ...scope,
    }));
  // Also narrows a token made by an earlier version, which was of the "read-only" type.
  if (existing) await tokens.update(existing.id, scope);
  if (existing?.accessKey === tokens.hash(accessKey)) return;
  await query.update({
    where: { id: token.id },
    data: { accessKey: tokens.hash(accessKey), encryptedKey: encryption.encrypt(accessKey) },
  });
}
