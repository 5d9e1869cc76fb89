import type { Core, UID } from '@strapi/strapi';
import { comparablePath, isLocaleCode, localeCodes, type LocaleCode } from '@zorgzone/config';
import { PAGE_KINDS, sitePaths } from '../content/site-paths';
import { LINK_TARGET_FIELDS } from '../validation/rules';

const REDIRECT = 'api::redirect.redirect' satisfies UID.ContentType;

/** The redirect's note, in its own language, so editors know where it came from. */
const AUTOMATIC_NOTE: Record<LocaleCode, string> = {
  nl: 'Automatisch gemaakt toen het webadres van deze pagina veranderde.',
  fr: 'Créée automatiquement quand l’adresse web de cette page a changé.',
};

interface Params {
  documentId?: string;
  locale?: string | string[];
  status?: string;
}

function publishedLocales(locale: Params['locale']): LocaleCode[] {
  if (locale === undefined || locale === '*') return [...localeCodes];
  return (Array.isArray(locale) ? locale : [locale]).filter(isLocaleCode);
}

/**
 * Points the redirect from `from` at the document, making it when there is none: an older
 * redirect from the same address now leads to where the page went.
 */
async function redirectTo(
  strapi: Core.Strapi,
  locale: LocaleCode,
  from: string,
  field: string,
  documentId: string
): Promise<void> {
  const redirects = strapi.documents(REDIRECT);
  // Servers treat /x and /x/ as one address; so does the check that a from-path is unique.
  const bare = comparablePath(from);
  const existing = (await strapi.db.query(REDIRECT).findOne({
    where: { from: { $in: [bare, `${bare}/`] }, publishedAt: null },
    select: ['documentId', 'locale'],
  })) as { documentId: string; locale: LocaleCode } | null;
  const target = Object.fromEntries(LINK_TARGET_FIELDS.map((name) => [name, null]));
  const data = {
    ...target,
    from,
    [field]: { documentId, locale },
    permanent: true,
    automatic: true,
    note: AUTOMATIC_NOTE[locale],
  };
  if (existing && existing.locale !== locale)
    await redirects.delete({ documentId: existing.documentId, locale: existing.locale } as never);
  const saved = (
    existing && existing.locale === locale
      ? await redirects.update({ documentId: existing.documentId, locale, data } as never)
      : await redirects.create({ locale, data } as never)
  ) as { documentId: string };
  await redirects.publish({ documentId: saved.documentId, locale } as never);
}

/**
 * When a published document's address changes (its slug, or for a page a parent's), its old
 * address keeps working: a permanent redirect to the document is made in that language, for it
 * and for every page below it. Automatic redirects from an address a document lives at again
 * are removed, since the page itself answers there.
 */
export function registerAutomaticRedirects(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const params = context.params as Params;
    const publishes =
      context.action === 'publish' ||
      ((context.action === 'create' || context.action === 'update') &&
        params.status === 'published');
    const kind = PAGE_KINDS[context.uid];
    if (!kind || !publishes) return next();
    const documentIds = params.documentId ? [params.documentId] : undefined;
    const locales = publishedLocales(params.locale);
    const before = new Map<LocaleCode, Map<string, string>>();
    for (const locale of locales)
      before.set(locale, await sitePaths(strapi, context.uid, locale, { documentIds }));
    const result = await next();
    const field = kind === 'focusEdition' ? 'focusEdition' : kind;
    for (const locale of locales) {
      const after = await sitePaths(strapi, context.uid, locale, { documentIds });
      try {
        for (const [documentId, oldPath] of before.get(locale)!) {
          const newPath = after.get(documentId);
          if (newPath && newPath !== oldPath)
            await redirectTo(strapi, locale, oldPath, field, documentId);
        }
        const stale = (await strapi.db.query(REDIRECT).findMany({
          where: { automatic: true, publishedAt: null, from: { $in: [...after.values()] } },
          select: ['documentId', 'locale'],
        })) as { documentId: string; locale: string }[];
        for (const redirect of stale) await strapi.documents(REDIRECT).delete(redirect as never);
      } catch (error) {
        // The publication itself stands; a redirect that could not be made is logged for a developer.
        strapi.log.error(
          `Could not keep the old address of ${context.uid} working in ${locale}: ${(error as Error).message}`
        );
      }
    }
    return result;
  });
}
