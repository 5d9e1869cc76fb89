/**
 * The seed: the real content of the 8th and 9th workshop reports. Facts that do not depend
 * on the language (numbers, dates, times, links, who took part) live once in shared.ts;
 * nl.ts and fr.ts hold the same texts in each language under the same keys, so a reviewer
 * can read them side by side and the compiler refuses a translation with a missing part.
 */

/** Paragraphs of rich text; a paragraph whose lines all start with "• " becomes a bulleted list. */
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

export interface SharedSeed {
  readonly themes: readonly ThemeKey[];
  readonly team: readonly SharedTeamMember[];
  readonly workshops: readonly SharedWorkshop[];
  readonly focusEditions: readonly SharedFocusEdition[];
  readonly siteLinks: readonly SharedLink[];
  readonly footerLinks: readonly (string | null)[];
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
    readonly footerLines: readonly string[];
    readonly links: readonly { readonly label: string; readonly description?: string }[];
  };
  readonly homePage: { readonly title: string; readonly intro: RichText };
}
