import type { Core, UID } from '@strapi/strapi';

/**
 * Synthetic content for `npm run bench`, never the seed: every title, name and slug carries
 * "bench" so nobody mistakes it for real workshop reports, and it only ever goes into a scratch
 * database made for the benchmark.
 */
export const SYNTHETIC_MARK = '[bench]';

type Locale = 'nl' | 'fr';
const locales: readonly Locale[] = ['nl', 'fr'];

export interface SyntheticSizes {
  readonly workshops: number;
  readonly themes: number;
  readonly focusEditions: number;
  readonly team: number;
}

/** How much of everything else comes with N workshops. */
export function syntheticSizes(workshops: number): SyntheticSizes {
  return {
    workshops,
    themes: Math.max(5, Math.round(workshops / 20)),
    focusEditions: Math.max(2, Math.round(workshops / 50)),
    team: 12,
  };
}

const subjects = {
  nl: ['eerstelijnszorg', 'mantelzorg', 'thuiszorg', 'vaccinatie', 'sociaal isolement', 'armoede'],
  fr: [
    'première ligne',
    'aidants proches',
    'soins à domicile',
    'vaccination',
    'isolement social',
    'pauvreté',
  ],
} as const;

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** Text of a plausible length: what a report's paragraph weighs on a page. */
function prose(locale: Locale, subject: string, sentences: number): string {
  const sentence =
    locale === 'nl'
      ? `Synthetische tekst over ${subject}: de deelnemers bespraken wat in de wijk werkt en wat beter kan.`
      : `Texte synthétique sur ${subject} : les participants ont discuté de ce qui fonctionne dans le quartier.`;
  return Array<string>(sentences).fill(sentence).join(' ');
}

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

type Data = Record<string, unknown>;
type ApiUid = Extract<UID.ContentType, `api::${string}`>;

/**
 * Creates one document in every locale, published. Strapi 5 creates the draft and the
 * published version in one call with `status: 'published'`, which halves the writes.
 */
async function createPublished(
  strapi: Core.Strapi,
  uid: ApiUid,
  dataFor: (locale: Locale) => Data
): Promise<string> {
  const documents = strapi.documents(uid);
  let documentId: string | undefined;
  for (const locale of locales) {
    const saved = (
      documentId
        ? await documents.update({
            documentId,
            locale,
            data: dataFor(locale),
            status: 'published',
          } as never)
        : await documents.create({ locale, data: dataFor(locale), status: 'published' } as never)
    ) as { documentId: string };
    documentId = saved.documentId;
  }
  return documentId!;
}

/**
 * Each batch is one transaction: on SQLite every separate write would otherwise wait for its
 * own sync to disk, which is most of the time a document takes.
 */
const BATCH = 50;

async function inBatches(
  strapi: Core.Strapi,
  label: string,
  count: number,
  create: (index: number) => Promise<string>
): Promise<string[]> {
  const ids: string[] = [];
  const started = performance.now();
  for (let from = 0; from < count; from += BATCH) {
    await strapi.db.transaction(async () => {
      for (let index = from; index < Math.min(count, from + BATCH); index += 1) {
        ids.push(await create(index));
      }
    });
    const seconds = (performance.now() - started) / 1000;
    if (ids.length === count || ids.length % 500 === 0) {
      console.log(`  ${label}: ${ids.length}/${count} (${seconds.toFixed(1)} s)`);
    }
  }
  return ids;
}

/**
 * Fills an empty database with N synthetic workshops in Dutch and French, with programme,
 * agenda, round tables, resources, themes and team, plus proportional themes, Focus editions,
 * team members, the site settings, the home page and the navigation, all published.
 */
export async function generateSyntheticContent(
  strapi: Core.Strapi,
  workshopCount: number
): Promise<SyntheticSizes> {
  const sizes = syntheticSizes(workshopCount);
  const link = (ids: readonly string[], locale: Locale) =>
    ids.map((documentId) => ({ documentId, locale }));

  await createPublished(strapi, 'api::site-setting.site-setting', (locale) => ({
    siteName: `${SYNTHETIC_MARK} Zorgzone Zuid`,
    tagline: locale === 'nl' ? 'Synthetische inhoud voor de benchmark' : 'Contenu synthétique',
    contactEmail: 'bench@example.test',
    footerLines: [{ text: `${SYNTHETIC_MARK} ${locale}` }],
  }));
  await createPublished(strapi, 'api::navigation.navigation', () => ({
    header: (['workshops', 'themes', 'focusEditions', 'team', 'search'] as const).map((list) => ({
      label: `${SYNTHETIC_MARK} ${list}`,
      list,
    })),
    footerColumns: [
      {
        heading: SYNTHETIC_MARK,
        links: [{ label: 'BRUSANO', url: 'https://www.brusano.brussels/' }],
      },
    ],
  }));
  await createPublished(strapi, 'api::home-page.home-page', (locale) => ({
    title: `${SYNTHETIC_MARK} ${locale === 'nl' ? 'Welkom' : 'Bienvenue'}`,
    intro: [paragraph(prose(locale, pick(subjects[locale], 0), 2))],
  }));

  const team = await inBatches(strapi, 'team members', sizes.team, (index) =>
    createPublished(strapi, 'api::team-member.team-member', (locale) => ({
      name: `${SYNTHETIC_MARK} Persoon ${index + 1}`,
      displayOrder: index + 1,
      active: true,
      role: locale === 'nl' ? 'Synthetische medewerker' : 'Collaborateur synthétique',
      bio: prose(locale, pick(subjects[locale], index), 2),
    }))
  );

  const themes = await inBatches(strapi, 'themes', sizes.themes, (index) =>
    createPublished(strapi, 'api::theme.theme', (locale) => {
      const subject = pick(subjects[locale], index);
      return {
        name: `${SYNTHETIC_MARK} ${subject} ${index + 1}`,
        slug: `bench-${locale === 'nl' ? 'thema' : 'theme'}-${index + 1}`,
        shortDescription: prose(locale, subject, 1),
        description: [paragraph(prose(locale, subject, 3))],
      };
    })
  );
  const themesOf = (index: number, count: number) =>
    Array.from({ length: count }, (_, offset) => pick(themes, index + offset));

  await inBatches(strapi, 'Focus editions', sizes.focusEditions, (index) =>
    createPublished(strapi, 'api::focus-edition.focus-edition', (locale) => ({
      edition: index + 1,
      editionStatus: 'published',
      publicationDate: isoDate(new Date(Date.UTC(2000, 0, 1) + index * 90 * 86_400_000)),
      title: `${SYNTHETIC_MARK} Focus ${index + 1}`,
      slug: `bench-focus-${index + 1}`,
      summary: prose(locale, pick(subjects[locale], index), 3),
      url: 'https://www.brusano.brussels/nl/publicaties/focus/',
      webinar: { description: prose(locale, pick(subjects[locale], index), 1) },
      themes: link(themesOf(index, 2), locale),
    }))
  );

  // Two days apart, the newest few weeks ahead, so the calendar has upcoming workshops too.
  const newest = Date.now() + 30 * 86_400_000;
  await inBatches(strapi, 'workshops', sizes.workshops, (index) => {
    const number = index + 1;
    const date = isoDate(new Date(newest - (workshopCount - number) * 2 * 86_400_000));
    return createPublished(strapi, 'api::workshop.workshop', (locale) => {
      const subject = pick(subjects[locale], index);
      const nl = locale === 'nl';
      return {
        number,
        date,
        startTime: '12:00:00.000',
        endTime: '16:00:00.000',
        participantCount: 20 + (index % 40),
        presentationUrl: 'https://www.zorgzone-zuid.brussels/',
        title: `${SYNTHETIC_MARK} ${nl ? 'Veranderatelier' : 'Atelier du changement'} ${number}: ${subject}`,
        slug: `bench-${nl ? 'veranderatelier' : 'atelier-du-changement'}-${number}`,
        venue: nl ? 'Gemeentehuis, Sint-Gillis' : 'Maison communale, Saint-Gilles',
        summary: prose(locale, subject, 3),
        participants: nl ? 'Huisartsen, OCMW, thuiszorg' : 'Médecins, CPAS, soins à domicile',
        programme: [
          {
            startTime: '12:00:00.000',
            endTime: '13:00:00.000',
            label: nl ? 'Actieraad' : 'Conseil',
          },
          { startTime: '13:00:00.000', endTime: '14:00:00.000', label: 'Lunch' },
          { startTime: '14:00:00.000', endTime: '16:00:00.000', label: nl ? 'Atelier' : 'Atelier' },
        ],
        agendaTopics: [0, 1, 2].map((topic) => ({
          title: `${nl ? 'Agendapunt' : 'Point'} ${topic + 1}: ${pick(subjects[locale], index + topic)}`,
          details: [paragraph(prose(locale, pick(subjects[locale], index + topic), 1))],
        })),
        roundTables: [0, 1, 2].map((table) => ({
          title: `${nl ? 'Rondetafel' : 'Table ronde'} ${table + 1}`,
          body: [paragraph(prose(locale, pick(subjects[locale], index + table), 4))],
          themes: link(themesOf(index + table, 1), locale),
        })),
        resources: [
          { label: nl ? 'Meer lezen' : 'En savoir plus', url: 'https://www.brusano.brussels/' },
        ],
        themes: link(themesOf(index, 3), locale),
        teamMembers: link(
          [0, 1, 2, 3].map((offset) => pick(team, index + offset)),
          locale
        ),
      };
    });
  });
  return sizes;
}
