import type { Core } from '@strapi/strapi';
import { createFirstAdmin } from './bootstrap/admin-user';
import { syncAdminRoles } from './bootstrap/admin-roles';
import { surviveDatabaseRestarts } from './bootstrap/database-faults';
import { removeStrapiDefaultTokens } from './bootstrap/default-tokens';
import { applyContentManagerLayouts } from './bootstrap/content-manager';
import { syncLocales } from './bootstrap/locales';
import { syncPreviewToken } from './bootstrap/preview-token';
import { syncPublicPermissions } from './bootstrap/public-permissions';
import { registerPublishedOnlyContentApi } from './content-api/published-only';
import { registerAutomaticRedirects } from './redirects/automatic-redirects';
import { isContentEmpty, runSeed } from './seed/run-seed';
import { registerUploadGuard } from './uploads/upload-guard';
import { registerDocumentValidation } from './validation/document-validation';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    surviveDatabaseRestarts(strapi);
    registerPublishedOnlyContentApi(strapi);
    // Outside validation's transaction: the redirects are written once the publication stands.
    registerAutomaticRedirects(strapi);
    registerDocumentValidation(strapi);
    registerUploadGuard(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncLocales(strapi);
    await syncPublicPermissions(strapi);
    await removeStrapiDefaultTokens(strapi);
    // After every plugin's bootstrap: the roles are given the permissions the plugins register.
    await syncAdminRoles(strapi);
    await createFirstAdmin(strapi);
    await syncPreviewToken(strapi);
    await applyContentManagerLayouts(strapi);
    if (process.env.SEED_EMPTY_DATABASE !== 'false' && (await isContentEmpty(strapi))) {
      const { created } = await runSeed(strapi);
      strapi.log.info(
        `Seeded the empty database with the workshop reports (${created.length} documents and translations).`
      );
    }
  },
};
