/**
 * The seed: the real content of the 8th and 9th workshop reports. Facts that do not depend
 * on the language (numbers, dates, times, links, who took part) live once in shared.ts;
 * nl.ts and fr.ts hold the same texts in each language under the same keys, so a reviewer
 * can read them side by side and the compiler refuses a translation with a missing part.
 */

/**
 * Paragraphs of rich text. A paragraph whose lines all start with "• " becomes a bulleted list,
 * one that starts with "## " or "### " a heading (level 2 or 3 of the page), and `[text](url)`
 * inside a paragraph or list item a link (a web, mailto: or tel: address).
 */
export type RichText = readonly string[];

export type ThemeKey =
  'vaccination' | 'social-isolation' | 'palliative-care' | 'hospital-home-care' | 'food-insecurity';
export type TeamKey =
  'alice' | 'aurelie' | 'christopher' | 'ersilia' | 'sasha' | 'sophie' | 'valentin';

export interface SharedRoundTable {
  readonly themes: readonly ThemeKey[];
}

export interface SharedProgrammeItem {
  readonly startTime: string;
  readonly endTime?: string;
}

export interface SharedLink {
  readonly url: string;
}

export interface SharedWorkshop {
  readonly number: number;
  readonly date: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly presentationUrl?: string;
  readonly programme: readonly SharedProgrammeItem[];
  readonly roundTables: readonly SharedRoundTable[];
  readonly resources: readonly SharedLink[];
  readonly themes: readonly ThemeKey[];
  readonly team: readonly TeamKey[];
}

export interface SharedFocusEdition {
  readonly edition: number;
  readonly editionStatus: 'published' | 'in_preparation';
  readonly url?: string;
  readonly themes: readonly ThemeKey[];
}

export interface SharedTeamMember {
  readonly key: TeamKey;
  readonly name: string;
  readonly displayOrder: number;
}

/** The pages the seed creates, in both languages: the zone's own and the legally required ones. */
export type PageKey = 'about' | 'workings' | 'contact' | 'privacy' | 'accessibility';

/** The site's lists a link can lead to. */
export type ListKey = 'home' | 'workshops' | 'themes' | 'focusEditions' | 'team' | 'search';

/** Where a seeded link leads: a seeded page, a list of the site, or a web address. */
export type SeedLinkTarget =
  { readonly page: PageKey } | { readonly list: ListKey } | { readonly url: string };

export interface SeedLink {
  readonly label: string;
  readonly to: SeedLinkTarget;
}

/** One block of a page, as the page's blocks zone holds it. */
export type SeedBlock =
  | { readonly kind: 'richText'; readonly body: RichText }
  | {
      readonly kind: 'questions';
      readonly heading?: string;
      readonly items: readonly { readonly question: string; readonly answer: RichText }[];
    }
  | {
      readonly kind: 'latestItems';
      readonly heading: string;
      readonly items: 'workshopReports' | 'focusEditions' | 'upcomingWorkshops';
      readonly count: number;
    }
  | { readonly kind: 'callToAction'; readonly text?: string; readonly link: SeedLink }
  /** The site's own contact details (site settings), which an editor fills in. */
  | { readonly kind: 'contactCard'; readonly heading?: string; readonly note?: string };

export interface SeedPage {
  readonly title: string;
  readonly slug: string;
  readonly summary: string;
  readonly blocks: readonly SeedBlock[];
}

/** Where each seeded page sits: under which page, and in which place among its siblings. */
export interface SharedPage {
  readonly parent: PageKey | null;
  readonly position: number;
}

/** An address of the old site that the reports link to, and where it leads now. */
export interface SharedRedirect {
  readonly from: string;
  readonly to:
    { readonly workshop: number } | { readonly page: PageKey } | { readonly list: ListKey };
  readonly locale: 'nl' | 'fr';
  readonly permanent: boolean;
  /** For editors, in the redirect's language: why it exists. */
  readonly note: string;
}

export interface SharedSeed {
  readonly themes: readonly ThemeKey[];
  readonly team: readonly SharedTeamMember[];
  readonly workshops: readonly SharedWorkshop[];
  readonly focusEditions: readonly SharedFocusEdition[];
  readonly footerLinks: readonly (string | null)[];
  readonly organisationName: string;
  readonly pages: Readonly<Record<PageKey, SharedPage>>;
  readonly redirects: readonly SharedRedirect[];
}

export interface LocalizedWorkshop {
  readonly title: string;
  readonly slug: string;
  readonly summary: string;
  readonly participants?: string;
  readonly programme: readonly { readonly label: string }[];
  readonly agendaTopics: readonly { readonly title: string; readonly details?: RichText }[];
  readonly roundTables: readonly { readonly title: string; readonly body: RichText }[];
  readonly resources: readonly { readonly label: string; readonly description?: string }[];
}

export interface LocalizedSeed {
  readonly themes: Readonly<
    Record<
      ThemeKey,
      { readonly name: string; readonly slug: string; readonly shortDescription: string }
    >
  >;
  readonly workshops: readonly LocalizedWorkshop[];
  readonly focusEditions: readonly {
    readonly title: string;
    readonly slug: string;
    readonly summary: string;
  }[];
  readonly siteSettings: {
    readonly siteName: string;
    readonly tagline: string;
    readonly legalForm: string;
    readonly footerLines: readonly string[];
  };
  readonly homePage: {
    readonly title: string;
    readonly intro: RichText;
    readonly blocks: readonly SeedBlock[];
  };
  readonly navigation: {
    readonly header: readonly SeedLink[];
    readonly footerColumns: readonly {
      readonly heading: string;
      readonly links: readonly SeedLink[];
    }[];
  };
  readonly pages: Readonly<Record<PageKey, SeedPage>>;
}
