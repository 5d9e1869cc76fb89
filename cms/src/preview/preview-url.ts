/** The content types the site can preview, by the name its preview route knows them. */
const previewKinds: Readonly<Record<string, string>> = {
  'api::workshop.workshop': 'workshop',
  'api::theme.theme': 'theme',
  'api::focus-edition.focus-edition': 'focusEdition',
  'api::team-member.team-member': 'team',
  'api::page.page': 'page',
};

/**
 * Where "Open preview" leads: the site's preview route with the document to render. The site
 * resolves the page itself, so its localized routes stay in one place.
 */
export function previewUrl(
  baseUrl: string,
  secret: string,
  {
    uid,
    documentId,
    locale,
    status,
  }: { uid: string; documentId?: string | null; locale?: string | null; status?: string | null }
): string | null {
  const kind = previewKinds[uid];
  if (!kind || !documentId || !secret) return null;
  const query = new URLSearchParams({
    secret,
    kind,
    documentId,
    locale: locale ?? 'nl',
    status: status ?? 'draft',
  });
  return `${baseUrl.replace(/\/$/, '')}/preview/?${query.toString()}`;
}
