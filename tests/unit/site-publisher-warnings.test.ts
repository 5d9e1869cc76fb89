import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import type { SiteFact, SiteWarning } from '@zorgzone/config';
import {
  describeWarning,
  groupByLocale,
  type WarningValue,
} from '../../cms/src/plugins/site-publisher/shared/warnings.ts';
import { cmsDir } from '../../scripts/lib/paths.ts';

const languages = ['en', 'nl', 'fr'] as const;
const messages = Object.fromEntries(
  languages.map((language) => [
    language,
    JSON.parse(
      readFileSync(
        path.join(cmsDir, 'src/plugins/site-publisher/admin/src/translations', `${language}.json`),
        'utf8'
      )
    ) as Record<string, string>,
  ])
) as Record<(typeof languages)[number], Record<string, string>>;

/** The sentence an editor reads, formatted as the admin's react-intl formats it. */
function sentence(language: (typeof languages)[number], key: string, values: object): string {
  const text = messages[language][key];
  expect(text, `${language}: ${key}`).toBeDefined();
  const formatted = Object.fromEntries(
    Object.entries(values as Record<string, WarningValue | number>).map(([name, value]) => [
      name,
      typeof value === 'object'
        ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
            new Date(value.date)
          )
        : value,
    ])
  );
  return String(new IntlMessageFormat(text!, language).format(formatted));
}

const page = { kind: 'page', title: 'Over ons', documentId: 'abc123' } as const;
const facts: SiteFact[] = [
  'organisationName',
  'legalForm',
  'registeredOffice',
  'enterpriseNumber',
  'legalEntitiesRegister',
  'contactEmail',
  'privacyStatement',
  'accessibilityStatement',
];
const every: SiteWarning[] = [
  ...facts.map((fact) => ({ code: 'missingFact', locale: 'nl', fact }) as const),
  ...([{ kind: 'navigation' }, { kind: 'home' }, page] as const).map(
    (place) => ({ code: 'linkLeftOut', locale: 'fr', place, label: 'Agenda' }) as const
  ),
  ...(['image', 'fileDownload', 'contactCard'] as const).flatMap((block) =>
    ([{ kind: 'home' }, page] as const).map(
      (place) => ({ code: 'blockLeftOut', locale: 'nl', place, block }) as const
    )
  ),
  { code: 'pageLeftOut', locale: 'nl', title: 'Nieuws', documentId: 'p1', path: '/nl/nieuws/' },
  ...(['noDestination', 'pageLivesThere', 'loop'] as const).map(
    (reason) => ({ code: 'redirectLeftOut', locale: 'fr', from: '/ancien', reason }) as const
  ),
  {
    code: 'statementNotReviewed',
    locale: 'nl',
    title: 'Toegankelijkheid',
    documentId: 's1',
    reviewedOn: '2024-03-05',
  },
  {
    code: 'statementNotReviewed',
    locale: 'fr',
    title: 'Accessibilité',
    documentId: 's2',
    reviewedOn: null,
  },
];

describe('site build warnings on the Public site page', () => {
  it('gives every warning one finished sentence in English, Dutch and French', () => {
    for (const warning of every) {
      const { key, values } = describeWarning(warning);
      for (const language of languages) {
        const text = sentence(language, key, values);
        expect(text, `${language}: ${key}`).not.toMatch(/[{}]/);
        for (const shown of ['label', 'from', 'path'] as const)
          if (shown in warning) expect(text).toContain(warning[shown as keyof typeof warning]);
        if (warning.code === 'statementNotReviewed' || warning.code === 'pageLeftOut')
          expect(text).toContain(warning.title);
        if ('place' in warning && warning.place.kind === 'page') expect(text).toContain('Over ons');
      }
    }
  });

  it('says which fact is missing and cites the law for the enterprise number and the office', () => {
    for (const fact of ['enterpriseNumber', 'registeredOffice'] as const) {
      const { key } = describeWarning({ code: 'missingFact', locale: 'nl', fact });
      expect(sentence('en', key, {})).toContain('Art. 2:20 of the Code of Companies');
      expect(sentence('nl', key, {})).toContain('art. 2:20 van het Wetboek');
      expect(sentence('fr', key, {})).toContain('art. 2:20 du Code des sociétés');
    }
    const keys = facts.map(
      (fact) => describeWarning({ code: 'missingFact', locale: 'nl', fact }).key
    );
    expect(new Set(keys.map((key) => messages.en[key])).size).toBe(facts.length);
  });

  it('dates the last review of a statement, and says so when there was none', () => {
    const [reviewed, never] = every.filter((warning) => warning.code === 'statementNotReviewed');
    const dated = describeWarning(reviewed!);
    expect(sentence('nl', dated.key, dated.values)).toContain('5 maart 2024');
    expect(sentence('en', dated.key, dated.values)).toContain('March 5, 2024');
    const undated = describeWarning(never!);
    expect(sentence('fr', undated.key, undated.values)).toContain('n’a jamais été révisée');
  });

  it('links each warning to the place that mends it, in the warning’s language', () => {
    const links = (warning: SiteWarning) => describeWarning(warning).fixes.map((fix) => fix.to);
    expect(links({ code: 'missingFact', locale: 'fr', fact: 'enterpriseNumber' })).toEqual([
      '/content-manager/single-types/api::site-setting.site-setting?plugins[i18n][locale]=fr',
    ]);
    expect(
      links({ code: 'linkLeftOut', locale: 'nl', place: { kind: 'navigation' }, label: 'x' })
    ).toEqual([
      '/content-manager/single-types/api::navigation.navigation?plugins[i18n][locale]=nl',
    ]);
    expect(
      links({ code: 'linkLeftOut', locale: 'nl', place: { kind: 'home' }, label: 'x' })
    ).toEqual(['/content-manager/single-types/api::home-page.home-page?plugins[i18n][locale]=nl']);
    expect(links({ code: 'blockLeftOut', locale: 'fr', place: page, block: 'image' })).toEqual([
      '/content-manager/collection-types/api::page.page/abc123?plugins[i18n][locale]=fr',
    ]);
    expect(
      links({ code: 'pageLeftOut', locale: 'nl', title: 'N', documentId: 'p1', path: '/nl/n/' })
    ).toEqual(['/content-manager/collection-types/api::page.page/p1?plugins[i18n][locale]=nl']);
    expect(links({ code: 'redirectLeftOut', locale: 'fr', from: '/a', reason: 'loop' })).toEqual([
      '/content-manager/collection-types/api::redirect.redirect?plugins[i18n][locale]=fr',
    ]);
    expect(
      links({
        code: 'statementNotReviewed',
        locale: 'fr',
        title: 'A',
        documentId: 's2',
        reviewedOn: null,
      })
    ).toEqual(['/content-manager/collection-types/api::page.page/s2?plugins[i18n][locale]=fr']);
  });

  it('leads from a contact card with nothing to show to its page and to the site settings', () => {
    const fixes = describeWarning({
      code: 'blockLeftOut',
      locale: 'nl',
      place: { kind: 'home' },
      block: 'contactCard',
    }).fixes;
    expect(fixes.map((fix) => fix.key)).toEqual(['fix.home', 'fix.siteSettings']);
  });

  it('names every link after where it leads, in every admin language', () => {
    for (const fix of every.flatMap((warning) => describeWarning(warning).fixes))
      for (const language of languages)
        expect(sentence(language, fix.key, fix.values)).toBeTruthy();
  });

  it('still says something for a warning this admin does not know', () => {
    const message = describeWarning({ code: 'newKind', locale: 'nl' } as unknown as SiteWarning);
    expect(message).toEqual({ key: 'warning.unknown', values: { code: 'newKind' }, fixes: [] });
  });

  it('groups warnings by language, in the platform’s order, under each language’s own name', () => {
    const groups = groupByLocale(every);
    expect(groups.map((group) => [group.locale, group.name])).toEqual([
      ['nl', 'Nederlands'],
      ['fr', 'Français'],
    ]);
    expect(groups.flatMap((group) => group.warnings)).toHaveLength(every.length);
    expect(groups[1]!.warnings.every((warning) => warning.locale === 'fr')).toBe(true);
  });

  it('has the same texts in every admin language, counted plural-safe', () => {
    const keys = (language: (typeof languages)[number]) => Object.keys(messages[language]).sort();
    expect(keys('nl')).toEqual(keys('en'));
    expect(keys('fr')).toEqual(keys('en'));
    for (const language of languages) {
      const one = sentence(language, 'attention.count', { count: 1 });
      const three = sentence(language, 'attention.count', { count: 3 });
      expect(one).toMatch(/^1 /);
      expect(three).toMatch(/^3 /);
      expect(three.slice(2), `${language}: plural form`).not.toBe(one.slice(2));
    }
  });

  it('uses typographic apostrophes, which ICU messages do not read as quotes', () => {
    for (const language of languages)
      for (const [key, text] of Object.entries(messages[language]))
        expect(text, `${language}: ${key}`).not.toContain("'");
  });
});
