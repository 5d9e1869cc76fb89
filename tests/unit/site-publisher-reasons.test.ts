import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { contentTypeNames } from '../../cms/src/content-manager/field-texts.ts';
import {
  changedPages,
  changesFromTrigger,
  changesOf,
  contentTypeKey,
  contentTypeKeys,
  documentActions,
  editorsOf,
  MAX_LISTED_CHANGES,
  otherActions,
  reasonText,
  summarizeChanges,
  type BuildChange,
  type BuildChanges,
  type Translate,
} from '../../cms/src/plugins/site-publisher/shared/build-reasons.ts';
import { cmsDir } from '../../scripts/lib/paths.ts';

const languages = ['en', 'nl', 'fr'] as const;
type Language = (typeof languages)[number];
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
) as Record<Language, Record<string, string>>;

/** The plugin's messages as the admin's react-intl formats them; a missing key fails the test. */
const translate =
  (language: Language): Translate =>
  (key, values) => {
    const text = messages[language][key];
    if (text === undefined) throw new Error(`${language}: no message ${key}`);
    return String(new IntlMessageFormat(text, language).format(values));
  };

const join = (language: Language) => (parts: string[]) =>
  new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);

const say = (changes: readonly BuildChange[], language: Language = 'nl') =>
  reasonText(summarizeChanges(changes), translate(language), join(language));

const WORKSHOP = 'api::workshop.workshop';
const THEME = 'api::theme.theme';
const publishWorkshop: BuildChange = {
  action: 'publish',
  contentType: WORKSHOP,
  documentId: 'w9',
  locale: 'nl',
  title: 'Veranderatelier 9',
  origin: null,
  editor: 'Sophie Peeters',
};
const themes = ['Armoede', 'Wonen', 'Eenzaamheid'].map((title, index): BuildChange => ({
  action: 'publish',
  contentType: THEME,
  documentId: `t${index}`,
  locale: 'nl',
  title,
}));

describe('a build’s reason in the editor’s language', () => {
  it('names one document by its title, with its language and who published it', () => {
    expect(say([publishWorkshop], 'nl')).toBe(
      'Veranderatelier “Veranderatelier 9” gepubliceerd (nl) door Sophie Peeters'
    );
    expect(say([publishWorkshop], 'fr')).toBe(
      'Atelier du changement « Veranderatelier 9 » publié (nl) par Sophie Peeters'
    );
    expect(say([publishWorkshop], 'en')).toBe(
      'Workshop “Veranderatelier 9” published (nl) by Sophie Peeters'
    );
  });

  it('counts several documents of one type, in the plural of each language', () => {
    expect(say(themes, 'nl')).toBe('3 thema’s gepubliceerd (nl)');
    expect(say(themes, 'fr')).toBe('3 thèmes publiés (nl)');
    expect(say(themes, 'en')).toBe('3 themes published (nl)');
  });

  it('agrees the French participle with the type', () => {
    const pages = ['a', 'b'].map((id): BuildChange => ({
      action: 'unpublish',
      contentType: 'api::page.page',
      documentId: id,
    }));
    expect(say(pages, 'fr')).toBe('2 pages retirées du site');
    expect(
      say([{ action: 'updatePublished', contentType: 'api::site-setting.site-setting' }], 'fr')
    ).toBe('Réglages du site mis à jour');
  });

  it('counts one document published in two languages once, with both languages', () => {
    expect(say([publishWorkshop, { ...publishWorkshop, locale: 'fr', title: 'Atelier 9' }])).toBe(
      'Veranderatelier “Atelier 9” gepubliceerd (nl, fr) door Sophie Peeters'
    );
  });

  it('lists mixed changes as a short list, and counts what does not fit', () => {
    const deleted: BuildChange = { ...themes[0]!, action: 'delete', documentId: 'gone' };
    expect(say([publishWorkshop, deleted, { action: 'localeAdded', locale: 'de' }])).toBe(
      'Veranderatelier “Veranderatelier 9” gepubliceerd (nl) door Sophie Peeters, ' +
        'Thema “Armoede” verwijderd (nl) en Taal toegevoegd (de)'
    );
    const five: BuildChange[] = documentActions.map((action) => ({ ...publishWorkshop, action }));
    expect(say(five, 'en')).toMatch(/, .* and 2 other changes$/);
  });

  it('says when a scheduled job or a restore made the change', () => {
    expect(say([{ ...publishWorkshop, origin: 'scheduled' }])).toBe(
      'Veranderatelier “Veranderatelier 9” gepubliceerd (nl) door Sophie Peeters (zoals gepland)'
    );
    expect(
      say([{ ...publishWorkshop, action: 'updatePublished', origin: 'restoredVersion' }])
    ).toMatch(/bijgewerkt \(nl\) door Sophie Peeters \(teruggezet naar een eerdere versie\)$/);
    expect(say([{ ...publishWorkshop, origin: 'restoredFromBin' }], 'fr')).toMatch(
      /\(restauration depuis Récemment supprimé\)$/
    );
  });

  it('says who asked for a rebuild, and that the CMS started', () => {
    expect(say([{ action: 'rebuild', editor: 'Sophie Peeters' }])).toBe(
      '“Nu opnieuw bouwen” gevraagd door Sophie Peeters'
    );
    expect(say([{ action: 'startUp' }], 'fr')).toBe('L’administration a démarré');
  });

  it('has a sentence for every action and every type in every language', () => {
    for (const language of languages) {
      for (const action of [...documentActions, ...otherActions])
        for (const uid of [...Object.keys(contentTypeKeys), 'api::unknown.unknown']) {
          const text = say([{ action, contentType: uid, documentId: 'd', locale: 'nl' }], language);
          expect(text, `${language} ${action} ${uid}`).not.toMatch(/api::|[{}]/);
        }
    }
  });

  it('names each type in the singular as the admin’s content manager does', () => {
    for (const [uid, key] of Object.entries(contentTypeKeys))
      for (const language of languages)
        expect(translate(language)(`type.${key}.one`), `${language} ${uid}`).toBe(
          contentTypeNames[uid as keyof typeof contentTypeNames].label[language]
        );
    expect(contentTypeKey('api::unknown.unknown')).toBe('content');
  });
});

describe('the changes a build record keeps', () => {
  it('lists the same change made twice in a batch once, with its latest title', () => {
    const summary = summarizeChanges([publishWorkshop, { ...publishWorkshop, title: 'Nieuw' }]);
    expect(summary.items).toEqual([{ ...publishWorkshop, title: 'Nieuw' }]);
    expect(summary.more).toEqual([]);
  });

  it('keeps at most twenty changes and counts the rest per type and action', () => {
    const many = Array.from({ length: 55 }, (_, index): BuildChange => ({
      ...themes[0]!,
      documentId: `t${index}`,
      title: `T${index}`,
    }));
    const summary = summarizeChanges(many);
    expect(summary.items).toHaveLength(MAX_LISTED_CHANGES);
    expect(summary.more).toEqual([
      {
        action: 'publish',
        contentType: THEME,
        origin: null,
        editor: null,
        locales: ['nl'],
        count: 35,
      },
    ]);
    expect(JSON.stringify(summary).length).toBeLessThan(4000);
    expect(reasonText(summary, translate('nl'), join('nl'))).toBe('55 thema’s gepubliceerd (nl)');
  });

  it('gives the names of the people a build was for, each once', () => {
    expect(
      editorsOf(summarizeChanges([publishWorkshop, { ...themes[0]!, editor: 'Sophie Peeters' }]))
    ).toEqual(['Sophie Peeters']);
  });

  it('links only the changed documents the build found published', () => {
    const changes: BuildChanges = {
      items: [
        { ...publishWorkshop, path: '/nl/veranderateliers/veranderatelier-9/' },
        { ...themes[0]!, action: 'delete' },
      ],
      more: [],
    };
    expect(changedPages(changes)).toEqual([
      {
        title: 'Veranderatelier 9',
        type: 'workshop',
        locale: 'nl',
        path: '/nl/veranderateliers/veranderatelier-9/',
      },
    ]);
  });
});

describe('a record from before structured reasons', () => {
  it('reads its trigger into kinds of change, without made-up titles or counts', () => {
    const changes = changesOf({
      changes: null,
      trigger:
        'publish api::theme.theme ×10, publish api::workshop.workshop (scheduled), locale removed',
    });
    expect(reasonText(changes, translate('nl'), join('nl'))).toBe(
      'Thema’s gepubliceerd, Veranderateliers gepubliceerd (zoals gepland) en Taal verwijderd'
    );
    expect(reasonText(changesFromTrigger('manual'), translate('fr'), join('fr'))).toBe(
      '« Reconstruire maintenant » demandé'
    );
  });

  it('still has a sentence for a trigger it cannot read', () => {
    expect(reasonText(changesFromTrigger('something new'), translate('en'), join('en'))).toBe(
      'A change of content'
    );
  });
});
