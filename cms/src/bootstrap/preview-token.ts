import type { Core } from '@strapi/strapi';

const TOKEN_NAME = 'Site preview (read-only)';

interface TokenService {
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  hash(accessKey: string): string;
}

/**
 * The site's preview server reads drafts with PREVIEW_API_TOKEN, a secret of this
 * installation (generated into cms/.env by `npm start`). This keeps a read-only API token
 * with exactly that key, so neither side has to copy a key by hand and the browser never sees it.
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
  if (existing?.accessKey === tokens.hash(accessKey)) return;
  const token =
    existing ??
    (await tokens.create({
      name: TOKEN_NAME,
      description: 'Used by the site’s draft preview. Its key is PREVIEW_API_TOKEN in cms/.env.',
      type: 'read-only',
      kind: 'content-api',
      lifespan: null,
    }));
  await query.update({
    where: { id: token.id },
    data: { accessKey: tokens.hash(accessKey), encryptedKey: encryption.encrypt(accessKey) },
  });
}
