import {
  localeCodes,
  pageSlugPaths,
  reservedTopLevelSegments,
  type LocaleCode,
  type SiteFact,
  type SiteWarning,
  type WarningPlace,
} from '@zorgzone/config';
import { todayInBrussels } from '../format';
import { sitePages, splitWorkshops } from '../pages';
import { resolveRedirects, type RedirectCandidate } from '../redirects/resolve';
import { pathTo, routeOf, type Route } from '../routes';
import { safeHref } from '../safe-href';
import type { MediaIndex } from './media';
import type {
  Block,
  FocusEdition,
  HomePage,
  ListNode,
  LocaleContent,
  Navigation,
  Page,
  PageBlock,
  Seo,
  SiteContent,
  SiteLink,
  Workshop,
} from './models';
import type { PageBlockEntry } from './queries/blocks';
import type { RawLocaleContent } from './raw';
import type { linkEntry, seoEntry } from './schemas';
import type { z } from 'zod';

type LinkEntry = z.output<typeof linkEntry>;
type Destination = Pick<LinkEntry, 'page' | 'workshop' | 'theme' | 'focusEdition' | 'list' | 'url'>;

/** Where each published document of a language is, by document id, for links to it. */
interface Destinations {
  readonly pages: ReadonlyMap<string, string>;
  readonly workshops: ReadonlyMap<string, string>;
  readonly themes: ReadonlyMap<string, string>;
  readonly focusEditions: ReadonlyMap<string, string>;
}

/** The facts the footer identifies the association with, and the contact the site gives. */
const REQUIRED_FACTS = [
  'organisationName',
  'legalForm',
  'registeredOffice',
  'enterpriseNumber',
  'legalEntitiesRegister',
  'contactEmail',
] as const satisfies readonly SiteFact[];

/** An accessibility statement must say when it was last reviewed; a year is the EU model's rhythm. */
const REVIEW_INTERVAL_DAYS = 365;

function routeTo(locale: LocaleCode, destination: Destination, to: Destinations): Route | null {
  const document = (
    kind: 'page' | 'workshop' | 'theme' | 'focusEdition',
    ref: { documentId: string } | null,
    slugs: ReadonlyMap<string, string>
  ): Route | null => {
    const slug = ref ? slugs.get(ref.documentId) : undefined;
    return slug ? { locale, kind, slug } : null;
  };
  if (destination.page) return document('page', destination.page, to.pages);
  if (destination.workshop) return document('workshop', destination.workshop, to.workshops);
  if (destination.theme) return document('theme', destination.theme, to.themes);
  if (destination.focusEdition)
    return document('focusEdition', destination.focusEdition, to.focusEditions);
  if (destination.list) return { locale, kind: destination.list };
  return null;
}

/**
 * Where a link leads on the published site, or null when its destination is not published (or
 * was deleted): the link is then left out, never shown broken.
 */
function hrefOf(
  locale: LocaleCode,
  destination: Destination,
  to: Destinations
): { href: string; route: Route | null } | null {
  const route = routeTo(locale, destination, to);
  if (route) return { href: pathTo(route), route };
  const named =
    destination.page ?? destination.workshop ?? destination.theme ?? destination.focusEdition;
  if (named || !destination.url) return null;
  const href = safeHref(destination.url);
  return href ? { href, route: href.startsWith('/') ? routeOf(href) : null } : null;
}

/** Rich text with each image pointing at the site's own responsive copy; images without one are left out. */
function withImages<T extends Block | ListNode>(nodes: readonly T[], media: MediaIndex): T[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'image') return [node];
    const responsive = media.image(node.image.url);
    return responsive ? [{ ...node, responsive }] : [];
  });
}

/** An entry's search and sharing fields, with its sharing image as the site's 1200×630 copy. */
function seoOf({ seo }: { seo: z.output<typeof seoEntry> }, media: MediaIndex): Seo {
  return {
    title: seo?.metaTitle ?? null,
    description: seo?.metaDescription ?? null,
    image: seo?.socialImage ? media.social(seo.socialImage.url) : null,
    noindex: seo?.noindex ?? false,
  };
}

/** "PDF", "JPEG": a file's type as its link says it, from its extension or its MIME type. */
function fileType(file: {
  ext?: string | null;
  mime?: string | null;
  name?: string | null;
}): string {
  const extension = file.ext ?? (file.name?.includes('.') ? `.${file.name.split('.').at(-1)}` : '');
  const type = extension ? extension.slice(1) : (file.mime?.split('/').at(-1) ?? '');
  return type.toUpperCase();
}

/** One language's content, resolved: what the site shows, and what it had to leave out. */
function resolveLocale(
  raw: RawLocaleContent,
  media: MediaIndex,
  today: string
): { content: LocaleContent; candidates: RedirectCandidate[] } {
  const { locale, settings } = raw;
  const warnings: SiteWarning[] = [];
  const withLocale = <T>(entry: T) => ({ ...entry, locale });
  /** A file field pointing at the site's own copy; null if there is none to point at. */
  const localFile = <T extends { url: string }>(file: T | null): T | null => {
    const url = file ? media.file(file.url) : null;
    return file && url ? { ...file, url } : null;
  };

  const workshops: Workshop[] = raw.workshops.map((workshop) => ({
    ...withLocale(workshop),
    presentationFile: localFile(workshop.presentationFile),
    agendaTopics: workshop.agendaTopics.map((topic) => ({
      ...topic,
      details: withImages(topic.details, media),
    })),
    roundTables: workshop.roundTables.map((roundTable) => ({
      ...roundTable,
      body: withImages(roundTable.body, media),
    })),
    seo: seoOf(workshop, media),
  }));
  const themes = raw.themes.map((theme) => ({
    ...withLocale(theme),
    description: withImages(theme.description, media),
    seo: seoOf(theme, media),
  }));
  const focusEditions: FocusEdition[] = raw.focusEditions.map((edition) => ({
    ...withLocale(edition),
    pdf: localFile(edition.pdf),
    seo: seoOf(edition, media),
  }));
  const team = raw.team.map((member) => ({
    ...withLocale(member),
    photo: member.photo ? media.image(member.photo.url) : null,
  }));

  // A page lives under its parents; one whose address the site or another page already has is left out.
  const slugPaths = pageSlugPaths(
    raw.pages.map((page) => ({
      documentId: page.documentId,
      slug: page.slug,
      parentId: page.parent?.documentId ?? null,
    }))
  );
  const reserved = new Set(reservedTopLevelSegments(locale));
  const pagePaths = new Map<string, string>();
  const takenPaths = new Set<string>();
  for (const page of raw.pages) {
    const slugPath = slugPaths.get(page.documentId) ?? page.slug;
    const taken =
      !slugPaths.has(page.documentId) ||
      reserved.has(slugPath.split('/')[0]!) ||
      takenPaths.has(slugPath);
    takenPaths.add(slugPath);
    if (taken)
      warnings.push({
        code: 'pageLeftOut',
        locale,
        title: page.title,
        documentId: page.documentId,
        path: pathTo({ locale, kind: 'page', slug: slugPath }),
      });
    else pagePaths.set(page.documentId, slugPath);
  }
  const destinations: Destinations = {
    pages: pagePaths,
    workshops: new Map(workshops.map((workshop) => [workshop.documentId, workshop.slug])),
    themes: new Map(themes.map((theme) => [theme.documentId, theme.slug])),
    focusEditions: new Map(focusEditions.map((edition) => [edition.documentId, edition.slug])),
  };
  const link = (entry: LinkEntry, place: WarningPlace): SiteLink | null => {
    const resolved = hrefOf(locale, entry, destinations);
    if (!resolved) warnings.push({ code: 'linkLeftOut', locale, place, label: entry.label });
    return resolved ? { label: entry.label, ...resolved } : null;
  };

  const { upcoming, past } = splitWorkshops(workshops, today);
  const blocks = (entries: readonly PageBlockEntry[], place: WarningPlace): PageBlock[] =>
    entries.flatMap((block): PageBlock[] => {
      const leftOut = (kind: 'image' | 'fileDownload' | 'contactCard'): PageBlock[] => {
        warnings.push({ code: 'blockLeftOut', locale, place, block: kind });
        return [];
      };
      switch (block.__component) {
        case 'blocks.rich-text':
          return [{ ...block, body: withImages(block.body, media) }];
        case 'blocks.questions':
          return [
            {
              ...block,
              items: block.items.map((item) => ({
                ...item,
                answer: withImages(item.answer, media),
              })),
            },
          ];
        case 'blocks.image': {
          const image = block.image ? media.image(block.image.url) : null;
          if (!image) return leftOut('image');
          const alt = block.decorative ? '' : (block.alt ?? '');
          return [
            {
              __component: block.__component,
              image,
              alt,
              caption: block.caption,
              credit: block.credit,
            },
          ];
        }
        case 'blocks.call-to-action': {
          const target = block.link ? link(block.link, place) : null;
          return target ? [{ __component: block.__component, text: block.text, link: target }] : [];
        }
        case 'blocks.latest-items':
          return [
            {
              __component: block.__component,
              heading: block.heading,
              kind: block.kind,
              workshops: (block.kind === 'upcomingWorkshops'
                ? upcoming
                : block.kind === 'workshopReports'
                  ? past
                  : []
              ).slice(0, block.count),
              focusEditions:
                block.kind === 'focusEditions' ? focusEditions.slice(0, block.count) : [],
            },
          ];
        case 'blocks.contact-card': {
          const fallback = block.useSiteContact ? settings : null;
          const card = {
            email: block.email ?? fallback?.contactEmail ?? null,
            phone: block.phone ?? fallback?.contactPhone ?? null,
            address: block.address ?? fallback?.address ?? null,
          };
          if (!card.email && !card.phone && !card.address) return leftOut('contactCard');
          return [
            {
              __component: block.__component,
              heading: block.heading,
              name: block.name ?? fallback?.siteName ?? null,
              note: block.note,
              ...card,
            },
          ];
        }
        case 'blocks.file-download': {
          const href = block.file ? media.file(block.file.url) : null;
          if (!href || !block.file) return leftOut('fileDownload');
          return [
            {
              __component: block.__component,
              href,
              label: block.label,
              description: block.description,
              type: fileType(block.file),
              bytes: block.file.size ? Math.round(block.file.size * 1024) : null,
            },
          ];
        }
      }
    });

  const pages: Page[] = raw.pages
    .filter((page) => pagePaths.has(page.documentId))
    .map(({ parent, ...page }) => ({
      ...withLocale(page),
      slugPath: pagePaths.get(page.documentId)!,
      parentId: parent?.documentId ?? null,
      blocks: blocks(page.blocks, { kind: 'page', title: page.title, documentId: page.documentId }),
      seo: seoOf(page, media),
    }));
  const home: HomePage | null = raw.home
    ? {
        ...raw.home,
        intro: withImages(raw.home.intro, media),
        blocks: blocks(raw.home.blocks, { kind: 'home' }),
      }
    : null;
  const navigationPlace = { kind: 'navigation' } as const;
  const navigation: Navigation = {
    header: (raw.navigation?.header ?? []).flatMap((entry) => link(entry, navigationPlace) ?? []),
    footerColumns: (raw.navigation?.footerColumns ?? [])
      .map((column) => ({
        heading: column.heading,
        links: column.links.flatMap((entry) => link(entry, navigationPlace) ?? []),
      }))
      .filter((column) => column.links.length > 0),
  };

  const statement = (ref: { documentId: string } | null, fact: SiteFact): SiteLink | null => {
    const page = ref
      ? pages.find((candidate) => candidate.documentId === ref.documentId)
      : undefined;
    if (!page) {
      warnings.push({ code: 'missingFact', locale, fact });
      return null;
    }
    return {
      label: page.title,
      href: pathTo({ locale, kind: 'page', slug: page.slugPath }),
      route: { locale, kind: 'page', slug: page.slugPath },
    };
  };
  const legalLinks = {
    privacy: statement(settings.privacyStatement, 'privacyStatement'),
    accessibility: statement(settings.accessibilityStatement, 'accessibilityStatement'),
  };
  for (const fact of REQUIRED_FACTS)
    if (!settings[fact]) warnings.push({ code: 'missingFact', locale, fact });
  const accessibility = pages.find(
    (page) => page.documentId === settings.accessibilityStatement?.documentId
  );
  if (accessibility && !isRecent(accessibility.reviewedOn, today))
    warnings.push({
      code: 'statementNotReviewed',
      locale,
      title: accessibility.title,
      documentId: accessibility.documentId,
      reviewedOn: accessibility.reviewedOn,
    });

  const candidates = raw.redirects.map((redirect): RedirectCandidate => {
    const file = redirect.file ? media.file(redirect.file.url) : null;
    return {
      locale,
      from: redirect.from,
      to: file ?? hrefOf(locale, redirect, destinations)?.href ?? null,
      permanent: redirect.permanent,
    };
  });

  return {
    content: {
      locale,
      settings,
      home,
      workshops,
      themes,
      focusEditions,
      team,
      pages,
      navigation,
      legalLinks,
      // Filled in once every language is resolved: a chain of redirects may cross languages.
      redirects: [],
      warnings,
    },
    candidates,
  };
}

/** Whether a review date is within the last REVIEW_INTERVAL_DAYS of `today` (both YYYY-MM-DD). */
function isRecent(reviewedOn: string | null, today: string): boolean {
  if (!reviewedOn) return false;
  const days = (Date.parse(today) - Date.parse(reviewedOn)) / 86_400_000;
  return days <= REVIEW_INTERVAL_DAYS;
}

/** One language's content for the draft preview, which serves no redirects. */
export function resolvePreviewContent(
  raw: RawLocaleContent,
  media: MediaIndex,
  today = todayInBrussels()
): LocaleContent {
  return resolveLocale(raw, media, today).content;
}

/**
 * The site's content as pages render it, from what Strapi sent and the site's copies of its media:
 * pages placed under their parents, links and blocks resolved (or left out when their destination
 * is not published), latest items filled in, redirects followed to their end, and every omission
 * recorded as a warning for editors.
 */
export function resolveContent(
  raws: readonly RawLocaleContent[],
  media: MediaIndex,
  today = todayInBrussels()
): SiteContent {
  const resolved = raws.map((raw) => resolveLocale(raw, media, today));
  const byLocale = {} as Record<LocaleCode, LocaleContent>;
  for (const { content } of resolved) byLocale[content.locale] = content;
  const livePaths = new Set(sitePages(byLocale).map((page) => page.path));
  const { redirects, warnings } = resolveRedirects(
    resolved.flatMap(({ candidates }) => candidates),
    livePaths
  );
  for (const code of localeCodes) {
    byLocale[code] = {
      ...byLocale[code],
      redirects: redirects
        .filter((redirect) => redirect.locale === code)
        .map(({ locale: _locale, ...redirect }) => redirect),
      warnings: [
        ...byLocale[code].warnings,
        ...warnings.filter((warning) => warning.locale === code),
      ],
    };
  }
  return byLocale;
}
