import type { Core, UID } from '@strapi/strapi';
import {
  comparablePath,
  followRedirects,
  isLocaleCode,
  isRedirectPath,
  MAX_PAGE_DEPTH,
  reservedTopLevelSegments,
  type LocaleCode,
} from '@zorgzone/config';
import { deepPopulate } from '../content/deep-populate';
import { PAGE_KINDS, sitePaths } from '../content/site-paths';
import type { ValidationMessages } from './messages';
import { isFilled, linkTargetCount, type FieldPath, type Problem } from './rules';

type Data = Record<string, unknown>;

const PAGE = 'api::page.page';
const REDIRECT = 'api::redirect.redirect';

/** The types whose rules need the document as saved: links, blocks, parents and redirects. */
export const SAVED_DOCUMENT_TYPES = new Set([
  PAGE,
  'api::home-page.home-page',
  'api::navigation.navigation',
  REDIRECT,
]);

const asList = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);

/** Every link of a saved document, with where it sits in the form. */
function linksOf(uid: string, document: Data): { path: FieldPath; link: Data }[] {
  if (uid === 'api::navigation.navigation') {
    return [
      ...asList(document.header).map((link, index) => ({ path: ['header', index], link })),
      ...asList(document.footerColumns).flatMap((column, columnIndex) =>
        asList(column.links).map((link, index) => ({
          path: ['footerColumns', columnIndex, 'links', index],
          link,
        }))
      ),
    ];
  }
  return asList(document.blocks).flatMap((block, index) =>
    block.__component === 'blocks.call-to-action' && block.link
      ? [{ path: ['blocks', index, 'link'], link: block.link as Data }]
      : []
  );
}

function linkProblems(uid: string, document: Data, messages: ValidationMessages): Problem[] {
  return linksOf(uid, document).flatMap(({ path, link }) => {
    const count = linkTargetCount(link);
    const label = String(link.label ?? '');
    if (count === 1) return [];
    return [
      count === 0
        ? { path: [...path, 'label'], message: messages.linkNoTarget(label) }
        : { path: [...path, 'label'], message: messages.linkTooManyTargets(label) },
    ];
  });
}

function imageProblems(document: Data, messages: ValidationMessages): Problem[] {
  return asList(document.blocks).flatMap((block, index) =>
    block.__component === 'blocks.image' && block.decorative !== true && !isFilled(block.alt)
      ? [{ path: ['blocks', index, 'alt'], message: messages.imageAltMissing() }]
      : []
  );
}

async function pageProblems(
  strapi: Core.Strapi,
  document: Data,
  locale: LocaleCode,
  messages: ValidationMessages
): Promise<Problem[]> {
  const parent = document.parent as { documentId: string } | null;
  if (!parent) {
    const slug = String(document.slug ?? '');
    return reservedTopLevelSegments(locale).includes(slug)
      ? [{ path: ['slug'], message: messages.slugReserved(slug, `/${locale}/${slug}/`) }]
      : [];
  }
  // Walk up the drafts, which is what the editor arranges: the page must not end up below itself.
  const query = strapi.db.query(PAGE as UID.ContentType);
  // Levels counted with the page itself, as the site counts them (pageSlugPaths).
  let levels = 2;
  for (let above: string | undefined = parent.documentId; above; levels += 1) {
    if (above === document.documentId)
      return [{ path: ['parent'], message: messages.parentCircle(String(document.title ?? '')) }];
    if (levels > MAX_PAGE_DEPTH)
      return [{ path: ['parent'], message: messages.parentTooDeep(MAX_PAGE_DEPTH) }];
    const row = (await query.findOne({
      where: { documentId: above, locale, publishedAt: null },
      select: ['documentId'],
      populate: { parent: { select: ['documentId'] } },
    })) as { parent: { documentId: string } | null } | null;
    above = row?.parent?.documentId;
  }
  return [];
}

async function redirectProblems(
  strapi: Core.Strapi,
  document: Data,
  locale: LocaleCode,
  messages: ValidationMessages
): Promise<Problem[]> {
  const from = String(document.from ?? '');
  if (!isRedirectPath(from)) return [{ path: ['from'], message: messages.redirectFrom(from) }];
  const problems: Problem[] = [];
  const count = linkTargetCount(document);
  if (count !== 1)
    problems.push({
      path: ['from'],
      message:
        count === 0 ? messages.redirectNoTarget(from) : messages.redirectTooManyTargets(from),
    });
  const others = (await strapi.db.query(REDIRECT as UID.ContentType).findMany({
    where: { documentId: { $ne: document.documentId }, publishedAt: null },
    select: ['from', 'url'],
  })) as { from: string; url: string | null }[];
  if (others.some((other) => comparablePath(other.from) === comparablePath(from)))
    problems.push({ path: ['from'], message: messages.redirectFromTaken(from) });

  for (const [field, uid] of Object.entries({
    page: PAGE,
    workshop: 'api::workshop.workshop',
    theme: 'api::theme.theme',
    focusEdition: 'api::focus-edition.focus-edition',
  })) {
    const target = document[field] as { documentId: string } | null | undefined;
    if (!target || !PAGE_KINDS[uid]) continue;
    const live = await sitePaths(strapi, uid, locale, { documentIds: [target.documentId] });
    const path = live.get(target.documentId);
    if (path && comparablePath(path) === comparablePath(from))
      problems.push({ path: [field], message: messages.redirectToItself(from) });
  }
  const url = typeof document.url === 'string' ? document.url : '';
  if (url.startsWith('/')) {
    const next = new Map(
      others
        .filter((other) => other.url?.startsWith('/'))
        .map((other) => [comparablePath(other.from), other.url!])
    );
    next.set(comparablePath(from), url);
    const { chain, loops } = followRedirects(from, (path) => next.get(path));
    if (loops)
      problems.push({
        path: ['url'],
        message:
          chain.length === 2
            ? messages.redirectToItself(from)
            : messages.redirectLoop(chain.join(' → ')),
      });
  }
  return problems;
}

/**
 * What is wrong with a document as it was just saved, read back with everything it holds: links
 * without exactly one destination, images without a description, pages placed below themselves
 * or on the site's own addresses, redirects that are malformed, taken or go round in a circle.
 * Read after the write because relations arrive as changes (connect/disconnect), not as values.
 */
export async function savedDocumentProblems(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | undefined,
  messages: ValidationMessages
): Promise<Problem[]> {
  const localeCode = isLocaleCode(locale) ? locale : undefined;
  const document = (await strapi.documents(uid as UID.ContentType).findOne({
    documentId,
    ...(localeCode ? { locale: localeCode } : {}),
    status: 'draft',
    populate: deepPopulate(strapi, uid as UID.ContentType),
  } as never)) as Data | null;
  if (!document) return [];
  const savedLocale = (localeCode ?? document.locale) as LocaleCode;
  const problems = [...linkProblems(uid, document, messages), ...imageProblems(document, messages)];
  if (uid === PAGE) problems.push(...(await pageProblems(strapi, document, savedLocale, messages)));
  if (uid === REDIRECT)
    problems.push(...(await redirectProblems(strapi, document, savedLocale, messages)));
  return problems;
}
