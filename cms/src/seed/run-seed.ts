import type { Core, UID } from '@strapi/strapi';
import { defaultLocale, type LocaleCode } from '@zorgzone/config';
import { fr } from '../../seed/fr';
import { nl } from '../../seed/nl';
import { shared } from '../../seed/shared';
import type { LocalizedSeed, TeamKey, ThemeKey } from '../../seed/types';
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

  for (const [index, workshop] of shared.workshops.entries()) {
    await ensure('api::workshop.workshop', { number: workshop.number }, (locale) => {
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
    });
  }

  await ensure('api::site-setting.site-setting', null, (locale) => {
    const settings = texts[locale].siteSettings;
    return {
      siteName: settings.siteName,
      tagline: settings.tagline,
      footerLines: settings.footerLines.map((text, lineIndex) => ({
        text,
        url: shared.footerLinks[lineIndex] ?? undefined,
      })),
      links: settings.links.map((link, linkIndex) => ({
        ...link,
        url: shared.siteLinks[linkIndex]!.url,
      })),
    };
  });
  await ensure('api::home-page.home-page', null, (locale) => ({
    title: texts[locale].homePage.title,
    intro: toBlocks(texts[locale].homePage.intro),
  }));

  return report;
}

/**
 * Finds a document by its natural key (none for a single type) or creates it, then adds
 * each missing language.
 */
function ensureDocument(strapi: Core.Strapi, report: SeedReport) {
  return async (
    uid: ApiUid,
    key: Data | null,
    dataFor: (locale: LocaleCode) => Data
  ): Promise<string> => {
    const documents = strapi.documents(uid);
    const filters = key ?? {};
    const existing = (await documents.findFirst({
      locale: defaultLocale,
      status: 'draft',
      filters,
    } as never)) as DocumentRef | null;
    let documentId = existing?.documentId;
    for (const locale of localeOrder) {
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
