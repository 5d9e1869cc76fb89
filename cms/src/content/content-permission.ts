import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export type ContentAction = 'read' | 'create' | 'update' | 'publish';

interface PermissionChecker {
  can: Record<ContentAction, (entity?: Record<string, unknown>) => boolean>;
}

/** Whether the content manager's own rules let the admin user's role do this, in this language. */
export function mayActOnContent(
  strapi: Core.Strapi,
  userAbility: unknown,
  uid: string,
  action: ContentAction,
  locale: string | null
): boolean {
  const checker = (
    strapi.plugin('content-manager').service('permission-checker') as {
      create(options: { userAbility: unknown; model: string }): PermissionChecker;
    }
  ).create({ userAbility, model: uid });
  return checker.can[action](locale ? { locale } : undefined);
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
  // A PolicyError, also a 403: Strapi's route authorization turns any other ForbiddenError
  // thrown below it into a bare "Forbidden", and the editor would never read why.
  if (!mayActOnContent(strapi, userAbility, uid, action, locale))
    throw new errors.PolicyError(refusal);
}
