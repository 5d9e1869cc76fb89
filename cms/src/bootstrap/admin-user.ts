import type { Core } from '@strapi/strapi';

interface AdminUserService {
  exists(): Promise<boolean>;
  create(user: Record<string, unknown>): Promise<unknown>;
}

/**
 * With ADMIN_EMAIL and ADMIN_PASSWORD set, creates the first super admin so CI and demos
 * need no browser; without them Strapi's own first-run registration form applies.
 */
export async function createFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim();
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists()) return;
  const superAdmin = (await (
    strapi.service('admin::role') as unknown as { getSuperAdmin(): Promise<{ id: number } | null> }
  ).getSuperAdmin()) as { id: number } | null;
  if (!superAdmin)
    throw new Error('The super admin role is missing; Strapi did not finish its own set-up.');

  await users.create({
    email,
    password,
    firstname: process.env.ADMIN_FIRSTNAME ?? 'Admin',
    lastname: process.env.ADMIN_LASTNAME ?? '',
    preferedLanguage: process.env.ADMIN_LANGUAGE ?? null,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Created the first super admin ${email} from ADMIN_EMAIL.`);
}
