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

const kinds = ['workshop', 'theme', 'focusEdition', 'team'] as const;
export type PreviewKind = (typeof kinds)[number];

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
  if (!kinds.includes(kind as PreviewKind) || !documentId || !isLocaleCode(locale)) return null;
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
  const only = { documentId, status };
  const swap = <T extends { documentId: string }>(list: readonly T[], document: T) => [
    ...list.filter((entry) => entry.documentId !== document.documentId),
    document,
  ];
  let content: LocaleContent;
  let route: Route;
  if (kind === 'workshop') {
    const [document] = await fetchWorkshops(client, locale, only);
    if (!document) return null;
    content = { ...published, workshops: swap(published.workshops, { ...document, locale }) };
    route = { locale, kind, slug: document.slug };
  } else if (kind === 'theme') {
    const [document] = await fetchThemes(client, locale, only);
    if (!document) return null;
    content = { ...published, themes: swap(published.themes, { ...document, locale }) };
    route = { locale, kind, slug: document.slug };
  } else if (kind === 'focusEdition') {
    const [document] = await fetchFocusEditions(client, locale, only);
    if (!document) return null;
    content = {
      ...published,
      focusEditions: swap(published.focusEditions, { ...document, locale }),
    };
    route = { locale, kind, slug: document.slug };
  } else {
    const [document] = await fetchTeam(client, locale, only);
    if (!document) return null;
    content = { ...published, team: swap(published.team, { ...document, locale }) };
    route = { locale, kind: 'team' };
  }
  const path = pathTo(route);
  const lists = Object.fromEntries(
    localeCodes.map((code) => [code, pathTo({ locale: code, kind: 'home' })])
  ) as Record<LocaleCode, string>;
  return { page: { route, path, translations: {}, switchTargets: lists }, content };
}
