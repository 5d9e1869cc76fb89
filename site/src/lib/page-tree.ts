import { pathTo, type Route } from './routes';
import type { LocaleContent, Page, SiteLink } from './strapi/models';

/** The pages above a page, top first, as links: a breadcrumb trail without the home page. */
export function pageTrail(page: Page, content: LocaleContent): SiteLink[] {
  const trail: SiteLink[] = [];
  const seen = new Set([page.documentId]);
  for (let id = page.parentId; id && !seen.has(id);) {
    seen.add(id);
    const parent = content.pages.find((candidate) => candidate.documentId === id);
    if (!parent) break;
    trail.unshift(pageLink(parent));
    id = parent.parentId;
  }
  return trail;
}

/** The pages right below a page, in the order editors gave them. */
export function childPages(page: Page, content: LocaleContent): Page[] {
  return content.pages
    .filter((candidate) => candidate.parentId === page.documentId)
    .sort((a, b) => a.position - b.position || a.title.localeCompare(b.title));
}

/** A link to an editor's page, titled as the page is. */
export function pageLink(page: Page): SiteLink {
  const route: Route = { locale: page.locale, kind: 'page', slug: page.slugPath };
  return { label: page.title, href: pathTo(route), route };
}

/**
 * How a menu link relates to the page being read, for `aria-current`: 'page' when it is that
 * page, 'true' when the page is within what it leads to (a workshop of the workshops list, a
 * page below a page), else nothing.
 */
export function currentState(link: SiteLink, current: Route): 'page' | 'true' | undefined {
  const target = link.route;
  if (!target || target.locale !== current.locale) return undefined;
  if (target.kind === current.kind && target.slug === current.slug)
    return current.page ? 'true' : 'page';
  const within: Partial<Record<Route['kind'], Route['kind']>> = {
    workshop: 'workshops',
    theme: 'themes',
    focusEdition: 'focusEditions',
  };
  if (within[current.kind] === target.kind) return 'true';
  if (
    target.kind === 'page' &&
    current.kind === 'page' &&
    current.slug?.startsWith(`${target.slug}/`)
  )
    return 'true';
  return undefined;
}
