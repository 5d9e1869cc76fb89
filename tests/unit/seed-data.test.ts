import { describe, expect, it } from 'vitest';
import { fr } from '../../cms/seed/fr.ts';
import { nl } from '../../cms/seed/nl.ts';
import { shared } from '../../cms/seed/shared.ts';
import { isValidSlug } from '../../cms/src/validation/rules.ts';
import { toBlocks } from '../../cms/src/seed/rich-text.ts';

describe('seed data', () => {
  for (const [locale, texts] of Object.entries({ nl, fr })) {
    it(`gives the ${locale} texts one entry for every shared fact`, () => {
      expect(Object.keys(texts.themes).sort()).toEqual([...shared.themes].sort());
      expect(texts.workshops).toHaveLength(shared.workshops.length);
      shared.workshops.forEach((workshop, index) => {
        const localized = texts.workshops[index]!;
        expect(localized.programme).toHaveLength(workshop.programme.length);
        expect(localized.roundTables).toHaveLength(workshop.roundTables.length);
        expect(localized.resources).toHaveLength(workshop.resources.length);
      });
      expect(texts.focusEditions).toHaveLength(shared.focusEditions.length);
      expect(texts.siteSettings.footerLines).toHaveLength(shared.footerLinks.length);
      expect(texts.siteSettings.links).toHaveLength(shared.siteLinks.length);
    });

    it(`uses valid, distinct ${locale} slugs`, () => {
      const slugs = [
        ...Object.values(texts.themes),
        ...texts.workshops,
        ...texts.focusEditions,
      ].map((entry) => entry.slug);
      for (const slug of slugs) expect(isValidSlug(slug), slug).toBe(true);
      expect(new Set(slugs).size).toBe(slugs.length);
    });
  }

  it('is a translation, not a copy: every French title differs from the Dutch', () => {
    nl.workshops.forEach((workshop, index) =>
      expect(fr.workshops[index]!.title).not.toBe(workshop.title)
    );
    nl.workshops.forEach((workshop, index) =>
      workshop.roundTables.forEach((table, tableIndex) =>
        expect(fr.workshops[index]!.roundTables[tableIndex]!.body).not.toEqual(table.body)
      )
    );
  });
});

describe('seed rich text', () => {
  it('turns paragraphs into paragraph blocks and "• " lines into a bulleted list', () => {
    expect(toBlocks(['Een zin.', '• een\n• twee'])).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Een zin.' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'een' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'twee' }] },
        ],
      },
    ]);
  });
});
