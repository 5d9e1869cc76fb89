import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  componentCategoryNames,
  componentFieldTexts,
  componentNames,
  contentTypeFieldTexts,
  contentTypeNames,
  fieldLabelTranslations,
} from '../../cms/src/content-manager/field-texts.ts';
import { componentLayouts, contentTypeLayouts } from '../../cms/src/content-manager/layouts.ts';
import { cmsDir } from '../../scripts/lib/paths.ts';

function attributesOf(file: string): string[] {
  return Object.keys(
    (JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, unknown> }).attributes
  );
}

const contentTypeFiles = Object.fromEntries(
  readdirSync(path.join(cmsDir, 'src', 'api')).map((name) => [
    `api::${name}.${name}`,
    path.join(cmsDir, 'src', 'api', name, 'content-types', name, 'schema.json'),
  ])
);
const componentFiles = Object.fromEntries(
  readdirSync(path.join(cmsDir, 'src', 'components')).flatMap((category) =>
    readdirSync(path.join(cmsDir, 'src', 'components', category)).map((file) => [
      `${category}.${file.replace(/\.json$/, '')}`,
      path.join(cmsDir, 'src', 'components', category, file),
    ])
  )
);

describe('admin texts and layouts', () => {
  for (const [kind, files, texts, layouts] of [
    ['content type', contentTypeFiles, contentTypeFieldTexts, contentTypeLayouts],
    ['component', componentFiles, componentFieldTexts, componentLayouts],
  ] as const) {
    it(`label every field of every ${kind} in English, Dutch and French`, () => {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(files).sort());
      for (const [uid, file] of Object.entries(files)) {
        const fields = (texts as Record<string, Record<string, { label: Record<string, string> }>>)[
          uid
        ]!;
        expect(Object.keys(fields).sort(), uid).toEqual(attributesOf(file).sort());
        for (const [field, text] of Object.entries(fields)) {
          for (const language of ['en', 'nl', 'fr'])
            expect(text.label[language], `${uid}.${field} ${language}`).toBeTruthy();
        }
      }
    });

    it(`place every field of every ${kind} exactly once in its edit form`, () => {
      for (const [uid, file] of Object.entries(files)) {
        const layout = (layouts as Record<string, { editRows: string[][] }>)[uid]!;
        expect(layout.editRows.flat().sort(), uid).toEqual(attributesOf(file).sort());
      }
    });
  }

  it('names every content type in the admin’s menu by its schema’s display name', () => {
    expect(Object.keys(contentTypeNames).sort()).toEqual(Object.keys(contentTypeFiles).sort());
    for (const [uid, file] of Object.entries(contentTypeFiles)) {
      const displayName = (
        JSON.parse(readFileSync(file, 'utf8')) as { info: { displayName: string } }
      ).info.displayName;
      expect(contentTypeNames[uid as keyof typeof contentTypeNames].label.en).toBe(displayName);
    }
  });

  it('names every component and its category in the block picker, in English, Dutch and French', () => {
    expect(Object.keys(componentNames).sort()).toEqual(Object.keys(componentFiles).sort());
    const categories = [...new Set(Object.keys(componentFiles).map((uid) => uid.split('.')[0]))];
    expect(Object.keys(componentCategoryNames).sort()).toEqual(categories.sort());
    for (const name of [...Object.values(componentNames), ...Object.values(componentCategoryNames)])
      for (const language of ['en', 'nl', 'fr'] as const) expect(name.label[language]).toBeTruthy();
  });

  it('lists only existing fields as columns of a list view', () => {
    for (const [uid, layout] of Object.entries(contentTypeLayouts)) {
      for (const column of layout.list?.columns ?? [])
        expect(attributesOf(contentTypeFiles[uid]!), uid).toContain(column);
    }
  });

  it('produces the same translation keys for every admin language', () => {
    const keys = (language: 'en' | 'nl' | 'fr') =>
      Object.keys(fieldLabelTranslations(language)).sort();
    expect(keys('nl')).toEqual(keys('en'));
    expect(keys('fr')).toEqual(keys('en'));
  });
});

const pluginsDir = path.join(cmsDir, 'src', 'plugins');
const adminLanguages = ['en', 'nl', 'fr'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(path.join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [path.join(dir, entry.name)]
        : []
  );
}

/** The ICU arguments a message takes: "{count, plural, …}" and "{name}" both name theirs. */
const argumentsOf = (message: string) =>
  [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]).sort();

/** Each of our plugins' admin, and the editors' home, keep their strings in translations/<language>.json. */
const adminTextDirs = [
  ...readdirSync(pluginsDir).map((plugin) => [
    plugin,
    path.join(pluginsDir, plugin, 'admin', 'src'),
  ]),
  ['editors’ home', path.join(cmsDir, 'src', 'admin', 'home')],
] as const;

describe('our admin strings', () => {
  for (const [plugin, dir] of adminTextDirs) {
    const dictionaries = Object.fromEntries(
      adminLanguages.map((language) => [
        language,
        JSON.parse(
          readFileSync(path.join(dir, 'translations', `${language}.json`), 'utf8')
        ) as Record<string, string>,
      ])
    ) as Record<(typeof adminLanguages)[number], Record<string, string>>;

    it(`${plugin}: has the same keys and arguments in nl, fr and en, none empty`, () => {
      const keys = Object.keys(dictionaries.en).sort();
      for (const language of adminLanguages) {
        expect(Object.keys(dictionaries[language]).sort(), language).toEqual(keys);
        for (const key of keys) {
          expect(dictionaries[language][key]!.trim(), `${language} ${key}`).not.toBe('');
          expect(argumentsOf(dictionaries[language][key]!), `${language} ${key}`).toEqual(
            argumentsOf(dictionaries.en[key]!)
          );
        }
      }
    });

    it(`${plugin}: has every string its screens ask for by name`, () => {
      const asked = sourceFiles(dir).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)].map((match) => match[1]!)
      );
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.filter((key) => !(key in dictionaries.en))).toEqual([]);
    });
  }
});

describe('the zone’s wording of Strapi’s own strings', () => {
  it('overrides the same Strapi keys in nl, fr and en, none empty', () => {
    const dictionary = (language: string) =>
      JSON.parse(
        readFileSync(path.join(cmsDir, 'src', 'admin', 'translations', `${language}.json`), 'utf8')
      ) as Record<string, string>;
    const keys = Object.keys(dictionary('en')).sort();
    expect(keys).toContain('Auth.form.welcome.title');
    for (const language of adminLanguages) {
      expect(Object.keys(dictionary(language)).sort(), language).toEqual(keys);
      for (const key of keys) expect(dictionary(language)[key]!.trim(), key).not.toBe('');
    }
  });
});
