import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChangedDocument, LocaleCode } from '@zorgzone/config';
import type { z } from 'zod';
import type { StrapiClient } from './client';
import type { QueryValue } from './query-string';
import { focusEditionQuery } from './queries/focus-editions';
import { themeQuery } from './queries/themes';
import { workshopQuery } from './queries/workshops';
import type { RawLocaleContent } from './raw';
import {
  inSiteOrder,
  readCollection,
  readSmallTypes,
  type GrowingKind,
  type SmallTypes,
} from './read-locale';
import { focusEditionEntry, themeEntry, workshopEntry } from './schemas';

/**
 * What the previous build read, so the next one asks Strapi only for what changed: the content
 * as parsed, before media and links are resolved, and when the reading started.
 */
interface ContentCache {
  readonly readStartedAt: string;
  readonly raws: readonly RawLocaleContent[];
}

/**
 * The cache is one line per document of the growing collections (`kind`, tab, locale, tab, JSON)
 * after a line per language for the rest: a build that changed one workshop writes the others'
 * lines as it read them, instead of serializing thousands of documents again (0.5 s at 1,000
 * workshops, where reading the whole file takes 0.25 s).
 */
const CACHE_FORMAT = 'zorgzone-content-cache 2';
const growingKinds: readonly GrowingKind[] = ['workshops', 'themes', 'focusEditions'];
const linesRead = new WeakMap<object, string>();

export function readContentCache(file: string): ContentCache | null {
  if (!existsSync(file)) return null;
  try {
    const [format, readStartedAt, ...lines] = readFileSync(file, 'utf8').split('\n');
    if (format !== CACHE_FORMAT || !readStartedAt) return null;
    const raws = new Map<string, SmallTypes & Record<GrowingKind, object[]>>();
    for (const line of lines) {
      const [kind = '', locale = '', json = ''] = line.split('\t', 3);
      if (kind === 'locale') {
        raws.set(locale, {
          ...(JSON.parse(json) as SmallTypes),
          workshops: [],
          themes: [],
          focusEditions: [],
        });
        continue;
      }
      const document = JSON.parse(json) as object;
      linesRead.set(document, line);
      if (growingKinds.includes(kind as GrowingKind))
        raws.get(locale)?.[kind as GrowingKind].push(document);
    }
    return { readStartedAt, raws: [...raws.values()] as unknown as RawLocaleContent[] };
  } catch {
    // A cache cut short by a crash is only a slower build: read everything again.
    return null;
  }
}

export function writeContentCache(
  file: string,
  readStartedAt: Date,
  raws: readonly RawLocaleContent[]
): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const lines = [CACHE_FORMAT, readStartedAt.toISOString()];
  for (const raw of raws) {
    const small: SmallTypes = {
      locale: raw.locale,
      settings: raw.settings,
      home: raw.home,
      navigation: raw.navigation,
      team: raw.team,
      pages: raw.pages,
      redirects: raw.redirects,
    };
    lines.push(`locale\t${raw.locale}\t${JSON.stringify(small)}`);
  }
  for (const raw of raws)
    for (const kind of growingKinds)
      for (const document of raw[kind])
        lines.push(
          linesRead.get(document) ?? `${kind}\t${raw.locale}\t${JSON.stringify(document)}`
        );
  const next = `${file}.next`;
  writeFileSync(next, lines.join('\n'));
  renameSync(next, file);
}

/**
 * The collections that grow with the archive, read by difference. The others (the single types,
 * the team, editors' pages, redirects) are few and read whole every time. A collection lists the
 * ones whose fields its documents carry (a workshop shows its themes' names): when one of those
 * changes, it is read whole again, since its own documents' `updatedAt` did not move.
 */
const growing: Record<
  GrowingKind,
  {
    contentType: string;
    path: string;
    query: Record<string, QueryValue>;
    entry: z.ZodType;
    carries: readonly Carried[];
  }
> = {
  workshops: {
    contentType: 'api::workshop.workshop',
    path: '/api/workshops',
    query: workshopQuery,
    entry: workshopEntry,
    carries: ['themes', 'team'],
  },
  themes: {
    contentType: 'api::theme.theme',
    path: '/api/themes',
    query: themeQuery,
    entry: themeEntry,
    carries: [],
  },
  focusEditions: {
    contentType: 'api::focus-edition.focus-edition',
    path: '/api/focus-editions',
    query: focusEditionQuery,
    entry: focusEditionEntry,
    carries: ['themes'],
  },
};

type Carried = 'themes' | 'team';

/**
 * How far before the previous reading started a change still counts as new: a document saved
 * while that reading ran may carry a slightly earlier `updatedAt`. Reading a few documents twice
 * costs nothing; missing one would leave a page stale.
 */
const OVERLAP_MS = 5_000;

const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One growing collection of one language brought up to date: the documents the publisher named
 * and those changed since `since` are read again, the rest kept, and those Strapi no longer
 * publishes dropped. The collection's size, asked for separately, checks the result: a delete
 * or unpublish nobody reported makes it read the whole collection instead.
 */
async function refreshCollection<T extends { documentId: string }>(
  client: StrapiClient,
  kind: GrowingKind,
  locale: LocaleCode,
  previous: readonly T[],
  since: string,
  changed: readonly ChangedDocument[]
): Promise<T[]> {
  const { contentType, path: apiPath, query, entry } = growing[kind];
  const named = [
    ...new Set(
      changed
        .filter(
          (change) =>
            change.contentType === contentType &&
            change.documentId &&
            (change.locale === null || change.locale === locale)
        )
        .map((change) => change.documentId as string)
    ),
  ];
  const recent: QueryValue[] = [{ updatedAt: { $gte: since } }];
  if (named.length) recent.push({ documentId: { $in: named } });
  const readAll = (filters?: QueryValue) =>
    client.getAll(
      apiPath,
      filters ? { ...query, locale, filters } : { ...query, locale },
      entry as z.ZodType<T>
    );
  const [fresh, total] = await Promise.all([
    readAll({ $or: recent }),
    client.count(apiPath, locale),
  ]);
  const freshById = new Map(fresh.map((document) => [document.documentId, document]));
  const gone = new Set(named.filter((documentId) => !freshById.has(documentId)));
  const merged = [
    ...previous.filter(
      (document) => !gone.has(document.documentId) && !freshById.has(document.documentId)
    ),
    ...fresh,
  ];
  return merged.length === total ? merged : readAll();
}

/**
 * One language's content from the previous build's and what changed since: the small types read
 * whole, the growing collections by difference. Equal to reading everything, which the
 * incremental build test checks against a full build for each kind of change.
 */
export async function loadLocaleChanges(
  client: StrapiClient,
  previous: RawLocaleContent,
  since: Date,
  changed: readonly ChangedDocument[]
): Promise<RawLocaleContent> {
  const { locale } = previous;
  const from = new Date(since.getTime() - OVERLAP_MS).toISOString();
  const [small, themes, workshops, focusEditions] = await Promise.all([
    readSmallTypes(client, locale),
    refreshCollection(client, 'themes', locale, previous.themes, from, changed),
    refreshCollection(client, 'workshops', locale, previous.workshops, from, changed),
    refreshCollection(client, 'focusEditions', locale, previous.focusEditions, from, changed),
  ]);
  const carriedChanged: Record<Carried, boolean> = {
    themes: !sameContent(inSiteOrder({ ...previous, themes }).themes, previous.themes),
    team: !sameContent(small.team, previous.team),
  };
  const stale = (kind: GrowingKind) =>
    growing[kind].carries.some((carried: Carried) => carriedChanged[carried]);
  const [freshWorkshops, freshEditions] = await Promise.all([
    stale('workshops') ? readCollection.workshops(client, locale) : workshops,
    stale('focusEditions') ? readCollection.focusEditions(client, locale) : focusEditions,
  ]);
  return inSiteOrder({ ...small, themes, workshops: freshWorkshops, focusEditions: freshEditions });
}
