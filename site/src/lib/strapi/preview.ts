import { timingSafeEqual } from 'node:crypto';
import { defaultStrapiUrl, isLocaleCode, localeCodes, type LocaleCode } from '@zorgzone/config';
import { pathTo, type Route } from '../routes';
import type { SitePage } from '../pages';
import { StrapiClient } from './client';
import { loadLocale } from './content';
import type { LocaleContent } from './models';
import { fetchFocusEditions } from './queries/focus-editions';
import { fetchTeam } from './queries/team';
import { fetchThemes } from './queries/themes';
import { fetchWorkshops } from './queries/workshops';

/** Where each previewable kind is read from, and which list of the page's content it replaces a document in. */
const previewSources = {
  workshop: { list: 'workshops', fetch: fetchWorkshops },
  theme: { list: 'themes', fetch: fetchThemes },
  focusEdition: { list: 'focusEditions', fetch: fetchFocusEditions },
  team: { list: 'team', fetch: fetchTeam },
} as const;

export type PreviewKind = keyof typeof previewSources;

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
  const content = {
    ...published,
    [list]: [
      ...versions.filter((entry) => entry.documentId !== documentId),
      { ...document, locale },
    ],
  } as LocaleContent;
  const route: Route =
    kind === 'team'
      ? { locale, kind: 'team' }
      : { locale, kind, slug: (document as { slug: string }).slug };
  const path = pathTo(route);
  // A preview has no translation to switch to; the switcher leads to each language's home.
  const homes = Object.fromEntries(
    localeCodes.map((code) => [code, pathTo({ locale: code, kind: 'home' })])
  ) as Record<LocaleCode, string>;
  return { page: { route, path, translations: {}, switchTargets: homes }, content };
}
