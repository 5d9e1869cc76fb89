import type { Core, UID } from '@strapi/strapi';
import { defaultLocale, type LocaleCode } from '@zorgzone/config';
import { fr } from '../../seed/fr';
import { nl } from '../../seed/nl';
import { shared } from '../../seed/shared';
import type {
  LocalizedSeed,
  PageKey,
  SeedBlock,
  SeedLink,
  TeamKey,
  ThemeKey,
} from '../../seed/types';
import { toBlocks } from './rich-text';

const texts: Record<LocaleCode, LocalizedSeed> = { nl, fr };
const localeOrder: LocaleCode[] = [
  defaultLocale,
  ...(Object.keys(texts) as LocaleCode[]).filter((code) => code !== defaultLocale),
];

type Data = Record<string, unknown>;
type DocumentRef = { documentId: string };
/** Our own content types: all have draft & publish, so the seed can publish what it creates. */
type ApiUid = Extract<UID.ContentType, `api::${string}`>;

/** What one seed run did, for the log and for tests. */
export interface SeedReport {
  created: string[];
}

/**
 * Enters the content of the two workshop reports. It only ever adds what is missing —
 * a document, or one language of it — matched by a natural key (slug, name, number), and
 * publishes only what it created, so a second run changes nothing and editors' work is
 * never overwritten.
 */
export async function runSeed(strapi: Core.Strapi): Promise<SeedReport> {
  const report: SeedReport = { created: [] };
  const ensure = ensureDocument(strapi, report);

  const themeIds = new Map<ThemeKey, string>();
  for (const key of shared.themes) {
    const documentId = await ensure('api::theme.theme', { slug: nl.themes[key].slug }, (locale) => {
      const theme = texts[locale].themes[key];
      return { name: theme.name, slug: theme.slug, shortDescription: theme.shortDescription };
    });
    themeIds.set(key, documentId);
  }

  const teamIds = new Map<TeamKey, string>();
  for (const member of shared.team) {
    const documentId = await ensure('api::team-member.team-member', { name: member.name }, () => ({
      name: member.name,
      displayOrder: member.displayOrder,
      active: true,
    }));
    teamIds.set(member.key, documentId);
  }

  const themeLinks = (keys: readonly ThemeKey[], locale: LocaleCode) =>
    keys.map((key) => ({ documentId: themeIds.get(key)!, locale }));

  for (const [index, edition] of shared.focusEditions.entries()) {
    await ensure('api::focus-edition.focus-edition', { edition: edition.edition }, (locale) => {
      const localized = texts[locale].focusEditions[index]!;
      return {
        edition: edition.edition,
        editionStatus: edition.editionStatus,
        url: edition.url,
        title: localized.title,
        slug: localized.slug,
        summary: localized.summary,
        themes: themeLinks(edition.themes, locale),
      };
    });
  }

  const workshopIds = new Map<number, string>();
  for (const [index, workshop] of shared.workshops.entries()) {
    const documentId = await ensure(
      'api::workshop.workshop',
      { number: workshop.number },
      (locale) => {
        const localized = texts[locale].workshops[index]!;
        return {
          number: workshop.number,
          date: workshop.date,
          startTime: workshop.startTime,
          endTime: workshop.endTime,
          presentationUrl: workshop.presentationUrl,
          title: localized.title,
          slug: localized.slug,
          summary: localized.summary,
          participants: localized.participants,
          programme: workshop.programme.map((item, itemIndex) => ({
            ...item,
            label: localized.programme[itemIndex]!.label,
          })),
          agendaTopics: localized.agendaTopics.map((topic) => ({
            title: topic.title,
            details: topic.details ? toBlocks(topic.details) : undefined,
          })),
          roundTables: workshop.roundTables.map((roundTable, tableIndex) => ({
            title: localized.roundTables[tableIndex]!.title,
            body: toBlocks(localized.roundTables[tableIndex]!.body),
            themes: themeLinks(roundTable.themes, locale),
          })),
          resources: workshop.resources.map((resource, resourceIndex) => ({
            url: resource.url,
            ...localized.resources[resourceIndex]!,
          })),
          themes: themeLinks(workshop.themes, locale),
          teamMembers: workshop.team.map((key) => ({ documentId: teamIds.get(key)!, locale })),
        };
      }
    );
    workshopIds.set(workshop.number, documentId);
  }

  const pageIds = new Map<PageKey, string>();
  const linkData = (link: SeedLink, locale: LocaleCode) => {
    const { to } = link;
    if ('page' in to)
      return { label: link.label, page: { documentId: pageIds.get(to.page)!, locale } };
    return 'list' in to ? { label: link.label, list: to.list } : { label: link.label, url: to.url };
  };
  const blockData = (block: SeedBlock, locale: LocaleCode): Data => {
    switch (block.kind) {
      case 'richText':
        return { __component: 'blocks.rich-text', body: toBlocks(block.body) };
      case 'questions':
        return {
          __component: 'blocks.questions',
          heading: block.heading,
          items: block.items.map((item) => ({
            question: item.question,
            answer: toBlocks(item.answer),
          })),
        };
      case 'latestItems':
        return {
          __component: 'blocks.latest-items',
          heading: block.heading,
          kind: block.items,
          count: block.count,
        };
      case 'callToAction':
        return {
          __component: 'blocks.call-to-action',
          text: block.text,
          link: linkData(block.link, locale),
        };
      case 'contactCard':
        return {
          __component: 'blocks.contact-card',
          heading: block.heading,
          note: block.note,
          useSiteContact: true,
        };
    }
  };

  for (const key of pageOrder()) {
    const { parent, position } = shared.pages[key];
    const documentId = await ensure('api::page.page', { slug: nl.pages[key].slug }, (locale) => {
      const page = texts[locale].pages[key];
      return {
        title: page.title,
        slug: page.slug,
        summary: page.summary,
        position,
        parent: parent ? { documentId: pageIds.get(parent)!, locale } : null,
        blocks: page.blocks.map((block) => blockData(block, locale)),
      };
    });
    pageIds.set(key, documentId);
  }

  await ensure('api::site-setting.site-setting', null, (locale) => {
    const settings = texts[locale].siteSettings;
    return {
      siteName: settings.siteName,
      tagline: settings.tagline,
      organisationName: shared.organisationName,
      legalForm: settings.legalForm,
      footerLines: settings.footerLines.map((text, lineIndex) => ({
        text,
        url: shared.footerLinks[lineIndex] ?? undefined,
      })),
      privacyStatement: { documentId: pageIds.get('privacy')!, locale },
      accessibilityStatement: { documentId: pageIds.get('accessibility')!, locale },
    };
  });
  await ensure('api::home-page.home-page', null, (locale) => ({
    title: texts[locale].homePage.title,
    intro: toBlocks(texts[locale].homePage.intro),
    blocks: texts[locale].homePage.blocks.map((block) => blockData(block, locale)),
  }));
  await ensure('api::navigation.navigation', null, (locale) => {
    const navigation = texts[locale].navigation;
    return {
      header: navigation.header.map((link) => linkData(link, locale)),
      footerColumns: navigation.footerColumns.map((column) => ({
        heading: column.heading,
        links: column.links.map((link) => linkData(link, locale)),
      })),
    };
  });

  for (const redirect of shared.redirects) {
    const { to, locale } = redirect;
    await ensure(
      'api::redirect.redirect',
      { from: redirect.from },
      () => {
        const target =
          'workshop' in to
            ? { workshop: { documentId: workshopIds.get(to.workshop)!, locale } }
            : 'page' in to
              ? { page: { documentId: pageIds.get(to.page)!, locale } }
              : { list: to.list };
        return {
          from: redirect.from,
          permanent: redirect.permanent,
          note: redirect.note,
          ...target,
        };
      },
      [locale]
    );
  }

  return report;
}

/** The seeded pages in an order where each comes after its parent and the pages its blocks link to. */
function pageOrder(): PageKey[] {
  const order: PageKey[] = [];
  const visit = (key: PageKey, path: readonly PageKey[]) => {
    if (order.includes(key)) return;
    if (path.includes(key))
      throw new Error(`The seeded pages link in a circle: ${[...path, key].join(' → ')}`);
    const { parent } = shared.pages[key];
    const linked = nl.pages[key].blocks.flatMap((block) =>
      block.kind === 'callToAction' && 'page' in block.link.to ? [block.link.to.page] : []
    );
    for (const dependency of [...(parent ? [parent] : []), ...linked])
      visit(dependency, [...path, key]);
    order.push(key);
  };
  for (const key of Object.keys(shared.pages) as PageKey[]) visit(key, []);
  return order;
}

/**
 * Finds a document by its natural key (none for a single type) or creates it, then adds
 * each missing language (all of ours unless `only` narrows them: a redirect has one).
 */
function ensureDocument(strapi: Core.Strapi, report: SeedReport) {
  return async (
    uid: ApiUid,
    key: Data | null,
    dataFor: (locale: LocaleCode) => Data,
    only: readonly LocaleCode[] = localeOrder
  ): Promise<string> => {
    const documents = strapi.documents(uid);
    const filters = key ?? {};
    const existing = (await documents.findFirst({
      locale: only[0],
      status: 'draft',
      filters,
    } as never)) as DocumentRef | null;
    let documentId = existing?.documentId;
    for (const locale of only) {
      if (documentId && (await hasLocale(strapi, uid, documentId, locale))) continue;
      const data = dataFor(locale);
      const saved = (
        documentId
          ? await documents.update({ documentId, locale, data } as never)
          : await documents.create({ locale, data } as never)
      ) as DocumentRef;
      documentId = saved.documentId;
      await documents.publish({ documentId, locale } as never);
      report.created.push(`${uid} ${key ? JSON.stringify(key) : ''} (${locale})`);
    }
    return documentId!;
  };
}

async function hasLocale(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  locale: LocaleCode
) {
  return (await strapi.db.query(uid).count({ where: { documentId, locale } })) > 0;
}

/** Whether none of our content types holds anything yet: the first start of a new database. */
export async function isContentEmpty(strapi: Core.Strapi): Promise<boolean> {
  const uids = Object.keys(strapi.contentTypes).filter((uid) =>
    uid.startsWith('api::')
  ) as UID.ContentType[];
  for (const uid of uids) {
    if ((await strapi.db.query(uid).count()) > 0) return false;
  }
  return true;
}
