import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export type ContentAction = 'read' | 'create' | 'update' | 'publish';

interface PermissionChecker {
  can: Record<ContentAction, (entity?: Record<string, unknown>) => boolean>;
}

/**
 * The content manager's own rules for the admin user's role, language by language: a plugin that
 * acts on content on someone's behalf (a restore, a scheduled publication) allows no more.
 */
export function requireContentPermission(
  strapi: Core.Strapi,
  userAbility: unknown,
  uid: string,
  action: ContentAction,
  locale: string | null,
  refusal: string
): void {
  const checker = (
    strapi.plugin('content-manager').service('permission-checker') as {
      create(options: { userAbility: unknown; model: string }): PermissionChecker;
    }
  ).create({ userAbility, model: uid });
  if (!checker.can[action](locale ? { locale } : undefined))
    throw new errors.ForbiddenError(refusal);
}
