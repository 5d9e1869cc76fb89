/**
 * Why a build ran, as the server records it and the admin says it: what changed (which
 * document, in which language, by whom, how), kept small enough to sit in every history row.
 * Pure, shared by the server that records the changes and the admin that turns them into a
 * sentence in the editor's language, so both can be checked without Strapi.
 */

/** Why a change was not an editor's own save, as cms/src/content/acting-editor.ts names it. */
export type ChangeOrigin = 'restoredVersion' | 'restoredFromBin' | 'scheduled';

/** Changes of a document that reach the site, through the Document Service. */
export const documentActions = [
  'publish',
  'unpublish',
  'delete',
  'createPublished',
  'updatePublished',
] as const;
export type DocumentAction = (typeof documentActions)[number];

/** What asks for a build without a document: the Rebuild button, a start, a change of locales. */
export const otherActions = [
  'rebuild',
  'startUp',
  'localeAdded',
  'localeChanged',
  'localeRemoved',
] as const;
export type OtherAction = (typeof otherActions)[number];

export type ChangeAction = DocumentAction | OtherAction;

/** One change that asked for a build. */
export interface BuildChange {
  readonly action: ChangeAction;
  /** The content type's uid, for a document's change. */
  readonly contentType?: string | null;
  readonly documentId?: string | null;
  /** The language changed (a locale's code for a change of locales); null when not localized. */
  readonly locale?: string | null;
  /** The document's title or name at the time: after the change, or before a delete. */
  readonly title?: string | null;
  readonly origin?: ChangeOrigin | null;
  /** Who made the change, or whom a scheduled job ran for: their name, never their e-mail. */
  readonly editor?: string | null;
  /** The document's page on the public site, when the build found it published. */
  readonly path?: string | null;
}

/** Changes beyond the listed ones, counted per kind: how many documents, in which languages. */
export interface ChangeTally {
  readonly action: ChangeAction;
  readonly contentType: string | null;
  readonly origin: ChangeOrigin | null;
  readonly editor: string | null;
  readonly locales: readonly string[];
  /** How many documents; null when not known (a record from before structured reasons). */
  readonly count: number | null;
}

/** What one build was for, as stored in its record's `changes`. */
export interface BuildChanges {
  readonly items: readonly BuildChange[];
  readonly more: readonly ChangeTally[];
}

/** Past this many changes, a build's record only counts them: a burst of publishes stays a small row. */
export const MAX_LISTED_CHANGES = 20;

const isDocumentAction = (action: ChangeAction): action is DocumentAction =>
  (documentActions as readonly string[]).includes(action);

/** The same change made twice in one batch (saved ten times, say) is listed once. */
const changeKey = (change: BuildChange) =>
  [
    change.action,
    change.contentType,
    change.documentId,
    change.locale,
    change.origin,
    change.editor,
  ].join('\u0000');

const kindKey = (change: {
  action: ChangeAction;
  contentType?: string | null;
  origin?: ChangeOrigin | null;
  editor?: string | null;
}) =>
  [change.action, change.contentType ?? '', change.origin ?? '', change.editor ?? ''].join(
    '\u0000'
  );

/**
 * The changes of one batch of build requests, as a build's record keeps them: each distinct
 * change once (the latest title wins), the first `max` of them listed, the rest counted per
 * action, type, origin and editor.
 */
export function summarizeChanges(
  changes: readonly BuildChange[],
  max = MAX_LISTED_CHANGES
): BuildChanges {
  const distinct = new Map<string, BuildChange>();
  for (const change of changes) {
    const key = changeKey(change);
    const earlier = distinct.get(key);
    distinct.set(key, earlier ? { ...earlier, ...definedOf(change) } : change);
  }
  const all = [...distinct.values()];
  const items = all.slice(0, max);
  const listedDocuments = new Set(items.map((item) => `${kindKey(item)}\u0000${item.documentId}`));
  const tallies = new Map<
    string,
    { tally: Omit<ChangeTally, 'count' | 'locales'>; ids: Set<string>; locales: Set<string> }
  >();
  for (const change of all.slice(max)) {
    const key = kindKey(change);
    const entry = tallies.get(key) ?? {
      tally: {
        action: change.action,
        contentType: change.contentType ?? null,
        origin: change.origin ?? null,
        editor: change.editor ?? null,
      },
      ids: new Set<string>(),
      locales: new Set<string>(),
    };
    tallies.set(key, entry);
    if (change.locale) entry.locales.add(change.locale);
    // A document already listed in another language is not one more document.
    const id = `${key}\u0000${change.documentId ?? change.locale ?? ''}`;
    if (!listedDocuments.has(id)) entry.ids.add(id);
  }
  return {
    items,
    more: [...tallies.values()].map(({ tally, ids, locales }) => ({
      ...tally,
      locales: [...locales],
      count: ids.size,
    })),
  };
}

const definedOf = (change: BuildChange): Partial<BuildChange> =>
  Object.fromEntries(Object.entries(change).filter(([, value]) => value != null));

const legacyActions: Readonly<Record<string, ChangeAction>> = {
  publish: 'publish',
  unpublish: 'unpublish',
  delete: 'delete',
  create: 'createPublished',
  update: 'updatePublished',
};

const legacyEvents: Readonly<Record<string, OtherAction>> = {
  manual: 'rebuild',
  'start-up': 'startUp',
  'locale added': 'localeAdded',
  'locale changed': 'localeChanged',
  'locale removed': 'localeRemoved',
};

/**
 * What a record from before structured reasons was for, read from its trigger
 * (`publish api::theme.theme (scheduled) ×10, locale removed`): the kinds of change, without
 * titles or counts of documents, which the trigger never held.
 */
export function changesFromTrigger(trigger: string): BuildChanges {
  const more: ChangeTally[] = [];
  for (const part of trigger.split(', ')) {
    const name = part.replace(/ ×\d+$/, '');
    const event = legacyEvents[name];
    if (event) {
      more.push({
        action: event,
        contentType: null,
        origin: null,
        editor: null,
        locales: [],
        count: 1,
      });
      continue;
    }
    const match = /^(\w+) ([\w:.-]+)(?: \((\w+)\))?$/.exec(name);
    const action = match ? legacyActions[match[1]!] : undefined;
    if (!match || !action) continue;
    more.push({
      action,
      contentType: match[2]!,
      origin: (match[3] as ChangeOrigin | undefined) ?? null,
      editor: null,
      locales: [],
      count: null,
    });
  }
  return { items: [], more };
}

/** A content type as the admin's sentences name it: a key of `type.<key>` in the translations. */
export const contentTypeKeys = {
  'api::workshop.workshop': 'workshop',
  'api::theme.theme': 'theme',
  'api::focus-edition.focus-edition': 'focusEdition',
  'api::team-member.team-member': 'teamMember',
  'api::site-setting.site-setting': 'siteSetting',
  'api::home-page.home-page': 'homePage',
  'api::page.page': 'page',
  'api::navigation.navigation': 'navigation',
  'api::redirect.redirect': 'redirect',
} as const;
export type ContentTypeKey = (typeof contentTypeKeys)[keyof typeof contentTypeKeys] | 'content';

/** The type's key; a type this admin does not know is "content". */
export function contentTypeKey(uid: string | null | undefined): ContentTypeKey {
  return (uid && (contentTypeKeys as Record<string, ContentTypeKey>)[uid]) || 'content';
}

/** One kind of change of a build, as one clause of its reason. */
export interface ReasonGroup {
  readonly action: ChangeAction;
  /** For a document's change: its type's key. */
  readonly type: ContentTypeKey | null;
  /** How many documents; null when not known. */
  readonly count: number | null;
  /** The document's title, when the clause is about one document that has one. */
  readonly title: string | null;
  readonly locales: readonly string[];
  readonly origin: ChangeOrigin | null;
  readonly editor: string | null;
}

/**
 * A build's changes as clauses: one per action, type, origin and editor, in the order they
 * came; a clause about one document carries its title.
 */
export function reasonGroups(changes: BuildChanges): ReasonGroup[] {
  const groups = new Map<
    string,
    {
      group: Omit<ReasonGroup, 'count' | 'title' | 'locales'>;
      documents: Map<string, string | null>;
      locales: Set<string>;
      extra: number | null;
    }
  >();
  const entryOf = (change: BuildChange | ChangeTally) => {
    const key = kindKey(change);
    const entry = groups.get(key) ?? {
      group: {
        action: change.action,
        type: isDocumentAction(change.action) ? contentTypeKey(change.contentType) : null,
        origin: change.origin ?? null,
        editor: change.editor ?? null,
      },
      documents: new Map<string, string | null>(),
      locales: new Set<string>(),
      extra: 0,
    };
    groups.set(key, entry);
    return entry;
  };
  for (const item of changes.items) {
    const entry = entryOf(item);
    if (item.locale) entry.locales.add(item.locale);
    const id = item.documentId ?? '';
    entry.documents.set(id, item.title ?? entry.documents.get(id) ?? null);
  }
  for (const tally of changes.more) {
    const entry = entryOf(tally);
    for (const locale of tally.locales) entry.locales.add(locale);
    entry.extra = entry.extra === null || tally.count === null ? null : entry.extra + tally.count;
  }
  return [...groups.values()].map(({ group, documents, locales, extra }) => {
    const count = extra === null ? null : documents.size + extra;
    return {
      ...group,
      count,
      title: count === 1 ? ([...documents.values()][0] ?? null) : null,
      locales: [...locales],
    };
  });
}

/** Formats one of the plugin's messages (its key without the plugin id) in the admin's language. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Clauses shown before "and N more": a reason stays one line or two. */
const LISTED_CLAUSES = 3;

/**
 * The participle's key for a type and a number of documents. French agrees it with the type's
 * gender and number (`type.<key>.agreement`: masculine, feminine, masculinePlural for a noun
 * always in the plural like "Réglages du site"); the other languages give every form the same text.
 */
function participleKey(action: DocumentAction, agreement: string, count: number): string {
  const gender = agreement.startsWith('feminine') ? 'feminine' : 'masculine';
  const plural = count !== 1 || agreement.endsWith('Plural');
  return `participle.${action}.${gender}.${plural ? 'other' : 'one'}`;
}

/** One clause in the editor's language: "Thema “Armoede” gepubliceerd (nl) door Sophie". */
export function clauseText(group: ReasonGroup, t: Translate): string {
  let text: string;
  if (group.type && isDocumentAction(group.action)) {
    const { type, count, title } = group;
    const subject =
      count === null
        ? t(`type.${type}.other`)
        : count === 1
          ? title
            ? t('reason.subject', { type: t(`type.${type}.one`), title })
            : t(`type.${type}.one`)
          : t(`type.${type}.count`, { count });
    const participle = t(participleKey(group.action, t(`type.${type}.agreement`), count ?? 2));
    text = t('reason.document', { subject, participle });
  } else text = t(`reason.${group.action}`);
  if (group.locales.length > 0)
    text = t('reason.locales', { reason: text, locales: group.locales.join(', ') });
  if (group.editor) text = t('reason.by', { reason: text, name: group.editor });
  if (group.origin) text = t(`reason.origin.${group.origin}`, { reason: text });
  return text;
}

/**
 * A build's reason as one sentence in the editor's language: its first clauses, joined as the
 * language lists things (`join`, Intl.ListFormat's conjunction), and how many more there were.
 */
export function reasonText(
  changes: BuildChanges,
  t: Translate,
  join: (parts: string[]) => string
): string {
  const groups = reasonGroups(changes);
  if (groups.length === 0) return t('reason.unknown');
  const shown = groups.length > LISTED_CLAUSES + 1 ? groups.slice(0, LISTED_CLAUSES) : groups;
  const parts = shown.map((group) => clauseText(group, t));
  if (shown.length < groups.length)
    parts.push(t('reason.more', { count: groups.length - shown.length }));
  const sentence = join(parts);
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}

/** A changed document's page on the public site, for a link under the reason. */
export interface ChangedPage {
  readonly title: string | null;
  readonly type: ContentTypeKey;
  readonly locale: string | null;
  readonly path: string;
}

/** The pages of the changed documents that the build found published, each once. */
export function changedPages(changes: BuildChanges): ChangedPage[] {
  const pages = new Map<string, ChangedPage>();
  for (const item of changes.items)
    if (item.path)
      pages.set(item.path, {
        title: item.title ?? null,
        type: contentTypeKey(item.contentType),
        locale: item.locale ?? null,
        path: item.path,
      });
  return [...pages.values()];
}

/** The names of the people a build was for, each once. */
export function editorsOf(changes: BuildChanges): string[] {
  return [
    ...new Set(
      [...changes.items, ...changes.more]
        .map((change) => change.editor)
        .filter((name): name is string => !!name)
    ),
  ];
}

/** A build's changes: as recorded, or read from the trigger of a record from before them. */
export function changesOf(build: { changes?: BuildChanges | null; trigger: string }): BuildChanges {
  return build.changes ?? changesFromTrigger(build.trigger);
}
