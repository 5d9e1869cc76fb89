import { timingSafeEqual } from 'node:crypto';
import { defaultStrapiUrl, isLocaleCode, localeCodes, type LocaleCode } from '@zorgzone/config';
import { pathTo, type Route } from '../routes';
import type { SitePage } from '../pages';
import { StrapiClient } from './client';
import { loadLocale } from './read-locale';
import { localizeMedia } from './media';
import type { LocaleContent } from './models';
import { fetchFocusEditions } from './queries/focus-editions';
import { fetchPages } from './queries/pages';
import { fetchTeam } from './queries/team';
import { fetchThemes } from './queries/themes';
import { fetchWorkshops } from './queries/workshops';
import type { RawLocaleContent } from './raw';
import { resolvePreviewContent } from './resolve';

/** Where each previewable kind is read from, and which list of the page's content it replaces a document in. */
const previewSources = {
  workshop: { list: 'workshops', fetch: fetchWorkshops },
  theme: { list: 'themes', fetch: fetchThemes },
  focusEdition: { list: 'focusEditions', fetch: fetchFocusEditions },
  team: { list: 'team', fetch: fetchTeam },
  page: { list: 'pages', fetch: fetchPages },
} as const;

export type PreviewKind = keyof typeof previewSources;

/** A language's content with no document in it, for scoping what a preview downloads. */
const NOTHING = {
  home: null,
  workshops: [],
  themes: [],
  focusEditions: [],
  team: [],
  pages: [],
  redirects: [],
} satisfies Partial<RawLocaleContent>;

export interface PreviewRequest {
  readonly kind: PreviewKind;
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly status: 'draft' | 'published';
}

/** Whether the secret in a preview link is PREVIEW_SECRET, compared in constant time. */
export function isPreviewSecret(
  given: string | null,
  expected = process.env.PREVIEW_SECRET ?? ''
): boolean {
  if (!given || !expected) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The preview a link asks for, or null when its parameters name nothing we can render. */
export function parsePreviewRequest(params: URLSearchParams): PreviewRequest | null {
  const kind = params.get('kind');
  const documentId = params.get('documentId');
  const locale = params.get('locale');
  const status = params.get('status') === 'published' ? 'published' : 'draft';
  if (!kind || !Object.hasOwn(previewSources, kind) || !documentId || !isLocaleCode(locale))
    return null;
  return { kind: kind as PreviewKind, documentId, locale, status };
}

/**
 * The page of one document as the site would render it, with that document in the asked
 * state (usually its draft) among the published rest. Read fresh for every preview, with the
 * server-side preview token: drafts never reach the static build, and the token never the browser.
 */
export async function loadPreview(
  request: PreviewRequest
): Promise<{ page: SitePage; content: LocaleContent } | null> {
  const client = new StrapiClient({
    baseUrl: process.env.STRAPI_URL || defaultStrapiUrl,
    token: process.env.PREVIEW_API_TOKEN || undefined,
  });
  const { kind, locale, documentId, status } = request;
  const published = await loadLocale(client, locale);
  const { list, fetch } = previewSources[kind];
  const [document] = await fetch(client, locale, { documentId, status });
  if (!document) return null;
  const versions = published[list] as readonly { documentId: string }[];
  const raw = {
    ...published,
    [list]: [...versions.filter((entry) => entry.documentId !== documentId), document],
  } as RawLocaleContent;
  // Only the previewed document's media (the whole team's, for the team page): a preview must not
  // download every upload of the site for one page.
  const shown = list === 'team' ? raw.team : [document];
  const scope = { ...raw, ...NOTHING, [list]: shown } as RawLocaleContent;
  const content = resolvePreviewContent(raw, await localizeMedia(client, [scope]));
  const route = previewRoute(request, content);
  if (!route) return null;
  const path = pathTo(route);
  // A preview has no translation to switch to; the switcher leads to each language's home.
  const homes = Object.fromEntries(
    localeCodes.map((code) => [code, pathTo({ locale: code, kind: 'home' })])
  ) as Record<LocaleCode, string>;
  return {
    page: { route, path, translations: {}, alternates: [], switchTargets: homes, noindex: true },
    content,
  };
}

/** The page a previewed document appears on; null for a page that has no address yet. */
function previewRoute(
  { kind, locale, documentId }: PreviewRequest,
  content: LocaleContent
): Route | null {
  if (kind === 'team') return { locale, kind: 'team' };
  if (kind === 'page') {
    const page = content.pages.find((entry) => entry.documentId === documentId);
    return page ? { locale, kind, slug: page.slugPath } : null;
  }
  const list = content[previewSources[kind].list] as readonly {
    documentId: string;
    slug: string;
  }[];
  const entry = list.find((candidate) => candidate.documentId === documentId);
  return entry ? { locale, kind, slug: entry.slug } : null;
}
