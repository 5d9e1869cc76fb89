import type { Core, UID } from '@strapi/strapi';

/** Where the admin edits a document in one language, as a path inside the admin. */
export function editPathOf(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | null
): string {
  const path =
    strapi.contentType(uid as UID.ContentType).kind === 'singleType'
      ? `/content-manager/single-types/${uid}`
      : `/content-manager/collection-types/${uid}/${documentId}`;
  return locale ? `${path}?plugins[i18n][locale]=${locale}` : path;
}
